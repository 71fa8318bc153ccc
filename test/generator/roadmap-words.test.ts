import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateRoadmap, type RoadmapFormat } from 'spbe-generators';
import type { SpbeModel } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';

/**
 * Spec §6 (v2): documents people read show words, not identifiers; an `ilustrasi` workspace is marked
 * as an example; a workspace with errors says so first and never shows a partly read value.
 * The 2027 budget below (`1,500,000`) is a syntax error: the amount is dropped, never shown as Rp0,
 * and every total that includes it says it is incomplete.
 */
const source = (ilustrasi: boolean, amount2027: string) => `pemda KotaContoh "Pemerintah Kota Contoh" { periode 2026..2027 jenis kota${ilustrasi ? ' ilustrasi' : ''} }
opd BAG_ORGANISASI "Bagian Organisasi" { pic "PIC" }
opd DISKOMINFO "Dinas Komunikasi dan Informatika" { pic "PIC" }
petaRencana {
    rencana PR_PERWALI_SPBE "Peraturan Wali Kota tentang SPBE" {
        muatan tataKelola
        prioritas tinggi
        penanggungJawab BAG_ORGANISASI
        pelaksana DISKOMINFO
        tahun 2026..2027
        anggaran 2026 100.000.000
        anggaran 2027 ${amount2027}
        sumberDana DAK
        kegiatan "2.16.03.2.02"
        indikator spbe2020.I37 -> 4
        indikatorKinerja "OPD yang memakai SRIKANDI" { satuan "%" awal 2024 20 target 2026 40 target 2027 60 }
    }
}
`;

async function model(ilustrasi: boolean, amount2027: string): Promise<{ model: SpbeModel; errors: number }> {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-words-'));
    writeFileSync(join(dir, 'ws.spbe'), source(ilustrasi, amount2027));
    const loaded = await loadWorkspace(dir);
    return { model: loaded.model(), errors: loaded.diagnostics.filter(d => d.severity === 'error').length };
}

let example: { model: SpbeModel; errors: number };
let broken: { model: SpbeModel; errors: number };
let clean: { model: SpbeModel; errors: number };

beforeAll(async () => {
    example = await model(true, '50_000_000');
    broken = await model(false, '1,500,000');
    clean = await model(false, '50_000_000');
});

const identifiers = ['PR_PERWALI_SPBE', 'BAG_ORGANISASI', 'DISKOMINFO', 'spbe2020', 'tataKelola', 'tinggi'];
const words = ['TK.01 · Peraturan Wali Kota tentang SPBE', 'Bagian Organisasi', 'Dinas Komunikasi dan Informatika',
    'Evaluasi SPBE (PermenPANRB 59/2020) · Indikator 37 · Tingkat Kematangan Layanan Kearsipan Dinamis → tingkat 4', 'Tata Kelola SPBE', 'Tinggi', 'Dana Alokasi Khusus (DAK)'];

async function text(m: SpbeModel, format: RoadmapFormat, workspaceErrors = 0, name?: string): Promise<string> {
    const files = await generateRoadmap(m, format, { locale: 'id', workspaceErrors });
    return String((name ? files.find(f => f.name === name)! : files[0]).content);
}

/** Every cell of every sheet, row by row, as text, by sheet name. */
async function sheets(m: SpbeModel, workspaceErrors = 0): Promise<Map<string, string[][]>> {
    const [file] = await generateRoadmap(m, 'xlsx', { locale: 'id', workspaceErrors });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
    return new Map(workbook.worksheets.map(ws => {
        const rows: string[][] = [];
        ws.eachRow(row => rows.push((row.values as unknown[]).slice(1).map(v => v === null || v === undefined ? '' : String(v))));
        return [ws.name, rows];
    }));
}

/** Every cell of the first sheet, row by row, as text. */
async function firstSheet(m: SpbeModel, workspaceErrors = 0): Promise<string[][]> {
    return [...(await sheets(m, workspaceErrors)).values()][0];
}

/** Every CSV file, parsed, by file name. */
async function csvFiles(m: SpbeModel, workspaceErrors = 0): Promise<Map<string, string[][]>> {
    const files = await generateRoadmap(m, 'csv', { locale: 'id', workspaceErrors });
    return new Map(files.map(f => [f.name, parse(String(f.content).slice(1), { delimiter: ';', relax_column_count: true }) as string[][]]));
}

