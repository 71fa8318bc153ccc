import { applyPatch } from 'diff';
import { describe, expect, test } from 'vitest';
import { boundDiff, MaxEditLength, plannedDiffs } from '../../packages/server/src/inventory/import-preview.js';

/** The dry run's diffs are real unified diffs: applied to the file as it is, they give the text the import writes. */
describe('import preview diffs', () => {
    const opd = (n: number, order: (i: number) => number, title = 'Aplikasi') =>
        `opd DINKES "Dinas Kesehatan" {\n${Array.from({ length: n }, (_, i) => `    aplikasi A${order(i)} "${title} ${order(i)}" { fungsi kesehatan }\n`).join('')}}\n`;

    test('a small change is a small hunk that applies back', () => {
        const before = opd(50, i => i);
        const after = before.replace('"Aplikasi 20"', '"Aplikasi Dua Puluh"');
        const [d] = plannedDiffs(new Map([['opd/dinkes.spbe', after]]), new Map([['opd/dinkes.spbe', before]]));
        expect(d.created).toBe(false);
        expect(d.diff.split('\n').filter(l => /^[-+](?![-+]{2} )/.test(l))).toEqual([
            '-    aplikasi A20 "Aplikasi 20" { fungsi kesehatan }', '+    aplikasi A20 "Aplikasi Dua Puluh" { fungsi kesehatan }']);
        expect(applyPatch(before, d.diff)).toBe(after);
    });

    test('a file rewritten past the edit bound is shown replaced whole, and still applies back', () => {
        // Every line changes and in another order: more edits than MaxEditLength, where Myers' diff would take quadratic time.
        const n = MaxEditLength;
        const before = opd(n, i => i);
        const after = opd(n, i => n - 1 - i, 'Sistem');
        const [d] = plannedDiffs(new Map([['opd/dinkes.spbe', after]]), new Map([['opd/dinkes.spbe', before]]));
        expect(d.diff.startsWith(`--- a/opd/dinkes.spbe\n+++ b/opd/dinkes.spbe\n@@ -1,${n + 2} +1,${n + 2} @@\n`)).toBe(true);
        expect(applyPatch(before, d.diff)).toBe(after);
        expect(d.lines).toBe(3 + 2 * (n + 2));
    });

    test('a new file, a file without a final line break, an unchanged file', () => {
        const text = opd(3, i => i);
        const diffs = plannedDiffs(new Map([['a.spbe', text], ['b.spbe', 'opd X {}'], ['c.spbe', text]]), new Map([['b.spbe', 'opd X { }'], ['c.spbe', text]]));
        expect(diffs.map(d => [d.file, d.created])).toEqual([['a.spbe', true], ['b.spbe', false]]);
        expect(diffs[0].diff.startsWith('--- /dev/null\n+++ b/a.spbe\n@@ -0,0 +1,5 @@\n')).toBe(true);
        expect(applyPatch('', diffs[0].diff)).toBe(text);
        expect(applyPatch('opd X { }', diffs[1].diff)).toBe('opd X {}');
    });

    test('bounding keeps the first lines and counts the rest', () => {
        const [d] = plannedDiffs(new Map([['a.spbe', opd(20, i => i)]]), new Map());
        expect(boundDiff(d, 1000)).toEqual({ text: d.diff, omitted: 0 });
        const cut = boundDiff(d, 10);
        expect(cut.text.split('\n')).toHaveLength(11);
        expect(cut.omitted).toBe(d.lines - 10);
    });
});
