import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocument } from 'spbe-generators';
import type { SpbeModel } from 'spbe-model';
import { diskWorkspace, generateDocumentFiles, loadWorkspace } from 'spbe-server';
import { copyExample } from '../helpers/copy-sources.mjs';
import { hasPdfToText } from '../helpers/pdf-text.js';

/** The PDFs of the Kota Kediri example read back page by page (pdftotext -layout), for what the reader sees on paper. */
let model: SpbeModel;
let out: string;
const jenisList = ['peta-rencana', 'arsitektur'] as const;

/** Each page's text lines (layout order), blank lines and the page number dropped. */
function pageLines(jenis: string): string[][] {
    const result = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(out, `${jenis}-spbe.pdf`), '-'], { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
    return result.stdout.split('\f').map(page => page.split('\n').map(l => l.trim()).filter(l => l !== '' && !/^\d+$/.test(l)));
}

beforeAll(async () => {
    const dir = copyExample('kota-kediri', 'spbe-layout-');
    out = mkdtempSync(join(tmpdir(), 'spbe-layout-out-'));
    model = (await loadWorkspace(dir)).model();
    await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'peta-rencana,arsitektur', formats: 'pdf' }, 'id');
}, 240_000);

describe.skipIf(!hasPdfToText)('the PDF pages', () => {
    test.each(jenisList)('no page of the %s ends with a heading', jenis => {
        const document = buildDocument(model, jenis, { locale: 'id' });
        const blocks = document.chapters.flatMap(c => c.blocks);
        // A numbered list item that reads like a heading ("37. Sekretariat DPRD" of the scope list) may end a page.
        const listed = new Set(blocks.flatMap(b => b.kind === 'list' ? b.items.map((item, i) => `${i + 1}. ${item}`) : []));
        const headings = new Set(blocks.flatMap(b => b.kind === 'heading' && !listed.has(b.text) ? [b.text] : []));
        const pages = pageLines(jenis).filter(lines => lines.length > 0);
        expect(pages.length).toBeGreaterThan(5);
        const orphans = pages.map((lines, i) => ({ page: i + 1, last: lines.at(-1)! })).filter(p => headings.has(p.last));
        expect(orphans).toEqual([]);
    });

    test('a section heading drawn as a table caption is still listed in the PDF table of contents, with its page', () => {
        const toc = pageLines('peta-rencana')[1];
        expect(toc.some(line => /^4\. Infrastruktur SPBE\s+\d+$/.test(line)), toc.join('\n')).toBe(true);
    });
});
