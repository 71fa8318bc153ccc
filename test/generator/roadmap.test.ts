import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildRoadmapReport, criticalPath, generateRoadmap, type RoadmapFormat } from 'spbe-generators';
import { type SpbeModel } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { repoRoot } from '../helpers/run-cli.js';

let small: SpbeModel;
let kediri: SpbeModel;

beforeAll(async () => {
    small = (await loadWorkspace(join(repoRoot, 'test/fixtures/roadmap-small'))).model();
    kediri = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
});

const text = async (model: SpbeModel, format: RoadmapFormat, name?: string, locale: 'id' | 'en' = 'id') => {
    const files = await generateRoadmap(model, format, { locale });
    const file = name ? files.find(f => f.name === name)! : files[0];
    return String(file.content);
};

describe('golden files (reviewed by hand)', () => {
    for (const [format, name] of [['md', 'peta-rencana.md'], ['json', 'peta-rencana.json'], ['mermaid', 'peta-rencana.mmd'], ['html', 'peta-rencana.html'],
        ['csv', 'peta-rencana.csv'], ['csv', 'peta-rencana-cakupan.csv'], ['csv', 'peta-rencana-gap.csv'], ['csv', 'peta-rencana-anggaran.csv']] as const) {
        test(`${name}`, async () => {
            await expect(await text(small, format, name)).toMatchFileSnapshot(`__golden__/roadmap-small/${name}`);
        });
    }

    test('English headings', async () => {
        await expect(await text(small, 'md', undefined, 'en')).toMatchFileSnapshot('__golden__/roadmap-small/peta-rencana.en.md');
    });
});

describe('the report', () => {
    test('groups by the seven muatan in regulation order, numbers rows, totals per year and muatan', () => {
        const report = buildRoadmapReport(small, { locale: 'id' });
        expect(report.groups.map(g => [g.muatan, g.rows.length])).toEqual([
            ['tataKelola', 1], ['manajemen', 0], ['layanan', 0], ['infrastruktur', 0], ['aplikasi', 1], ['keamanan', 0], ['auditTik', 1]]);
        expect(report.rows.map(r => `${r.no} ${r.name}`)).toEqual(['1 R_KEBIJAKAN', '2 R_APLIKASI', '3 R_AUDIT']);
        // 2026: 100 (kebijakan) + 200 (aplikasi); 2027: 300; 2028: 50 — in millions of rupiah.
        expect(report.totals.perYear).toEqual({ 2026: 300_000_000, 2027: 300_000_000, 2028: 50_000_000 });
        expect(report.totals.total).toBe(650_000_000);
        expect(report.groups.find(g => g.muatan === 'aplikasi')?.total).toBe(500_000_000);
        expect(report.coverage.filter(c => c.count === 0).map(c => c.muatan)).toEqual(['manajemen', 'layanan', 'infrastruktur', 'keamanan']);
        expect(report.gap.toBe).toEqual([{
            element: { id: 'KOMINFO.BARU', title: 'Aplikasi Baru', kind: 'aplikasi', opd: 'KOMINFO', opdTitle: 'Dinas Komunikasi dan Informatika', kindLabel: 'Aplikasi' },
            realizedBy: ['R_APLIKASI'], realizedByLabels: ['AP.01 · Pembangunan Aplikasi Baru'], year: 2027
        }]);
        expect(report.gap.retirements.map(r => [r.element.id, r.retiredBy, r.year])).toEqual([['KOMINFO.LAMA', ['R_APLIKASI'], 2027]]);
        expect(report.gap.unrealized.map(e => e.id)).toEqual(['KOMINFO.RENCANA_LAIN']);
        expect(report.budgetByOpd.map(b => [b.opd, b.total])).toEqual([['BAPPEDA', 100_000_000], ['KOMINFO', 550_000_000]]);
        expect(report.criticalPath).toEqual(['R_KEBIJAKAN', 'R_APLIKASI', 'R_AUDIT']);
    });

    test('filters: by OPD (responsible or implementer), by muatan, by year range', () => {
        expect(buildRoadmapReport(small, { locale: 'id', opd: 'BAPPEDA' }).rows.map(r => r.name)).toEqual(['R_KEBIJAKAN', 'R_APLIKASI']);
        expect(buildRoadmapReport(small, { locale: 'id', muatan: 'auditTik' }).rows.map(r => r.name)).toEqual(['R_AUDIT']);
        const late = buildRoadmapReport(small, { locale: 'id', fromYear: 2027, toYear: 2028 });
        expect(late.years).toEqual([2027, 2028]);
        expect(late.rows.map(r => r.name)).toEqual(['R_APLIKASI', 'R_AUDIT']);
        expect(late.totals.total).toBe(350_000_000);
    });

    test('the critical path follows the latest-ending predecessor and survives cycles', () => {
        expect(criticalPath([
            { name: 'A', start: 2025, end: 2025, setelah: [] },
            { name: 'B', start: 2025, end: 2026, setelah: [] },
            { name: 'C', start: 2027, end: 2028, setelah: ['A', 'B'] }
        ])).toEqual(['B', 'C']);
        expect(criticalPath([{ name: 'X', start: 2025, end: 2026, setelah: ['Y'] }, { name: 'Y', start: 2025, end: 2026, setelah: ['X'] }])).toHaveLength(2);
    });

    test('Kota Kediri totals match the hand-computed budget', () => {
        // 2025: 75 + 60 + 850 + 120 + 300 + 150 + 40 + 25 = 1,620 million
        // 2026: 45 + 40 + 250 + 90 + 400 + 900 + 80 + 275 + 200 + 35 + 60 + 25 = 2,400 million
        // 2027: 300 + 70 + 350 + 85 + 500 + 150 + 60 + 180 + 25 = 1,720 million
        // 2028: 85 + 650 + 60 + 180 + 25 = 1,000 million;  2029: 60 + 200 + 25 = 285 million;  total 7,025 million
        const report = buildRoadmapReport(kediri, { locale: 'id' });
        expect(report.totals.perYear).toEqual({ 2025: 1_620_000_000, 2026: 2_400_000_000, 2027: 1_720_000_000, 2028: 1_000_000_000, 2029: 285_000_000 });
        expect(report.totals.total).toBe(7_025_000_000);
        expect(report.rows).toHaveLength(17);
        expect(report.coverage.every(c => c.count > 0)).toBe(true);
    });
});

