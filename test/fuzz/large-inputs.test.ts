import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';
import { generateAll, load, rangeProblems } from './pipeline.js';

const unit = readFileSync(join(repoRoot, 'examples/kota-kediri/opd/diskominfo.spbe'), 'utf-8');

/** `megabytes` of the example's tokens in a scrambled order, 12 to a line: the parser recovers all the way. */
function scrambled(megabytes: number): Buffer {
    const tokens = unit.split(/\s+/).filter(Boolean);
    const out: string[] = [];
    let size = 0;
    for (let i = 0; size < megabytes * 1e6; i++) {
        const token = tokens[(i * 7919) % tokens.length];
        out.push(i % 12 === 11 ? `${token}\n` : token);
        size += token.length + 1;
    }
    return Buffer.from(out.join(' '));
}

async function timed(files: Map<string, Uint8Array>) {
    const started = performance.now();
    const workspace = await load(files);
    return { workspace, ms: performance.now() - started };
}

describe('large and deep inputs: linear time, no crash, ranges inside the document', () => {
    test('a 10 MB file of scrambled tokens, in time linear in its size', async () => {
        const small = await timed(new Map([['opd/a.spbe', scrambled(2.5)]]));
        const large = await timed(new Map([['opd/a.spbe', scrambled(10)]]));
        expect(rangeProblems(large.workspace)).toEqual([]);
        expect(large.workspace.diagnostics.length).toBeGreaterThan(10_000);
        // Four times the input may take at most about four times as long (with slack for the GC).
        expect(large.ms / small.ms).toBeLessThan(6);
        console.log(`10 MB scrambled: ${Math.round(large.ms)} ms (2.5 MB: ${Math.round(small.ms)} ms, ratio ${(large.ms / small.ms).toFixed(2)})`);
    }, 120_000);

    test('100,000-character lines: a title, a reference list, a comment', async () => {
        const longLines = (length: number) => {
            const title = 'x'.repeat(length);
            const list = Array.from({ length: length / 5 }, () => 'A').join(', ');
            return { title, text: `opd A "${title}" {\n    aplikasi B "${title}" { pengguna ${list} }\n    // ${title}\n}\n` };
        };
        const short = await timed(new Map([['opd/a.spbe', Buffer.from(longLines(10_000).text)]]));
        const { title, text } = longLines(100_000);
        const { workspace, ms } = await timed(new Map([['opd/a.spbe', Buffer.from(text)]]));
        expect(rangeProblems(workspace)).toEqual([]);
        expect(workspace.model().elements.find(e => e.id === 'A.B')?.title).toBe(title);
        // Ten times longer lines: about ten times the work (linear); a quadratic step would be ~100×.
        expect(ms / short.ms, `${Math.round(ms)} ms vs ${Math.round(short.ms)} ms`).toBeLessThan(40);
        await generateAll(workspace, workspace.model());
    }, 120_000);

    test('1,000-deep nesting of braces is a syntax error, not a stack overflow', async () => {
        const deep = `opd A {\n    aplikasi B ${'{ '.repeat(1000)}${'} '.repeat(1000)}\n    aplikasi C { }\n}\n`;
        const unterminated = `opd A { ${'{ '.repeat(1000)}`;
        const { workspace } = await timed(new Map([['opd/a.spbe', Buffer.from(deep)], ['opd/b.spbe', Buffer.from(unterminated)]]));
        expect(rangeProblems(workspace)).toEqual([]);
        expect(workspace.diagnostics.some(d => d.code === 'syntax')).toBe(true);
        await generateAll(workspace, workspace.model());
    }, 120_000);

    test('empty, whitespace-only, BOM-only and NUL-only files are harmless', async () => {
        const files = new Map<string, Uint8Array>([
            ['a.spbe', Buffer.alloc(0)], ['b.spbe', Buffer.from(' \n\t\r\n')], ['c.spbe', Buffer.from([0xEF, 0xBB, 0xBF])], ['d.spbe', Buffer.alloc(1000)]
        ]);
        const { workspace } = await timed(files);
        expect(rangeProblems(workspace)).toEqual([]);
        await generateAll(workspace, workspace.model());
    });
});
