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
 * The 2027 budget below (`1,500,000`) is a syntax error: the amount is dropped, never shown as Rp0.
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
    'Indikator 37 · Tingkat Kematangan Layanan Kearsipan Dinamis → tingkat 4', 'Tata Kelola SPBE', 'Tinggi', 'Dana Alokasi Khusus (DAK)'];

async function text(m: SpbeModel, format: RoadmapFormat, workspaceErrors = 0, name?: string): Promise<string> {
    const files = await generateRoadmap(m, format, { locale: 'id', workspaceErrors });
    return String((name ? files.find(f => f.name === name)! : files[0]).content);
}

/** Every cell of the first sheet, row by row, as text. */
async function firstSheet(m: SpbeModel, workspaceErrors = 0): Promise<string[][]> {
    const [file] = await generateRoadmap(m, 'xlsx', { locale: 'id', workspaceErrors });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.worksheets[0].eachRow(row => rows.push((row.values as unknown[]).slice(1).map(v => v === null || v === undefined ? '' : String(v))));
    return rows;
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
        expect(read).toContain('Indikator 37 · Tingkat Kematangan Layanan Kearsipan Dinamis → tingkat 4');
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

    test('English', async () => {
        const [file] = await generateRoadmap(example.model, 'md', { locale: 'en' });
        expect(String(file.content)).toContain('EXAMPLE — NOT AN OFFICIAL DOCUMENT');
    });
});

describe('a document generated with --allow-errors', () => {
    test('the workspace really has an error and the 2027 amount is dropped', () => {
        expect(broken.errors).toBeGreaterThan(0);
        expect(broken.model.items[0].anggaranDropped).toEqual([2027]);
    });

    test.each(['md', 'html', 'csv'] as const)('%s says so first and shows — for the unread budget, never Rp0', async format => {
        const out = await text(broken.model, format, broken.errors);
        const notice = `PERHATIAN: dibuat dari ruang kerja yang masih memiliki ${broken.errors} galat (--allow-errors)`;
        expect(out).toContain(notice);
        expect(out.indexOf(notice)).toBeLessThan(out.indexOf(format === 'html' ? '<table' : 'No'));
        expect(out).toContain('—');
        expect(out).toContain('anggaran tahun itu tidak terbaca');
        expect(out).not.toContain('1,500,000');
        expect(out).not.toContain('1.500.000');
    });

    test('md: the item row shows — for 2027 and a total of the readable year only', async () => {
        const md = await text(broken.model, 'md', broken.errors);
        const row = md.split('\n').find(l => l.includes('TK.01 · Peraturan'))!;
        expect(row).toContain('| Rp100.000.000 | — | Rp100.000.000 |');
    });

    test('xlsx: the notice is the first row of the first sheet; the cell holds — not 0', async () => {
        const rows = await firstSheet(broken.model, broken.errors);
        expect(rows[0][0]).toContain('--allow-errors');
        const header = rows.find(r => r[0] === 'No')!;
        const item = rows.find(r => r.includes('PR_PERWALI_SPBE'))!;
        expect(item[header.indexOf('Anggaran 2027')]).toBe('—');
        expect(item[header.indexOf('Jumlah')]).toBe('100000000');
    });

    test('a clean workspace has no notice', async () => {
        expect(await text(clean.model, 'md')).not.toContain('--allow-errors');
    });
});
