import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateRoadmap } from 'spbe-generators';
import { formatRupiah, muatanLabel, MuatanOrder, type SpbeModel } from 'spbe-model';
import { diskWorkspace, generateDocumentFiles, loadWorkspace } from 'spbe-server';
import { copyExample } from '../helpers/copy-sources.mjs';
import { readDocx, type DocxContent } from '../helpers/docx-text.js';
import { hasPdfToText, pdfText } from '../helpers/pdf-text.js';

/**
 * Spec §6 (v2) submittable documents, read back: the DOCX unzipped and parsed, the PDF through
 * pdftotext. Every figure is compared with the JSON roadmap of the same workspace, computed here
 * from the JSON's items (not from the report the documents are built from).
 */

interface JsonItem { name: string; kode: string | null; title: string; muatan: string; anggaran: Record<string, number> }
interface RoadmapJson { tahun: number[]; items: JsonItem[]; totals: { anggaranPerTahun: Record<string, number>; anggaranPerMuatan: Record<string, number>; anggaran: number } }

let dir: string;
let out: string;
let model: SpbeModel;
let json: RoadmapJson;
const docx: Record<string, DocxContent> = {};

beforeAll(async () => {
    dir = copyExample('kota-kediri', 'spbe-doc-');
    out = mkdtempSync(join(tmpdir(), 'spbe-doc-out-'));
    model = (await loadWorkspace(dir)).model();
    json = JSON.parse((await generateRoadmap(model, 'json', { locale: 'id' }))[0].content as string) as RoadmapJson;
    const result = await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'peta-rencana,arsitektur', formats: 'docx,pdf' }, 'id');
    expect(result.files.map(f => f.slice(out.length + 1))).toEqual(['peta-rencana-spbe.docx', 'peta-rencana-spbe.pdf', 'arsitektur-spbe.docx', 'arsitektur-spbe.pdf']);
    for (const jenis of ['peta-rencana', 'arsitektur']) {
        docx[jenis] = await readDocx(readFileSync(join(out, `${jenis}-spbe.docx`)));
    }
}, 240_000);

/** Every text a reader sees in the DOCX body: paragraphs and table cells. */
function allTexts(content: DocxContent): string[] {
    return [...content.paragraphs.map(p => p.text), ...content.tables.flatMap(t => t.flatMap(row => row))];
}

/** `Jumlah <muatan>` per year from the JSON's items, and the JSON's own per-muatan and grand totals. */
function expectedMuatanRows(): Array<{ label: string; cells: string[] }> {
    return MuatanOrder.filter(m => json.items.some(i => i.muatan === m)).map(m => {
        const items = json.items.filter(i => i.muatan === m);
        const perYear = json.tahun.map(y => items.reduce((sum, i) => sum + (i.anggaran[String(y)] ?? 0), 0));
        return { label: muatanLabel(m, 'id'), cells: [...perYear.map(v => formatRupiah(v, 'id')), formatRupiah(json.totals.anggaranPerMuatan[m], 'id')] };
    });
}

/**
 * Identifiers a reader must never see: roadmap item names, OPD codes and element names — the ones
 * that are not also ordinary words of some title or text of the workspace (an app named SURGA
 * titled "SURGA" is both).
 */
function identifiers(): string[] {
    const words = new Set([
        ...model.opds.map(o => o.title ?? ''),
        ...model.elements.map(e => [e.title ?? '', e.ref ?? '', e.deskripsi ?? '', ...Object.values(e.attributes).flat().map(String)].join(' ')),
        ...model.items.flatMap(i => [i.title ?? '', ...i.targets.map(t => t.text), ...i.indikatorKinerja.map(k => k.name)]),
        model.pemda?.title ?? '', model.pemda?.kepalaDaerah ?? '', model.pemda?.ditetapkan?.dasar ?? ''
    ].join(' ').split(/[^\p{L}\p{N}_]+/u));
    const names = [...model.items.map(i => i.name), ...model.opds.filter(o => !o.builtin).map(o => o.code), ...model.elements.filter(e => !e.builtin).map(e => e.name)];
    return [...new Set(names)].filter(n => !words.has(n));
}