describe('words, not identifiers', () => {
    test.each(['md', 'html'] as const)('%s: items by kode and title, OPDs by title, indicators by number and name, values by label', async format => {
        const out = await text(clean.model, format);
        for (const id of identifiers) {
            expect(out, id).not.toContain(id);
        }
        for (const word of words) {
            expect(out, word).toContain(word);
        }
        expect(out).toContain('OPD yang memakai SRIKANDI (%): awal 2024 20; 2026 40; 2027 60');
        expect(out).toContain('2.16.03.2.02');
    });

    test('html footer names the pemda by its title, not its identifier (issue 18)', async () => {
        const html = await text(clean.model, 'html');
        expect(html).toContain('Dibuat oleh SPBE Tools dari Pemerintah Kota Contoh');
        expect(html).not.toContain('KotaContoh');
    });

    test('mermaid: the task shows kode and title; the name stays only as the task id', async () => {
        const task = (await text(clean.model, 'mermaid')).split('\n').find(l => l.includes(' :'))!;
        expect(task.slice(0, task.indexOf(' :')).trim()).toBe('TK.01 · Peraturan Wali Kota tentang SPBE');
        expect(await text(clean.model, 'mermaid')).not.toContain('tataKelola');
    });

    test('csv: words in every column but ID', async () => {
        const rows = parse((await text(clean.model, 'csv')).slice(1), { delimiter: ';' }) as string[][];
        const id = rows[0].indexOf('ID');
        const read = rows.flatMap(r => r.filter((_, i) => i !== id)).join('\n');
        for (const identifier of identifiers) {
            expect(read, identifier).not.toContain(identifier);
        }
        expect(rows[1][id]).toBe('PR_PERWALI_SPBE');
        expect(rows[1]).toEqual(expect.arrayContaining(['TK.01', 'Peraturan Wali Kota tentang SPBE', 'Tinggi', 'Bagian Organisasi']));
    });

    test('xlsx: words in every column but ID on the first sheet', async () => {
        const rows = await firstSheet(clean.model);
        const id = rows[0].indexOf('ID');
        const read = rows.flatMap(r => r.filter((_, i) => i !== id)).join('\n');
        for (const identifier of identifiers) {
            expect(read, identifier).not.toContain(identifier);
        }
        expect(rows.some(r => r[id] === 'PR_PERWALI_SPBE')).toBe(true);
        expect(read).toContain('Evaluasi SPBE (PermenPANRB 59/2020) · Indikator 37 · Tingkat Kematangan Layanan Kearsipan Dinamis → tingkat 4');
    });

    test('json keeps the identifiers for machines', async () => {
        const json = JSON.parse(await text(clean.model, 'json'));
        expect(json.items[0]).toMatchObject({ name: 'PR_PERWALI_SPBE', penanggungJawab: 'BAG_ORGANISASI', muatan: 'tataKelola', prioritas: 'tinggi', sumberDana: 'DAK' });
    });
});