describe('JSON', () => {
    test('has the documented fields', async () => {
        const json = JSON.parse(await text(kediri, 'json'));
        expect(Object.keys(json.items[0])).toEqual(expect.arrayContaining(['name', 'title', 'muatan', 'penanggungJawab', 'pelaksana', 'tahunMulai', 'tahunSelesai', 'anggaran', 'setelah']));
        expect(json.totals.anggaranPerTahun).toEqual({ 2025: 1_620_000_000, 2026: 2_400_000_000, 2027: 1_720_000_000, 2028: 1_000_000_000, 2029: 285_000_000 });
        expect(Object.keys(json.coverage.muatan)).toEqual(['tataKelola', 'manajemen', 'layanan', 'infrastruktur', 'aplikasi', 'keamanan', 'auditTik']);
        const item = json.items.find((i: { name: string }) => i.name === 'PR_CSIRT');
        expect(item).toMatchObject({ penanggungJawab: 'DISKOMINFO', tahunMulai: 2025, tahunSelesai: 2027, anggaran: { 2025: 150_000_000, 2026: 200_000_000, 2027: 150_000_000 } });
    });
});

describe('XLSX read back with exceljs', () => {
    test('one sheet per table; amounts are numbers formatted as rupiah; sums match; header frozen with autofilter', async () => {
        const [file] = await generateRoadmap(kediri, 'xlsx', { locale: 'id' });
        mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
        expect(workbook.worksheets.map(w => w.name)).toEqual(['Peta Rencana', 'Gantt', 'Cakupan', 'Gap', 'Anggaran', 'Indeks']);
        const index = workbook.getWorksheet('Indeks')!;
        // Every sheet of an `ilustrasi` workspace's workbook starts with the banner; the table follows.
        expect(index.getRow(1).getCell(1).value).toBe('CONTOH — BUKAN DOKUMEN RESMI');
        // The pemda's `evaluasi pemdi2026`, with its 2025 self-assessment as the baseline column:
        // A1 10·2 + A2 10·2 + A3 15·1.7333 + A4 15·2 + A5 10·2 + A6 15·1.8 + A7 25·1.6 = 183 → 1.83
        expect((index.getRow(2).values as unknown[]).slice(1)).toEqual(['Indeks Pemerintah Digital (PermenPANRB 8/2026)', '%', 'Penilaian 2025', '2025', '2026', '2027', '2028', '2029']);
        expect(index.getRow(3).getCell(3).value).toBe(1.83);
        expect(index.getRow(4).getCell(3).value).toBe('Cukup – Membangun');
        const sheet = workbook.getWorksheet('Peta Rencana')!;
        // Kota Kediri is an `ilustrasi` workspace: the first row says so, the header is the second.
        expect(String(sheet.getRow(1).getCell(1).value)).toContain('CONTOH — BUKAN DOKUMEN RESMI');
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
        expect(sheet.autoFilter).toBeDefined();
        const header = (sheet.getRow(2).values as unknown[]).slice(1);
        const col2025 = header.indexOf('Anggaran 2025') + 1;
        const totalCol = header.indexOf('Jumlah') + 1;
        let itemSum = 0;
        let grandTotal: unknown;
        sheet.eachRow((row, n) => {
            const no = row.getCell(1).value;
            if (n > 2 && typeof no === 'number') {
                const v = row.getCell(col2025).value;
                expect(v === null || typeof v === 'number').toBe(true);
                itemSum += typeof v === 'number' ? v : 0;
                expect(row.getCell(totalCol).numFmt).toBe('"Rp"#,##0');
            }
            if (row.getCell(2).value === 'Jumlah seluruhnya') {
                grandTotal = row.getCell(totalCol).value;
                expect(row.getCell(col2025).value).toBe(1_620_000_000);
            }
        });
        expect(itemSum).toBe(1_620_000_000);
        expect(grandTotal).toBe(7_025_000_000);
        const budget = workbook.getWorksheet('Anggaran')!;
        const last = budget.getRow(budget.rowCount);
        expect(last.getCell(last.cellCount).value).toBe(7_025_000_000);
    });
});

