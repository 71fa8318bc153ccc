import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, test } from 'vitest';
import { diskWorkspace, generateDocumentFiles } from 'spbe-server';
import { BreakWordsLongerThan, breakableWords, cleanDocumentText, HeadingCap, LongWordCap, WordBreak, WordBreakEvery } from '../../packages/generators/src/document/document-text.js';
import type { SubmittableDocument } from 'spbe-generators';
import { pdfPages } from '../helpers/pdf-text.js';
import { copyExample } from '../helpers/copy-sources.mjs';
import { readDocx } from '../helpers/docx-text.js';

/**
 * Issue 19, hostile tester: a title that is one long word without spaces. pdfmake breaks a word wider than
 * its column with a binary search over the rest of the word on every line, so a 20,000-character one took
 * ~85 s and 3.5 GB (quadratic). The documents give long words break opportunities and cap them.
 */
function workspaceWithTitle(title: string): string {
    const dir = copyExample('minimal');
    const file = join(dir, 'minimal.spbe');
    writeFileSync(file, readFileSync(file, 'utf-8').replace('"Manajemen Data"', `"${title}"`));
    return dir;
}

async function timedGenerate(title: string): Promise<{ ms: number; out: string }> {
    const out = mkdtempSync(join(tmpdir(), 'spbe-long-word-'));
    const dir = workspaceWithTitle(title);
    const start = performance.now();
    await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'peta-rencana', formats: 'docx,pdf' }, 'id');
    return { ms: performance.now() - start, out };
}

describe('breakableWords', () => {
    test('puts a break opportunity every few graphemes of a long word, caps it with "…", leaves short words alone', () => {
        expect(breakableWords('Layanan Informasi Publik')).toBe('Layanan Informasi Publik');
        const formula = `=HYPERLINK("http://evil.example/${'p'.repeat(BreakWordsLongerThan - 34)}")`;
        expect(breakableWords(formula)).toBe(formula);
        const broken = breakableWords(`awal ${'x'.repeat(65)} akhir`);
        expect(broken).toBe(`awal ${[0, 1, 2].map(() => 'x'.repeat(WordBreakEvery)).join(WordBreak)}${WordBreak}xxxxx akhir`);
        expect(breakableWords(broken)).toBe(broken);
        const capped = breakableWords('y'.repeat(20_000));
        expect(capped.replaceAll(WordBreak, '')).toBe(`${'y'.repeat(LongWordCap)}…`);
        // An accent is never split from its letter.
        const accented = breakableWords('e\u0301'.repeat(70));
        expect(accented.split(WordBreak).every(chunk => chunk.startsWith('e'))).toBe(true);
        expect(accented.split(WordBreak)).toHaveLength(4);
        expect(accented.replaceAll(WordBreak, '')).toBe('e\u0301'.repeat(70));
    });
});

describe('a 20,000-character title without spaces', () => {
    test('takes about the time of a 5,000-character one, and the documents keep its start', async () => {
        await timedGenerate('pemanasan'); // loads fonts and modules once, outside the comparison
        const short = await timedGenerate('A'.repeat(5_000));
        const long = await timedGenerate('B'.repeat(20_000));
        // Linear layout with the cap: about the same; quadratic layout was ~16 times (and minutes).
        expect(long.ms / short.ms).toBeLessThan(4);
        const pdfSize = (out: string) => statSync(join(out, 'peta-rencana-spbe.pdf')).size;
        expect(pdfSize(long.out) / pdfSize(short.out)).toBeLessThan(1.5);
        const docx = await readDocx(readFileSync(join(long.out, 'peta-rencana-spbe.docx')));
        const cell = docx.tables.flat().flat().find(text => text.includes('BBBB'))!;
        expect(cell.replaceAll(WordBreak, '')).toContain(`${'B'.repeat(LongWordCap)}…`);
        expect(cell).not.toContain('B'.repeat(LongWordCap + 1));
    }, 300_000);
});

describe('an OPD title of 800 words (with spaces)', () => {
    // Each OPD's heading is repeated over every page its table continues on: at full length it filled
    // every page by itself (449 pages for examples/minimal; 2,051 pages and 94 s at 3,200 words).
    test('is cut in the headings, kept whole in the rows, and the Arsitektur stays a few pages', async () => {
        const dir = copyExample('minimal');
        const file = join(dir, 'minimal.spbe');
        const title = Array.from({ length: 800 }, () => 'kata').join(' ');
        writeFileSync(file, readFileSync(file, 'utf-8').replace('"Dinas Komunikasi dan Informatika"', `"${title}"`));
        const out = mkdtempSync(join(tmpdir(), 'spbe-long-heading-'));
        await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'arsitektur', formats: 'docx,pdf' }, 'id');
        expect(pdfPages(join(out, 'arsitektur-spbe.pdf'))).toBeLessThan(40);
        const docx = await readDocx(readFileSync(join(out, 'arsitektur-spbe.docx')));
        const headings = docx.paragraphs.filter(p => p.style.startsWith('Heading') && p.text.includes('kata kata'));
        expect(headings.length).toBeGreaterThan(0);
        expect(headings.every(p => p.text.endsWith('…') && p.text.length <= HeadingCap + 1)).toBe(true);
        expect(docx.tables.flat().flat().some(cell => cell.includes(title))).toBe(true);
    }, 300_000);
});

describe('capped headings', () => {
    test('a heading or a caption longer than HeadingCap graphemes ends in "…"; a cell keeps its text', () => {
        // 300 graphemes: an accented letter (two code points) and a space, 150 times.
        const long = 'e\u0301 '.repeat(150);
        const document = cleanDocumentText({
            chapters: [{ title: 'Bab', landscape: false, blocks: [
                { kind: 'heading', level: 3, text: long },
                { kind: 'image', image: 'layered', caption: long, missing: 'x' }
            ] }]
        } as unknown as SubmittableDocument);
        const [heading, image] = document.chapters[0]!.blocks as Array<{ text?: string; caption?: string }>;
        const cut = `${'e\u0301 '.repeat(HeadingCap / 2).trimEnd()}…`;
        expect(heading!.text).toBe(cut);
        expect(image!.caption).toBe(cut);
    });
});
