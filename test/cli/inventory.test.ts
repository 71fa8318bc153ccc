import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { copySources } from '../helpers/copy-sources.mjs';
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
        expect(r.stdout).toContain("inventaris.xlsx [Aplikasi] row 2, column E (Fungsi): Unknown value 'keungan'; choose one of: Perencanaan, Penganggaran");
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
        expect(again.stderr).toMatch(/sudah ada; beri --force untuk mengganti blok OPD DISDUKCAPIL/);
        expect(runCli(['import', file, '--opd', 'DISDUKCAPIL', '-w', ws, '--force']).code).toBe(0);
        expect(runCli(['validate', ws]).stdout).not.toMatch(/ galat /);

        const out = join(ws, '..', 'ekspor');
        const e = runCli(['export', 'inventory', ws, '-f', 'xlsx,csv', '-o', out]);
        expect(e.code).toBe(0);
        expect(e.stdout.split('\n').filter(Boolean).map(l => l.split('/').pop())).toEqual(['inventaris.xlsx', 'inventaris-opd.csv', 'inventaris-proses-bisnis.csv',
            'inventaris-layanan.csv', 'inventaris-data.csv', 'inventaris-aplikasi.csv', 'inventaris-infrastruktur.csv', 'inventaris-keamanan.csv', 'inventaris-integrasi.csv']);
        expect(readFileSync(join(out, 'inventaris-aplikasi.csv'), 'utf-8')).toContain('DISDUKCAPIL;APLIKASI_KEUANGAN;Aplikasi Keuangan;;Keuangan');
    });

    test('import speaks the chosen language in every refusal, without errno text or an empty sheet reference', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({ 'Aplikasi': [{ 'OPD': 'DISDUKCAPIL', 'Nama': 'Aplikasi Keuangan', 'Fungsi': 'keuangan', 'Hosting': 'KOMINFO.DC' }] });
        const cases: Array<{ args: string[]; id: RegExp; en: RegExp; code: number }> = [
            {
                args: ['import', 'nothere.xlsx', '--opd', 'DISDUKCAPIL', '-w', ws], code: 2,
                id: /^spbe: Tidak dapat membaca nothere\.xlsx: berkas tidak ada\n$/, en: /^spbe: Cannot read nothere\.xlsx: file not found\n$/
            },
            {
                args: ['import', file, '--opd', 'DINKES', '-w', ws, '-o', join(ws, 'opd/baru.spbe')], code: 2,
                id: /^spbe: OPD DINKES sudah dideklarasikan di .*dinkes\.spbe; impor ke berkas itu \(dengan --force\) atau hapus dulu deklarasinya\n$/,
                en: /^spbe: OPD DINKES is already declared in .*dinkes\.spbe; import into that file \(with --force\) or remove it first\n$/
            },
            {
                args: ['import', file, '--opd', 'KOMINFO', '-w', ws], code: 2,
                id: /^spbe: .*kominfo\.spbe sudah ada; beri --force untuk mengganti blok OPD KOMINFO di dalamnya \(isi lain berkas tetap\)\n$/,
                en: /^spbe: .*kominfo\.spbe exists; pass --force to replace OPD KOMINFO's block in it \(the rest of the file is kept\)\n$/
            },
            {
                args: ['import', file, '--opd', 'DISDUKCAPIL', '-w', ws, '-o', join(ws, '..', 'luar.spbe')], code: 2,
                id: /^spbe: .*luar\.spbe berada di luar ruang kerja /, en: /^spbe: .*luar\.spbe is outside the workspace /
            }
        ];
        for (const c of cases) {
            const id = runCli(c.args);
            expect([id.code, id.stderr]).toEqual([c.code, expect.stringMatching(c.id)]);
            expect(id.stderr).not.toMatch(/ENOENT|errno|stat '/);
            const en = runCli([...c.args, '--locale', 'en']);
            expect([en.code, en.stderr]).toEqual([c.code, expect.stringMatching(c.en)]);
        }
        // A problem of the whole file has no sheet: no empty `[]` before the message.
        const nope = runCli(['import', file, '--opd', 'NOPE', '-w', ws]);
        expect(nope.code).toBe(1);
        expect(nope.stdout).toContain('inventaris.xlsx: Tidak ada baris untuk OPD NOPE di berkas ini.');
        expect(nope.stdout).not.toContain('[]');
        expect(existsSync(join(ws, 'opd/nope.spbe'))).toBe(false);
    });

    test('import --dry-run: findings in unchanged files name their real lines; findings in new text say so', () => {
        const dir = mkdtempSync(join(tmpdir(), 'spbe-inv-lines-'));
        const ws = copySources(join(repoRoot, 'examples/kota-kediri'), join(dir, 'ws'));
        expect(runCli(['export', 'inventory', ws, '-o', join(dir, 'out')]).code).toBe(0);
        const workbook = join(dir, 'out', 'inventaris.xlsx');
        const validated = runCli(['validate', ws]).stdout;
        const finding = /opd\/dinkes\.spbe:\d+:\d+ .*SIMPUS_TERPADU/;
        const real = validated.match(finding)![0].match(/dinkes\.spbe:\d+:\d+/)![0];
        const unchanged = runCli(['import', workbook, '--opd', 'DINKES', '-w', ws, '--dry-run']);
        expect(unchanged.code).toBe(0);
        expect(unchanged.stdout).toContain('tidak berubah, tidak ditulis ulang');
        expect(unchanged.stdout.match(finding)![0]).toContain(real);
        expect(unchanged.stdout).not.toMatch(/belum ada di disk/);

        // DINKES's name differs from the inventory's: the import would rewrite its file, so the finding lies in text not yet written.
        const dinkes = join(ws, 'opd/dinkes.spbe');
        writeFileSync(dinkes, readFileSync(dinkes, 'utf-8').replace('opd DINKES "Dinas Kesehatan"', 'opd DINKES "Dinkes"'));
        const changed = runCli(['import', workbook, '--opd', 'DINKES', '-w', ws, '--dry-run']);
        expect(changed.code).toBe(0);
        expect(changed.stdout).toMatch(finding);
        expect(changed.stdout).toMatch(/Temuan di opd\/dinkes\.spbe merujuk ke baris teks yang akan ditulis impor \(belum ada di disk\)\./);
        const en = runCli(['import', workbook, '--opd', 'DINKES', '-w', ws, '--dry-run', '--locale', 'en']);
        expect(en.stdout).toMatch(/Findings in opd\/dinkes\.spbe refer to lines of the text the import would write \(not on disk yet\)\./);
        const json = JSON.parse(runCli(['import', workbook, '--opd', 'DINKES', '-w', ws, '--dry-run', '-f', 'json']).stdout);
        expect(json.notes.find((d: { code: string }) => d.code === 'planned-element-not-realized')).toMatchObject({ file: 'opd/dinkes.spbe', unwrittenText: true });
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

    test('--opd with --all is refused (exit 2), nothing read or written', () => {
        const workspace = workspaceCopy();
        const r = runCli(['import', join(workspace, 'inv.xlsx'), '--opd', 'DINKES', '--all', '-w', workspace]);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe('spbe: --opd DINKES dan --all tidak dapat dipakai bersamaan; pilih salah satu\n');
        const en = runCli(['import', join(workspace, 'inv.xlsx'), '--all', '--opd', 'DINKES', '-w', workspace, '--locale', 'en']);
        expect(en.code).toBe(2);
        expect(en.stderr).toContain('--opd DINKES and --all cannot be used together; choose one');
    });
});
