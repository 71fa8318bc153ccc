import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadWorkspace } from 'spbe-server';
import { repoRoot } from './helpers/run-cli.js';

/** The findings table between the README's kediri-findings markers: `| file:line | code | … |`. */
function documentedFindings(): string[] {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf-8');
    const section = readme.split('<!-- kediri-findings:start -->')[1]?.split('<!-- kediri-findings:end -->')[0];
    if (!section) {
        throw new Error('README.md has no kediri-findings section');
    }
    return section.split('\n')
        .map(line => /^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|/.exec(line))
        .flatMap(m => m ? [`${m[1]} ${m[2]}`] : []);
}

describe('examples', () => {
    test('kota-kediri has 37 OPDs and exactly the findings the README lists', async () => {
        const ws = await loadWorkspace(join(repoRoot, 'examples/kota-kediri'));
        expect(ws.model().opds.filter(o => !o.builtin)).toHaveLength(37);
        const actual = ws.diagnostics.map(d => `${d.file}:${d.line} ${d.code}`);
        expect(actual).toEqual(documentedFindings());
        expect(ws.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
    });

    test('kota-kediri covers all six domains and all seven muatan over 2025..2029', async () => {
        const model = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
        expect(model.pemda?.periode).toEqual({ start: 2025, end: 2029 });
        const kinds = new Set(model.elements.filter(e => !e.builtin).map(e => e.kind));
        expect([...kinds].sort()).toEqual(['aplikasi', 'data', 'infrastruktur', 'integrasi', 'keamanan', 'layanan', 'probis']);
        expect(new Set(model.items.map(i => i.muatan)).size).toBe(7);
    });

    test('minimal validates without a single finding', async () => {
        expect((await loadWorkspace(join(repoRoot, 'examples/minimal'))).diagnostics).toEqual([]);
    });
});