describe('Peta Rencana SPBE (DOCX)', () => {
    test('lampiran header, cover, chapters and the signature block of spec §6', () => {
        const d = docx['peta-rencana'];
        const texts = d.paragraphs.map(p => p.text);
        expect(texts.slice(0, 4)).toEqual([
            'LAMPIRAN PERATURAN WALI KOTA KEDIRI',
            'NOMOR ………… TAHUN …………',
            'TENTANG',
            'PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KOTA KEDIRI TAHUN 2025–2029'
        ]);
        expect(texts).toContain('PEMERINTAH KOTA KEDIRI');
        expect(d.paragraphs.filter(p => p.style === 'Heading1').map(p => p.text)).toEqual([
            'BAB I PENDAHULUAN', 'BAB II KONDISI SPBE SAAT INI', 'BAB III ARAH DAN TARGET', 'BAB IV PETA RENCANA SPBE', 'BAB V JADWAL PELAKSANAAN', 'BAB VI PENUTUP'
        ]);
        expect(texts.slice(-4)).toEqual(['Ditetapkan di Kediri', 'pada tanggal 14 Maret 2025', 'WALI KOTA KEDIRI,', 'Wali Kota Kediri']);
    });

    test('every item shows its kode and title in a row of the Peta Rencana table', () => {
        const rows = docx['peta-rencana'].tables.flatMap(t => t);
        expect(json.items.length).toBeGreaterThan(10);
        for (const item of json.items) {
            expect(rows.some(r => r[0] === item.kode && r[1] === item.title), `${item.kode} ${item.title}`).toBe(true);
        }
    });

    test('totals per muatan and year, and the grand total, equal the JSON roadmap', () => {
        const rows = docx['peta-rencana'].tables.flatMap(t => t);
        for (const expected of expectedMuatanRows()) {
            const row = rows.find(r => r[0] === `Jumlah ${expected.label}`);
            expect(row?.slice(1, 1 + expected.cells.length), expected.label).toEqual(expected.cells);
        }
        const grand = rows.find(r => r[0] === 'Jumlah Seluruhnya');
        expect(grand).toEqual(['Jumlah Seluruhnya', ...json.tahun.map(y => formatRupiah(json.totals.anggaranPerTahun[String(y)], 'id')), formatRupiah(json.totals.anggaran, 'id')]);
        expect(json.totals.anggaran).toBeGreaterThan(0);
    });

    test('Word structure: heading styles, contents entries with PAGEREF fields to bookmarks on the headings, page numbers, landscape tables, repeated header rows that never split, the Gantt embedded', () => {
        const d = docx['peta-rencana'];
        const refs = [...d.xml.matchAll(/<w:instrText[^>]*>\s*PAGEREF (\w+)/g)].map(m => m[1]);
        expect(refs.length).toBeGreaterThan(10);
        for (const ref of refs) {
            expect(d.xml).toContain(`w:name="${ref}"`);
        }
        expect(d.footerXml.some(f => /PAGE/.test(f))).toBe(true);
        expect(d.xml).toContain('w:orient="landscape"');
        expect(d.xml).toContain('<w:tblHeader/>');
        expect(d.xml).toContain('<w:cantSplit/>');
        expect(d.media).toHaveLength(1);
    });

    test('the ilustrasi banner is in the header of every section', () => {
        const d = docx['peta-rencana'];
        expect(d.headers.some(h => h === 'CONTOH — BUKAN DOKUMEN RESMI')).toBe(true);
        const sections = d.xml.match(/<w:sectPr[\s>][\s\S]*?<\/w:sectPr>/g) ?? [];
        expect(sections.length).toBe(7);
        expect(sections.every(s => s.includes('<w:headerReference'))).toBe(true);
    });

    test('no identifier in prose or tables', () => {
        const ids = identifiers();
        expect(ids).toContain('PR_PERWALI_SPBE');
        expect(ids).toContain('BAG_ORGANISASI');
        const text = allTexts(docx['peta-rencana']).join('\n');
        expect(ids.filter(id => new RegExp(`(?<![\\p{L}\\p{N}_])${id}(?![\\p{L}\\p{N}_])`, 'u').test(text))).toEqual([]);
        expect(text).not.toMatch(/spbe2020\.|pemdi2026\.|→ 3\b(?! )/);
    });
});

