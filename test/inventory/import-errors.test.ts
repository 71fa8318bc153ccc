import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { enumValues } from 'spbe-generators';
import { enumLabel } from 'spbe-model';
import { importInventory } from 'spbe-server';
import { filledWorkbook, workspaceCopy } from './inventory-fixture.js';

const where = (p: { sheet: string; row: number; column: string; reason: string; value: string }) => [p.sheet, p.row, p.column, p.reason, p.value];

function spbeFiles(dir: string): string[] {
    return readdirSync(join(dir, 'opd')).sort();
}

describe('spbe import: every problem names its sheet, row, column and value', () => {
    test('each kind of problem, and nothing is written', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({
            'Data': [
                { 'Nama': 'Data Tanpa Sifat' },                                                       // row 2: missing value (E)
                { 'Nama': 'Data Bagi', 'Sifat Data': 'terbuka', 'Bagi Pakai': 'DINAS_X' }            // row 3: unknown OPD (K)
            ],
            'Aplikasi': [
                { 'ID': 'APP_A', 'Nama': 'A', 'Fungsi': 'keungan' },                                  // row 2: bad enum (E)
                { 'ID': 'APP_B', 'Nama': 'B', 'Kode Referensi': 'RAA.99.99' },                       // row 3: unknown code (D)
                { 'ID': '1APP', 'Nama': 'C' },                                                        // row 4: invalid name (B)
                { 'ID': 'APP_D', 'Nama': 'D', 'Hosting': 'DC_TIDAK_ADA' },                            // row 5: unresolved (J)
                { 'ID': 'APP_D', 'Nama': 'D lagi' },                                                   // row 6: duplicate name (B)
                { 'ID': 'APP_E', 'Nama': 'E', 'Hosting': 'KOMINFO.PORTAL' },                          // row 7: wrong kind (J)
                { 'ID': 'APP_F', 'Nama': { formula: 'CONCAT("x","y")', result: 'xy' } },             // row 8: formula (C)
                { 'ID': 'APP_G', 'Nama': 'G', 'Kode Referensi': 'RAD.01.01' }                        // row 9: code of another domain (D)
            ],
            'Infrastruktur': [
                { 'Nama': 'Server', 'Jenis Infrastruktur': 'server', 'Klasifikasi Tier': 'dua' },   // row 2: bad number (G)
                { 'Nama': 'Server Tier 7', 'Jenis Infrastruktur': 'server', 'Klasifikasi Tier': '7' } // row 3: the workspace check: tier outside 1..4
            ],
            'Keamanan': [{ 'Nama': 'Audit', 'Jenis Keamanan': 'audit', 'Tanggal Kegiatan': '2025-02-30' }],   // row 2: bad date (F)
            'Integrasi': [{ 'Nama': 'Int', 'Dari Aplikasi': 'APP_A', 'Ke Aplikasi': 'KOMINFO.PORTAL' }]         // row 2: refers to a row with problems (F)
        });
        const outcome = await importInventory({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], locale: 'en' });
        expect(outcome.written).toBe(false);
        expect(outcome.problems.map(where)).toEqual([
            ['Data', 2, 'E', 'missing-value', ''],
            ['Data', 3, 'K', 'unknown-opd', 'DINAS_X'],
            ['Aplikasi', 2, 'E', 'bad-enum', 'keungan'],
            ['Aplikasi', 3, 'D', 'unknown-code', 'RAA.99.99'],
            ['Aplikasi', 8, 'C', 'formula', 'xy'],
            ['Aplikasi', 9, 'D', 'unknown-code', 'RAD.01.01'],
            ['Infrastruktur', 2, 'G', 'bad-number', 'dua'],
            ['Keamanan', 2, 'F', 'bad-date', '2025-02-30'],
            ['Aplikasi', 4, 'B', 'invalid-name', '1APP'],
            ['Aplikasi', 6, 'B', 'duplicate-name', 'APP_D'],
            ['Aplikasi', 5, 'J', 'unresolved-reference', 'DC_TIDAK_ADA'],
            ['Aplikasi', 7, 'J', 'wrong-kind', 'KOMINFO.PORTAL'],
            ['Integrasi', 2, 'E', 'skipped-reference', 'APP_A']
        ]);
        const messages = Object.fromEntries(outcome.problems.map(p => [p.reason, p.message]));
        // The sheet's words: every fungsi of the grammar by its Indonesian label, in grammar order.
        expect(messages['bad-enum']).toBe(`Unknown value 'keungan'; choose one of: ${enumValues('Fungsi').map(v => enumLabel('Fungsi', v, 'id')).join(', ')}.`);
        expect(messages['bad-enum']).toContain('Pengadaan Barang/Jasa, Kepegawaian');
        expect(messages['duplicate-name']).toBe("ID 'APP_D' is already used in Aplikasi row 5.");
        expect(messages['wrong-kind']).toBe("'KOMINFO.PORTAL' is a aplikasi, not a infrastruktur.");
        expect(spbeFiles(ws)).toEqual(['dinkes.spbe', 'kominfo.spbe']);
    });

    test('with --partial the valid rows are written; the workspace check rejects a tier outside 1..4 on its row', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({
            'Infrastruktur': [
                { 'Nama': 'Server Baik', 'Jenis Infrastruktur': 'server', 'Klasifikasi Tier': '2' },
                { 'Nama': 'Server Tier 7', 'Jenis Infrastruktur': 'server', 'Klasifikasi Tier': '7' }
            ],
            'Aplikasi': [{ 'Nama': 'Aplikasi di Server 7', 'Hosting': 'SERVER_TIER_7' }]
        });
        const strict = await importInventory({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], locale: 'en' });
        expect(strict.written).toBe(false);
        expect(strict.problems.map(p => [p.sheet, p.row, p.reason, p.value])).toEqual([['Infrastruktur', 3, 'validation', 'SERVER_TIER_7']]);
        expect(strict.problems[0].message).toMatch(/tier.*\[invalid-value\]/i);

        const partial = await importInventory({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], locale: 'en', partial: true });
        expect(partial.written).toBe(true);
        expect(partial.files[0].elements).toBe(1);
        expect(readFileSync(join(ws, 'opd/disdukcapil.spbe'), 'utf-8')).toContain('infrastruktur SERVER_BAIK "Server Baik"');
        expect(readFileSync(join(ws, 'opd/disdukcapil.spbe'), 'utf-8')).not.toContain('SERVER_TIER_7');
        expect(partial.problems.map(p => [p.sheet, p.row, p.reason])).toEqual(expect.arrayContaining([['Aplikasi', 2, 'skipped-reference']]));
    });

    test('replacing an OPD whose elements others use: the break in the other file is a problem', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({
            'OPD': [{ 'Kode OPD': 'KOMINFO', 'Nama OPD': 'Dinas Komunikasi dan Informatika', 'PIC': 'PIC Kominfo' }],
            'Infrastruktur': [{ 'OPD': 'KOMINFO', 'ID': 'DC', 'Nama': 'Pusat Data', 'Jenis Infrastruktur': 'fasilitasKomputasi' }]
        });
        const outcome = await importInventory({ files: [file], workspace: ws, opds: ['KOMINFO'], locale: 'en', force: true });
        expect(outcome.written).toBe(false);
        expect(outcome.problems.map(p => p.message)).toEqual([expect.stringMatching(/^opd\/dinkes\.spbe:\d+: .*DT_PENDUDUK.*\[unresolved-reference\]$/)]);
        expect(readFileSync(join(ws, 'opd/kominfo.spbe'), 'utf-8')).toContain('aplikasi PORTAL');
    });

    test('a CSV without a required column', async () => {
        const ws = workspaceCopy();
        const dir = mkdtempSync(join(tmpdir(), 'spbe-inv-csv-'));
        const csv = join(dir, 'inventaris-data.csv');
        writeFileSync(csv, '\uFEFFOPD,ID,Nama\r\nDISDUKCAPIL,DT_X,Data X\r\n');
        const outcome = await importInventory({ files: [csv], workspace: ws, opds: ['DISDUKCAPIL'], locale: 'id' });
        expect(outcome.problems.map(where)).toEqual([['Data', 1, '', 'missing-column', '']]);
        expect(outcome.problems[0].message).toBe("Kolom wajib 'Sifat Data' tidak ada di lembar ini.");
    });
});

