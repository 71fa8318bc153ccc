import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocument, documentDiagramSvgs } from 'spbe-generators';
import type { SpbeModel } from 'spbe-model';
import { diskWorkspace, generateDocumentFiles, loadWorkspace } from 'spbe-server';
import { copyExample } from '../helpers/copy-sources.mjs';
import { hasPdfToText, pdfText } from '../helpers/pdf-text.js';

/** The PDFs of the Kota Kediri example read back page by page (pdftotext -layout), for what the reader sees on paper. */
let model: SpbeModel;
let out: string;
const jenisList = ['peta-rencana', 'arsitektur'] as const;

/** Every string of `value` (a built document), recursively. */
function strings(value: unknown): string[] {
    return typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value !== null && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
}

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

    test('a section heading drawn as a table caption is listed in the PDF table of contents with the page it starts on', () => {
        const pages = pageLines('peta-rencana');
        const entries = pages[1]!.flatMap(line => /^(\d\. .+?)\s+(\d+)$/.exec(line) ?? []).length;
        expect(pages[1]!.some(line => /^4\. Infrastruktur SPBE\s+\d+$/.test(line)), pages[1]!.join('\n')).toBe(true);
        expect(entries).toBeGreaterThan(0);
        // pdfmake used to give such an entry the last page its table's repeated header row was drawn on.
        for (const line of pages[1]!) {
            const entry = /^(\d\. .+?)\s+(\d+)$/.exec(line);
            if (entry) {
                const first = pages.findIndex((lines, i) => i > 1 && lines.includes(entry[1]!)) + 1;
                expect({ heading: entry[1], page: Number(entry[2]) }).toEqual({ heading: entry[1], page: first });
            }
        }
    });

    test('a roadmap row that fits on a page is not split across two (Kota Kediri\'s TK.03 was, its start at the foot of a page)', () => {
        const pages = pageLines('peta-rencana');
        const start = pages.findIndex(lines => lines.some(line => /^TK\.03\s{2,}Reviu Arsitektur/.test(line)));
        expect(start).toBeGreaterThan(0);
        // Its last line of outputs ("2029: …") is on the page the row starts on.
        expect(pages[start]!.join('\n')).toMatch(/2029: Reviu/);
    });

    test.each(jenisList)('no word of the %s is broken across lines: every word of the PDF is a word of the document', jenis => {
        // As written, in capitals (chapter titles), and a hyphenated word joined (pdftotext joins "non-" at a line end with "kritis").
        const document = buildDocument(model, jenis, { locale: 'id' });
        const words = new Set(strings(document)
            .flatMap(text => [text, text.toUpperCase(), text.replace(/(\p{L})-(\p{L})/gu, '$1$2')])
            .flatMap(text => text.match(/\p{L}+/gu) ?? []));
        // The findings appendix (last) is written by the server from the checker's catalog, not from the built document;
        // a diagram's page is left out: its text is the diagram's (vector in the PDF), labels cut short with "…" by design.
        const captions = document.chapters.flatMap(c => c.blocks).flatMap(b => b.kind === 'image' ? [b.caption, b.continuedCaption ?? b.caption] : []);
        const text = pdfText(join(out, `${jenis}-spbe.pdf`)).split('\f').filter(page => !captions.some(caption => page.includes(caption))).join('\f');
        const findings = text.lastIndexOf('LAMPIRAN B');
        const printed = new Set(text.slice(0, findings > text.length / 2 ? findings : undefined).match(/\p{L}+/gu) ?? []);
        expect(printed.size).toBeGreaterThan(100);
        // "Dokument" + "asi": pieces of a word a narrow column broke are no words of the document.
        expect([...printed].filter(word => !words.has(word))).toEqual([]);
    });

    test.each(jenisList)('the periode of the %s reads "2025–2029" in its justified paragraphs: no gap or line break after the dash', jenis => {
        const text = pdfText(join(out, `${jenis}-spbe.pdf`));
        expect(text).toContain('periode 2025–2029');
        expect(text.match(/\p{N}[–-] \p{N}/gu) ?? []).toEqual([]);
        // Nor a justified gap between the range and the comma after it ("2025–2029 , dan").
        expect(text.match(/\p{N}[–-]\p{N}+ [,.;:]/gu) ?? []).toEqual([]);
    });

    test.each(jenisList)('the %s has no blank page', jenis => {
        const pages = pageLines(jenis).slice(0, -1);
        // Banner lines aside ("CONTOH — BUKAN DOKUMEN RESMI"), every page has text or a diagram caption.
        expect(pages.map((lines, i) => ({ page: i + 1, lines: lines.filter(l => !l.startsWith('CONTOH')) })).filter(p => p.lines.length === 0)).toEqual([]);
    });

    test('the layered diagram, taller than a portrait page at full width, comes in strips that each fill the width, the later ones "(lanjutan)"', async () => {
        const svgs = await documentDiagramSvgs(model, 'arsitektur', { locale: 'id' });
        const strips = Object.keys(svgs).filter(key => key.startsWith('layered'));
        expect(strips.length).toBeGreaterThan(1);
        for (const key of strips) {
            const root = /<svg\b[^>]*>/.exec(svgs[key as 'layered']!)![0];
            const [width, height] = [/\swidth="([\d.]+)"/, /\sheight="([\d.]+)"/].map(re => Number(re.exec(root)![1]));
            // A4 portrait, 2 cm margins, caption room kept: at most 1.27 times as tall as wide.
            expect(height! / width!).toBeLessThanOrEqual(1.27);
        }
        const text = pdfText(join(out, 'arsitektur-spbe.pdf'));
        expect(text.split('Arsitektur berlapis (layanan, proses bisnis, data, aplikasi, infrastruktur) (lanjutan)').length - 1).toBe(strips.length - 1);
    });

    test.each(jenisList)('the diagrams of the %s are vector drawings: no raster image, their labels text in the embedded DejaVu Sans', jenis => {
        const file = join(out, `${jenis}-spbe.pdf`);
        // `pdfimages -list` prints two header lines, then a line per image.
        const images = spawnSync('pdfimages', ['-list', file], { encoding: 'utf-8' }).stdout.trim().split('\n').slice(2);
        expect(images).toEqual([]);
        const fonts = spawnSync('pdffonts', [file], { encoding: 'utf-8' }).stdout.trim().split('\n').slice(2).map(line => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
        expect(new Set(fonts)).toEqual(new Set(['DejaVuSans', 'DejaVuSans-Bold']));
        // A label only a diagram has: the Gantt's legend, the layered view's row of the cross-OPD references.
        expect(pdfText(file)).toContain(jenis === 'peta-rencana' ? 'jalur kritis' : 'referensi lintas OPD');
    });
});