describe('Arsitektur SPBE (DOCX)', () => {
    test('one chapter per domain, the diagrams, the appendices of sharing and findings, then the signature', () => {
        const d = docx.arsitektur;
        expect(d.paragraphs.filter(p => p.style === 'Heading1').map(p => p.text)).toEqual([
            'BAB I PENDAHULUAN', 'BAB II DOMAIN ARSITEKTUR PROSES BISNIS', 'BAB III DOMAIN ARSITEKTUR DATA DAN INFORMASI',
            'BAB IV DOMAIN ARSITEKTUR LAYANAN', 'BAB V DOMAIN ARSITEKTUR APLIKASI', 'BAB VI DOMAIN ARSITEKTUR INFRASTRUKTUR',
            'BAB VII DOMAIN ARSITEKTUR KEAMANAN', 'BAB VIII INTEGRASI APLIKASI', 'BAB IX DIAGRAM ARSITEKTUR', 'BAB X PENUTUP',
            'LAMPIRAN A BERBAGI PAKAI LINTAS OPD', 'LAMPIRAN B TEMUAN PEMERIKSAAN'
        ]);
        // The layered view (taller than a portrait page at full width) in two strips, and the integration map.
        expect(d.media).toHaveLength(3);
        expect(d.paragraphs.map(p => p.text).slice(-4)).toEqual(['Ditetapkan di Kediri', 'pada tanggal 14 Maret 2025', 'WALI KOTA KEDIRI,', 'Wali Kota Kediri']);
    });

    test('every element of every OPD is a row with its SIA-SPBE values in words', () => {
        const tables = docx.arsitektur.tables;
        const rows = tables.flatMap(t => t.slice(1));
        const elements = model.elements.filter(e => !e.builtin && e.kind !== 'integrasi');
        for (const e of elements) {
            expect(rows.some(r => r[1] === (e.title || e.name)), e.id).toBe(true);
        }
        // Enumerations by label: an aplikasi hosted on its own server shows "Milik Sendiri", never `milikSendiri`.
        const text = allTexts(docx.arsitektur).join('\n');
        expect(text).toContain('Milik Sendiri');
        expect(text).not.toMatch(/\bmilikSendiri\b|\bpengelolaPusatData\b|\bkomputasiAwan\b/);
        expect(tables.some(t => t[0].includes('Sifat Data') && t[0].includes('Wali Data'))).toBe(true);
    });

    test('the sharing appendix names who uses whose data and applications, by title', () => {
        const sharing = docx.arsitektur.tables.find(t => t[0][0] === 'OPD Pengguna');
        expect(sharing).toBeDefined();
        const crossOpd = model.elements.filter(e => !e.builtin).flatMap(e => e.relations
            .filter(r => !r.targetIsOpd && !r.target.startsWith(`${e.opd}.`))
            .filter(r => ['data', 'aplikasi'].includes(model.elements.find(x => x.id === r.target)?.kind ?? '')));
        expect(sharing!.length - 1).toBe(crossOpd.length);
        expect(sharing!.slice(1).every(r => r.every(c => c !== ''))).toBe(true);
    });

    test('no identifier in prose or tables', () => {
        const text = allTexts(docx.arsitektur).join('\n');
        const ids = identifiers();
        expect(ids.filter(id => new RegExp(`(?<![\\p{L}\\p{N}_])${id}(?![\\p{L}\\p{N}_])`, 'u').test(text))).toEqual([]);
    });
});

describe.skipIf(!hasPdfToText)('the PDFs say the same (pdftotext)', () => {
    test('Peta Rencana: header, chapters, every kode and title, the muatan totals, the signature, the banner on every page', () => {
        const file = join(out, 'peta-rencana-spbe.pdf');
        const text = pdfText(file);
        for (const line of ['LAMPIRAN PERATURAN WALI KOTA KEDIRI', 'NOMOR ………… TAHUN …………', 'BAB IV PETA RENCANA SPBE', 'BAB VI PENUTUP', 'Ditetapkan di Kediri', 'pada tanggal 14 Maret 2025', 'WALI KOTA KEDIRI,']) {
            expect(text).toContain(line);
        }
        for (const item of json.items) {
            expect(text).toContain(item.kode!);
            expect(text).toContain(item.title);
        }
        const layout = pdfText(file, { layout: true });
        for (const expected of expectedMuatanRows()) {
            expect(layout).toContain(`Jumlah ${expected.label} ${expected.cells.join(' ')}`);
        }
        const ids = identifiers();
        expect(ids.filter(id => new RegExp(`(?<![\\p{L}\\p{N}_])${id}(?![\\p{L}\\p{N}_])`, 'u').test(text))).toEqual([]);
        const pages = text.split('\f').length;
        expect(text.split('CONTOH — BUKAN DOKUMEN RESMI').length - 1).toBeGreaterThanOrEqual(pages - 1);
    });

    test('Arsitektur: chapters, the appendices and the signature', () => {
        const text = pdfText(join(out, 'arsitektur-spbe.pdf'));
        for (const line of ['BAB II DOMAIN ARSITEKTUR PROSES BISNIS', 'LAMPIRAN A BERBAGI PAKAI LINTAS OPD', 'LAMPIRAN B TEMUAN PEMERIKSAAN', 'WALI KOTA KEDIRI,', 'Wali Kota Kediri']) {
            expect(text).toContain(line);
        }
        const ids = identifiers();
        expect(ids.filter(id => new RegExp(`(?<![\\p{L}\\p{N}_])${id}(?![\\p{L}\\p{N}_])`, 'u').test(text))).toEqual([]);
    });
});