describe('CSV', () => {
    test('UTF-8 with BOM, CRLF, parses back to the table', async () => {
        const csv = await text(kediri, 'csv', 'peta-rencana.csv');
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(csv).toContain('\r\n');
        // Kota Kediri is an `ilustrasi` workspace: the first record says so, then the table.
        const [banner, ...rows] = parse(csv.slice(1), { delimiter: ';', relax_column_count: true }) as string[][];
        expect(banner.join(' ')).toContain('CONTOH — BUKAN DOKUMEN RESMI');
        expect(rows[0].slice(0, 5)).toEqual(['No', 'Muatan', 'ID', 'Kode', 'Rencana']);
        expect(rows).toHaveLength(18);
        expect(rows.find(r => r[2] === 'PR_SATU_DATA')?.[4]).toBe('Satu Data Kota Kediri Terintegrasi');
    });

    // Excel with an Indonesian locale splits on `;` (its decimal separator is the comma).
    test('separated by ; in Indonesian and , in English by default, or as chosen; the same cells either way', async () => {
        const table = async (locale: 'id' | 'en', csvSeparator?: ',' | ';') =>
            String((await generateRoadmap(kediri, 'csv', { locale, csvSeparator })).find(f => f.name === 'peta-rencana-anggaran.csv')!.content);
        // Kota Kediri is an `ilustrasi` workspace: every CSV's first line is the banner, the header the second.
        const header = (csv: string) => csv.split('\r\n', 2)[1];
        expect((await table('id')).split('\r\n', 1)[0]).toBe('\uFEFFCONTOH — BUKAN DOKUMEN RESMI');
        expect(header(await table('id'))).toMatch(/^ID;/);
        expect(header(await table('en'))).toMatch(/^ID,/);
        const comma = await table('id', ',');
        const semicolon = await table('id', ';');
        expect(header(comma)).toMatch(/^ID,/);
        expect(parse(comma.slice(1), { delimiter: ',', relax_column_count: true })).toEqual(parse(semicolon.slice(1), { delimiter: ';', relax_column_count: true }));
        expect(header(await table('en', ';'))).toMatch(/^[^,\r\n]*;/);
    });
});

describe('Mermaid', () => {
    test('a gantt with a section per muatan and crit on the critical path', async () => {
        const mmd = await text(small, 'mermaid');
        expect(mmd.split('\n').slice(0, 4)).toEqual(['gantt', '    title Peta Rencana SPBE Pemerintah Kabupaten Uji', '    dateFormat YYYY-MM-DD', '    axisFormat %Y']);
        expect(mmd).toContain('    AP.01 · Pembangunan Aplikasi Baru :crit, R_APLIKASI, 2026-01-01, 2027-12-31');
    });
});

test('docs/roadmap-json.md documents every key the JSON has', async () => {
    const doc = readFileSync(join(repoRoot, 'docs/roadmap-json.md'), 'utf-8');
    const json = JSON.parse(await text(kediri, 'json'));
    for (const key of [...Object.keys(json), ...Object.keys(json.items[0]), ...Object.keys(json.totals), ...Object.keys(json.coverage), ...Object.keys(json.gap)]) {
        expect(doc, key).toContain(`\`${key}\``);
    }
});