describe('spbe import: a refused title cell', () => {
    // A formula in Nama with no ID used to crash the name derivation (exit 3); it is the row's one problem.
    test('a formula in Nama and an empty ID: one formula problem, no crash, nothing written', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({ 'Data': [{ 'Nama': { formula: '1+1', result: '2' }, 'Sifat Data': 'Terbuka' }] });
        const outcome = await importInventory({ files: [file], workspace: ws, opds: ['KOMINFO'], locale: 'en', dryRun: true });
        expect(outcome.problems.map(p => [p.sheet, p.row, p.reason])).toEqual([['Data', 2, 'formula']]);
        expect(outcome.written).toBe(false);
    });
});

describe('spbe import: a cell whose type is not the text the column needs (issue 18 #10)', () => {
    test('a date in Nama and a number past 2^53 in ID are problems in the user language, never imported changed', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({ 'Data': [
            { 'ID': 'DT_TANGGAL', 'Nama': new Date(Date.UTC(2026, 0, 1)), 'Sifat Data': 'Terbuka' },
            { 'ID': 'DT_ANGKA', 'Nama': 12345678901234567890, 'Sifat Data': 'Terbuka' },
            { 'ID': 'DT_KECIL', 'Nama': 2026, 'Sifat Data': 'Terbuka' }
        ] });
        // Excel gives a typed date a date format (the template's text format is replaced), as here.
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
        const dated = workbook.getWorksheet('Data')!.getRow(2).getCell(3);
        dated.style = { ...dated.style, numFmt: 'yyyy-mm-dd' };
        writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
        const outcome = await importInventory({ files: [file], workspace: ws, opds: ['KOMINFO'], locale: 'id', dryRun: true });
        expect(outcome.problems.map(p => [p.sheet, p.row, p.column, p.reason, p.value])).toEqual([
            ['Data', 2, 'C', 'date-cell', '2026-01-01'],
            ['Data', 3, 'C', 'inexact-number', '12345678901234567000']]);
        expect(outcome.problems[0].message).toContain('berformat tanggal');
        expect(outcome.problems[1].message).toContain('ketik nilainya sebagai teks');
        expect(outcome.written).toBe(false);
    });
});
