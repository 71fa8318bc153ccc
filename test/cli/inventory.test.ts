import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { filledWorkbook, workspaceCopy } from '../inventory/inventory-fixture.js';

describe('spbe template / import / export inventory', () => {
    test('template writes the workbook; an unknown domain is a usage error', () => {
        const dir = mkdtempSync(join(tmpdir(), 'spbe-tpl-'));
        const r = runCli(['template', '-o', join(dir, 'inventaris.xlsx'), '--domain', 'aplikasi,data']);
        expect(r.code).toBe(0);
        expect(readFileSync(join(dir, 'inventaris.xlsx')).subarray(0, 2).toString()).toBe('PK');
        const bad = runCli(['template', '-o', join(dir, 'x.xlsx'), '--domain', 'aplikasii', '--locale', 'en']);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toMatch(/unknown domain aplikasii/);
    });

    test('import: problems as file [sheet] row, column, value — exit 1, nothing written; JSON the same', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({ 'Aplikasi': [{ 'Nama': 'Aplikasi Keuangan', 'Fungsi': 'keungan' }] });
        const r = runCli(['import', file, '--opd', 'DISDUKCAPIL', '-w', ws, '--locale', 'en']);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain("inventaris.xlsx [Aplikasi] row 2, column E (Fungsi): Unknown value 'keungan'; choose one of: perencanaan");
        expect(r.stdout).toContain('nothing was written');
        expect(existsSync(join(ws, 'opd/disdukcapil.spbe'))).toBe(false);
        const json = JSON.parse(runCli(['import', file, '--opd', 'DISDUKCAPIL', '-w', ws, '-f', 'json']).stdout);
        expect(json.written).toBe(false);
        expect(json.problems[0]).toMatchObject({ file: 'inventaris.xlsx', sheet: 'Aplikasi', row: 2, column: 'E', header: 'Fungsi', value: 'keungan', reason: 'bad-enum' });
    });

    test('import writes the file, refuses to overwrite without --force; export inventory writes xlsx and csv', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({ 'Aplikasi': [{ 'Nama': 'Aplikasi Keuangan', 'Fungsi': 'keuangan', 'Hosting': 'KOMINFO.DC' }] });
        const r = runCli(['import', file, '--opd', 'DISDUKCAPIL', '-w', ws]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(readFileSync(join(ws, 'opd/disdukcapil.spbe'), 'utf-8')).toContain('aplikasi APLIKASI_KEUANGAN "Aplikasi Keuangan" {');
        const again = runCli(['import', file, '--opd', 'DISDUKCAPIL', '-w', ws]);
        expect(again.code).toBe(2);
        expect(again.stderr).toMatch(/exists; pass --force/);
        expect(runCli(['import', file, '--opd', 'DISDUKCAPIL', '-w', ws, '--force']).code).toBe(0);
        expect(runCli(['validate', ws]).stdout).not.toMatch(/ galat /);

        const out = join(ws, '..', 'ekspor');
        const e = runCli(['export', 'inventory', ws, '-f', 'xlsx,csv', '-o', out]);
        expect(e.code).toBe(0);
        expect(e.stdout.split('\n').filter(Boolean).map(l => l.split('/').pop())).toEqual(['inventaris.xlsx', 'inventaris-opd.csv', 'inventaris-proses-bisnis.csv',
            'inventaris-layanan.csv', 'inventaris-data.csv', 'inventaris-aplikasi.csv', 'inventaris-infrastruktur.csv', 'inventaris-keamanan.csv', 'inventaris-integrasi.csv']);
        expect(readFileSync(join(out, 'inventaris-aplikasi.csv'), 'utf-8')).toContain('DISDUKCAPIL;APLIKASI_KEUANGAN;Aplikasi Keuangan;;keuangan');
    });

    test('a file that is not an inventory is a clear usage error', () => {
        const dir = mkdtempSync(join(tmpdir(), 'spbe-inv-bad-'));
        writeFileSync(join(dir, 'rusak.xlsx'), 'bukan zip');
        const r = runCli(['import', join(dir, 'rusak.xlsx'), '--opd', 'X', '-w', workspaceCopy()]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/rusak\.xlsx: bukan workbook XLSX yang dapat dibaca .*; simpan ulang sebagai "Excel Workbook \(\.xlsx\)"/);
        const en = runCli(['import', join(dir, 'rusak.xlsx'), '--opd', 'X', '-w', workspaceCopy(), '--locale', 'en']);
        expect(en.stderr).toMatch(/rusak\.xlsx: not a readable XLSX workbook/);
        expect(runCli(['import', join(dir, 'rusak.xlsx')]).stderr).toMatch(/--opd KODE/);
    });
});