describe('an ilustrasi workspace is marked as an example', () => {
    const banner = 'CONTOH — BUKAN DOKUMEN RESMI';

    test.each(['md', 'html', 'mermaid', 'csv'] as const)('%s', async format => {
        const out = await text(example.model, format);
        expect(out).toContain(banner);
        expect(await text(clean.model, format)).not.toContain(banner);
    });

    test('md and csv: the banner comes before the table', async () => {
        const md = await text(example.model, 'md');
        expect(md.indexOf(banner)).toBeLessThan(md.indexOf('| No |'));
        const csv = await text(example.model, 'csv');
        expect(csv.slice(1).startsWith(banner)).toBe(true);
    });

    test('xlsx: the first row of the first sheet', async () => {
        expect((await firstSheet(example.model))[0][0]).toBe(banner);
        expect((await firstSheet(clean.model))[0][0]).toBe('No');
    });

    test('xlsx: the first row of EVERY sheet (a sheet is often copied or printed alone)', async () => {
        const all = await sheets(example.model);
        expect([...all.keys()]).toEqual(['Peta Rencana', 'Gantt', 'Cakupan', 'Gap', 'Anggaran', 'Indeks']);
        for (const [name, rows] of all) {
            expect(rows[0][0], name).toBe(banner);
        }
        for (const [name, rows] of await sheets(clean.model)) {
            expect(rows.flat().join('\n'), name).not.toContain(banner);
        }
    });

    test('csv: the first record of EVERY file, then the header', async () => {
        const files = await csvFiles(example.model);
        expect([...files.keys()]).toEqual(['peta-rencana.csv', 'peta-rencana-cakupan.csv', 'peta-rencana-gap.csv', 'peta-rencana-anggaran.csv']);
        for (const [name, rows] of files) {
            expect(rows[0], name).toEqual([banner]);
            expect(rows[1][0], name).not.toBe(banner);
        }
    });

    test('html: on every printed page, in the page margin and in the repeated table head', async () => {
        const html = await text(example.model, 'html');
        expect(html).toContain(`@page { @top-center { content: "${banner}";`);
        expect(html).toMatch(new RegExp(`<thead>\\n<tr class="print-only"><th colspan="\\d+">${banner}</th></tr>`));
        const plain = await text(clean.model, 'html');
        expect(plain).not.toContain('@top-center');
        expect(plain).not.toContain('class="print-only"');
    });

    test('json: a machine flag', async () => {
        expect(JSON.parse(await text(example.model, 'json'))).toMatchObject({ ilustrasi: true, galat: 0 });
        expect(JSON.parse(await text(clean.model, 'json'))).toMatchObject({ ilustrasi: false, galat: 0 });
    });

    test('English', async () => {
        const [file] = await generateRoadmap(example.model, 'md', { locale: 'en' });
        expect(String(file.content)).toContain('EXAMPLE — NOT AN OFFICIAL DOCUMENT');
    });
});

