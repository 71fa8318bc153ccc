import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, spawningTestTimeout } from '../helpers/run-cli.js';
import { filledWorkbook, workspaceCopy } from '../inventory/inventory-fixture.js';

/** `spbe import --dry-run` shows the text it would write, as a unified diff per target file. */
describe('spbe import --dry-run', () => {
    test('an existing OPD file: the diff of the block it would replace; nothing written', async () => {
        const ws = workspaceCopy();
        const before = readFileSync(join(ws, 'opd/kominfo.spbe'), 'utf-8');
        const file = await filledWorkbook({
            'Infrastruktur': [{ 'OPD': 'KOMINFO', 'ID': 'DC', 'Nama': 'Pusat Data', 'Jenis Infrastruktur': 'fasilitasKomputasi' }],
            'Data': [{ 'OPD': 'KOMINFO', 'ID': 'DT_PENDUDUK', 'Nama': 'Data Penduduk', 'Sifat Data': 'terbatas', 'Jenis Data': 'lainnya', 'Wali Data': 'KOMINFO', 'Bagi Pakai': 'DINKES' }],
            'Aplikasi': [
                { 'OPD': 'KOMINFO', 'ID': 'PORTAL', 'Nama': 'Portal Kabupaten Baru', 'Fungsi': 'sektoral', 'Hosting': 'DC', 'Data yang Digunakan': 'DT_PENDUDUK' },
                { 'OPD': 'KOMINFO', 'ID': 'ARSIP_LAMA', 'Nama': 'Arsip Digital', 'Fungsi': 'sektoral', 'Hosting': 'DC' }
            ]
        });
        const r = runCli(['import', file, '--opd', 'KOMINFO', '-w', ws, '--dry-run', '--locale', 'en']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('--- a/opd/kominfo.spbe\n+++ b/opd/kominfo.spbe\n@@ -');
        expect(r.stdout).not.toMatch(/^(Index:|={5,})/m);
        expect(r.stdout).toContain('\n-    aplikasi PORTAL "Portal Kabupaten" {\n');
        expect(r.stdout).toContain('\n+    aplikasi PORTAL "Portal Kabupaten Baru" {\n');
        // Lines the import keeps are context, never removed and added again.
        expect(r.stdout).not.toMatch(/^[-+]\s+aplikasi ARSIP_LAMA/m);
        expect(readFileSync(join(ws, 'opd/kominfo.spbe'), 'utf-8')).toBe(before);

        const json = JSON.parse(runCli(['import', file, '--opd', 'KOMINFO', '-w', ws, '--dry-run', '-f', 'json']).stdout);
        expect(json.diffs).toHaveLength(1);
        expect(json.diffs[0]).toMatchObject({ file: 'opd/kominfo.spbe', created: false });
        expect(json.diffs[0].diff).toContain('+    aplikasi PORTAL "Portal Kabupaten Baru" {');
    }, spawningTestTimeout);

    test('a new file: every line added; a long diff is cut and says so (JSON keeps it whole)', async () => {
        const ws = workspaceCopy();
        const rows = Array.from({ length: 120 }, (_, i) => ({ 'Nama': `Aplikasi Nomor ${i + 1}`, 'Fungsi': 'sektoral', 'Hosting': 'KOMINFO.DC' }));
        const file = await filledWorkbook({ 'Aplikasi': rows });
        const r = runCli(['import', file, '--opd', 'DISDUKCAPIL', '-w', ws, '--dry-run']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('--- /dev/null\n+++ b/opd/disdukcapil.spbe\n@@ -0,0 +1,');
        expect(r.stdout).toContain('+    aplikasi APLIKASI_NOMOR_1 "Aplikasi Nomor 1" {');
        expect(r.stdout).not.toContain('aplikasi APLIKASI_NOMOR_120');
        const cut = /… (\d+) baris diff opd\/disdukcapil\.spbe berikutnya tidak ditampilkan \(300 baris pertama saja\)/.exec(r.stdout);
        expect(cut).not.toBeNull();
        expect(existsSync(join(ws, 'opd/disdukcapil.spbe'))).toBe(false);

        const json = JSON.parse(runCli(['import', file, '--opd', 'DISDUKCAPIL', '-w', ws, '--dry-run', '-f', 'json']).stdout);
        expect(json.diffs[0].created).toBe(true);
        expect(json.diffs[0].lines).toBe(300 + Number(cut![1]));
        expect(json.diffs[0].diff).toContain('+    aplikasi APLIKASI_NOMOR_120 "Aplikasi Nomor 120" {');
        // Written for real, the file is exactly the added side of the diff.
        expect(runCli(['import', file, '--opd', 'DISDUKCAPIL', '-w', ws]).code).toBe(0);
        const added = (json.diffs[0].diff as string).split('\n').filter(l => l.startsWith('+') && !l.startsWith('+++')).map(l => l.slice(1));
        expect(readFileSync(join(ws, 'opd/disdukcapil.spbe'), 'utf-8')).toBe(`${added.join('\n')}\n`);
    }, spawningTestTimeout);

    test('problems that block the import show no diff', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({ 'Aplikasi': [{ 'Nama': 'Aplikasi Keuangan', 'Fungsi': 'keungan' }] });
        const r = runCli(['import', file, '--opd', 'DISDUKCAPIL', '-w', ws, '--dry-run']);
        expect(r.code).toBe(1);
        expect(r.stdout).not.toContain('+++ ');
    }, spawningTestTimeout);
});
