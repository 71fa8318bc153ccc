import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { enumLabel } from 'spbe-model';
import { exportInventory } from 'spbe-generators';
import { importInventory, loadWorkspace } from 'spbe-server';
import { filledWorkbook, workspaceCopy } from './inventory-fixture.js';

describe('spbe import: enumeration labels, identifiers, any case or spacing; the pribadi flag', () => {
    test('"Milik Sendiri", "milikSendiri", "MILIK  sendiri" all become milikSendiri; Ya/Tidak set or leave pribadi', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({
            'Infrastruktur': [
                { 'ID': 'DC_A', 'Nama': 'A', 'Jenis Infrastruktur': 'Komputasi Awan', 'Kepemilikan': 'Milik Sendiri' },
                { 'ID': 'DC_B', 'Nama': 'B', 'Jenis Infrastruktur': 'komputasiAwan', 'Kepemilikan': 'milikSendiri' },
                { 'ID': 'DC_C', 'Nama': 'C', 'Jenis Infrastruktur': ' KOMPUTASI  awan ', 'Kepemilikan': 'MILIK  sendiri' },
                { 'ID': 'DC_D', 'Nama': 'D', 'Jenis Infrastruktur': 'fasilitas komputasi', 'Kepemilikan': 'pakai bersama' }
            ],
            'Layanan': [{ 'ID': 'LAY', 'Nama': 'L', 'Jenis Layanan': 'Layanan Publik', 'Metode Layanan': 'Daring', 'Target Layanan': 'Masyarakat, badan usaha, ASN' }],
            'Data': [
                { 'ID': 'NIK', 'Nama': 'NIK', 'Sifat Data': 'Tertutup', 'Data Pribadi': 'Ya' },
                { 'ID': 'STAT', 'Nama': 'Statistik', 'Sifat Data': 'terbuka', 'Data Pribadi': 'tidak', 'Validitas Data': enumLabel('Pemutakhiran', 'realtime', 'id') }
            ]
        });
        const outcome = await importInventory({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], locale: 'en' });
        expect(outcome.problems).toEqual([]);
        const model = (await loadWorkspace(ws)).model();
        const element = (name: string) => model.elements.find(e => e.id === `DISDUKCAPIL.${name}`)!;
        for (const name of ['DC_A', 'DC_B', 'DC_C']) {
            expect(element(name).attributes, name).toMatchObject({ jenis: 'komputasiAwan', kepemilikan: 'milikSendiri' });
        }
        expect(element('DC_D').attributes).toMatchObject({ jenis: 'fasilitasKomputasi', kepemilikan: 'bersama' });
        expect(element('LAY').attributes).toMatchObject({ jenis: 'publik', metode: 'online', pengguna: ['masyarakat', 'badanUsaha', 'asn'] });
        expect(element('NIK').pribadi).toBe(true);
        expect(element('STAT').pribadi).toBeFalsy();
        expect(element('STAT').attributes).toMatchObject({ pemutakhiran: 'realtime' });
        expect(readFileSync(join(ws, 'opd/disdukcapil.spbe'), 'utf-8')).toMatch(/data NIK "NIK" \{[^}]*\n\s+pribadi\n/);
    });

    test('a value that is neither a label nor an identifier is refused, naming the labels', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({
            'Infrastruktur': [{ 'Nama': 'A', 'Jenis Infrastruktur': 'server', 'Kepemilikan': 'pinjam' }],
            'Data': [{ 'Nama': 'B', 'Sifat Data': 'terbuka', 'Data Pribadi': 'mungkin' }]
        });
        const outcome = await importInventory({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], locale: 'id' });
        expect(outcome.written).toBe(false);
        expect(outcome.problems.map(p => [p.sheet, p.header, p.reason, p.value])).toEqual([
            ['Data', 'Data Pribadi', 'bad-enum', 'mungkin'],
            ['Infrastruktur', 'Kepemilikan', 'bad-enum', 'pinjam']
        ]);
        expect(outcome.problems[1].message).toContain('Milik Sendiri, Sewa, Pakai Bersama');
    });
});

/** Every cell text of one sheet of an exported XLSX, by header. */
async function sheetCells(bytes: Uint8Array, sheetName: string): Promise<Array<Record<string, string>>> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(sheetName)!;
    const headers = (sheet.getRow(1).values as unknown[]).map(v => String(v ?? '').replace(/ \*$/, ''));
    const rows: Array<Record<string, string>> = [];
    sheet.eachRow((row, r) => {
        if (r > 1) {
            rows.push(Object.fromEntries(headers.slice(1).map((h, i) => [h, String(row.getCell(i + 1).value ?? '')])));
        }
    });
    return rows;
}

describe('SIA-SPBE columns without a language property survive export → import → export', () => {
    const filled = {
        'Uraian/Deskripsi': 'Aplikasi perizinan daring.\n\nDua paragraf.',
        'Luaran': 'Surat izin elektronik',
        'Pengembang': ' PT Contoh \\ Mitra\nbaris kedua ',
        'Tahun Pembuatan': '2019',
        'Dasar Hukum': 'Perwali 12/2020: Pengembang: bukan kolom'
    };

    test.each(['xlsx', 'csv'] as const)('every filled cell comes back byte for byte (%s)', async format => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({ 'Aplikasi': [{ 'ID': 'SIMPEL', 'Nama': 'Simpel', ...filled }] });
        expect((await importInventory({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], locale: 'en' })).problems).toEqual([]);
        const first = (await loadWorkspace(ws)).model();
        expect(first.elements.find(e => e.id === 'DISDUKCAPIL.SIMPEL')!.deskripsi).toContain('\n\nLuaran: Surat izin elektronik\nPengembang: ');

        // Export, import the export into a fresh copy, export again: the cells never change.
        const exported = await exportInventory(first, format, { csvSeparator: ';' });
        const out = mkdtempSync(join(tmpdir(), 'spbe-lines-'));
        exported.forEach(f => writeFileSync(join(out, f.name), f.content));
        const again = workspaceCopy();
        const second = await importInventory({ files: exported.map(f => join(out, f.name)), workspace: again, opds: ['DISDUKCAPIL'], locale: 'en' });
        expect(second.problems).toEqual([]);
        const reexported = await exportInventory((await loadWorkspace(again)).model(), 'xlsx');
        const row = (await sheetCells(reexported[0].content as Uint8Array, 'Aplikasi')).find(r => r['ID'] === 'SIMPEL')!;
        for (const [header, text] of Object.entries(filled)) {
            expect(row[header], header).toBe(text);
        }
        if (format === 'xlsx') {
            const firstRow = (await sheetCells(exported[0].content as Uint8Array, 'Aplikasi')).find(r => r['ID'] === 'SIMPEL')!;
            expect(firstRow).toEqual(row);
        }
    });
});