describe('a document generated with --allow-errors', () => {
    const notice = (errors: number) => `PERHATIAN: dibuat dari ruang kerja yang masih memiliki ${errors} galat; dokumen ini mungkin tidak lengkap`;
    const incomplete = 'tidak lengkap: 1 nilai tak terbaca';

    test('the workspace really has an error and the 2027 amount is dropped', () => {
        expect(broken.errors).toBeGreaterThan(0);
        expect(broken.model.items[0].anggaranDropped).toEqual([2027]);
    });

    test.each(['md', 'html', 'csv'] as const)('%s says so first and says "tak terbaca" for the unread budget, never Rp0', async format => {
        const out = await text(broken.model, format, broken.errors);
        expect(out).toContain(notice(broken.errors));
        expect(out.indexOf(notice(broken.errors))).toBeLessThan(out.indexOf(format === 'html' ? '<table' : 'No'));
        expect(out).toContain('tak terbaca');
        expect(out).toContain('nilai yang tertulis tidak dapat dibaca');
        expect(out).not.toContain('1,500,000');
        expect(out).not.toContain('1.500.000');
    });

    test('md: the 2027 cell is unreadable and every total that includes it is incomplete, never a number', async () => {
        const md = await text(broken.model, 'md', broken.errors);
        const line = (start: string) => md.split('\n').find(l => l.includes(start))!;
        expect(line('TK.01 · Peraturan')).toContain(`| Rp100.000.000 | tak terbaca | ${incomplete} |`);
        // Per muatan, in total, and per OPD: 2026 is complete, 2027 and the sum are not.
        expect(line('Jumlah Tata Kelola SPBE')).toContain(`| Rp100.000.000 | ${incomplete} | ${incomplete} |`);
        expect(line('Jumlah seluruhnya')).toContain(`| **Rp100.000.000** | **${incomplete}** | **${incomplete}** |`);
        expect(line('| Bagian Organisasi | Rp')).toBe(`| Bagian Organisasi | Rp100.000.000 | ${incomplete} | ${incomplete} |`);
        // The same item with a readable 2027 budget: real sums.
        const fine = await text(clean.model, 'md');
        expect(fine.split('\n').find(l => l.includes('Jumlah seluruhnya'))).toContain('**Rp150.000.000**');
    });

    test('html: the incomplete sums are marked and hold no amount', async () => {
        const html = await text(broken.model, 'html', broken.errors);
        expect(html).toContain(`<td class="num missing">${incomplete}</td>`);
        expect(html).toContain('<td class="num missing">tak terbaca</td>');
        expect(html).toContain(`@top-center { content: "${notice(broken.errors)}`);
    });

    test('xlsx: the notice is the first row of EVERY sheet; the cells say unreadable / incomplete, not 0', async () => {
        const all = await sheets(broken.model, broken.errors);
        for (const [name, rows] of all) {
            expect(rows[0][0], name).toContain(notice(broken.errors));
        }
        const rows = all.get('Peta Rencana')!;
        const header = rows.find(r => r[0] === 'No')!;
        const item = rows.find(r => r.includes('PR_PERWALI_SPBE'))!;
        expect(item[header.indexOf('Anggaran 2026')]).toBe('100000000');
        expect(item[header.indexOf('Anggaran 2027')]).toBe('tak terbaca');
        expect(item[header.indexOf('Jumlah')]).toBe(incomplete);
        const grand = rows.find(r => r[1] === 'Jumlah seluruhnya')!;
        expect(grand[header.indexOf('Anggaran 2026')]).toBe('100000000');
        expect(grand[header.indexOf('Anggaran 2027')]).toBe(incomplete);
        expect(grand[header.indexOf('Jumlah')]).toBe(incomplete);
        const budget = all.get('Anggaran')!;
        expect(budget.find(r => r[0] === 'BAG_ORGANISASI')).toEqual(['BAG_ORGANISASI', 'Bagian Organisasi', '100000000', incomplete, incomplete]);
        expect(budget.find(r => r[0] === 'Jumlah seluruhnya')).toEqual(['Jumlah seluruhnya', '', '100000000', incomplete, incomplete]);
    });

    test('csv: the notice first in EVERY file; the anggaran CSV says incomplete, not 0', async () => {
        const files = await csvFiles(broken.model, broken.errors);
        for (const [name, rows] of files) {
            expect(rows[0][0], name).toContain(notice(broken.errors));
        }
        const budget = files.get('peta-rencana-anggaran.csv')!;
        expect(budget.find(r => r[0] === 'BAG_ORGANISASI')).toEqual(['BAG_ORGANISASI', 'Bagian Organisasi', '100000000', incomplete, incomplete]);
        expect(budget.at(-1)).toEqual(['Jumlah seluruhnya', '', '100000000', incomplete, incomplete]);
        const main = files.get('peta-rencana.csv')!;
        const header = main.find(r => r[0] === 'No')!;
        const item = main.find(r => r.includes('PR_PERWALI_SPBE'))!;
        expect(item[header.indexOf('Anggaran 2027')]).toBe('tak terbaca');
        expect(item[header.indexOf('Jumlah')]).toBe(incomplete);
    });

    test('json: the error count, and null with a flag where a sum is incomplete', async () => {
        const json = JSON.parse(await text(broken.model, 'json', broken.errors));
        expect(json.galat).toBe(broken.errors);
        expect(json.items[0]).toMatchObject({ anggaran: { 2026: 100_000_000 }, anggaranTotal: null, anggaranLengkap: false, anggaranTidakDimuat: [2027] });
        expect(json.totals).toEqual({
            anggaranPerTahun: { 2026: 100_000_000, 2027: null },
            anggaranPerMuatan: expect.objectContaining({ tataKelola: null, manajemen: 0 }),
            anggaranPerOpd: { BAG_ORGANISASI: null },
            anggaran: null,
            anggaranLengkap: false,
            nilaiTakTerbaca: 1
        });
        const fine = JSON.parse(await text(clean.model, 'json'));
        expect(fine.totals).toMatchObject({ anggaran: 150_000_000, anggaranLengkap: true, nilaiTakTerbaca: 0 });
    });

    test('English words', async () => {
        const [file] = await generateRoadmap(broken.model, 'md', { locale: 'en', workspaceErrors: broken.errors });
        const md = String(file.content);
        expect(md).toContain('| Rp100,000,000 | unreadable | incomplete: 1 unreadable value(s) |');
        expect(md).toContain('WARNING: generated from a workspace that still has');
    });

    test('a clean workspace has no notice', async () => {
        expect(await text(clean.model, 'md')).not.toContain('--allow-errors');
    });
});
