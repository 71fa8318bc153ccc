import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importInventory, loadWorkspace } from 'spbe-server';
import { filledWorkbook, workspaceCopy } from './inventory-fixture.js';

/** Two OPDs' inventories as their PICs would fill them: capitalised choices, empty IDs, cross-OPD references. */
function twoOpds() {
    return filledWorkbook({
        'OPD': [
            { 'Kode OPD': 'DISDUKCAPIL', 'Nama OPD': 'Dinas Kependudukan dan Pencatatan Sipil', 'PIC': 'Kabid PIAK', 'Email': 'disduk@example.go.id' },
            { 'Kode OPD': 'BAPPEDA', 'Nama OPD': 'Badan Perencanaan Pembangunan Daerah', 'PIC': 'Kasubbid Data', 'Peran': 'Koordinatorforumdata' }
        ],
        'Proses Bisnis': [{ 'OPD': 'DISDUKCAPIL', 'Nama': 'Pelayanan Administrasi Kependudukan', 'Kategori': 'Inti' }],
        'Data': [
            { 'OPD': 'DISDUKCAPIL', 'Nama': 'Data Kependudukan Kota', 'Kode Referensi': 'RAD.01.01', 'Sifat Data': 'Terbatas', 'Jenis Data': 'lainnya', 'Wali Data': 'KOMINFO', 'Bagi Pakai': 'BAPPEDA, DINKES' },
            { 'OPD': 'KOMINFO', 'Nama': 'Baris OPD lain: tidak diimpor', 'Sifat Data': 'bukan-nilai' }
        ],
        'Aplikasi': [
            { 'OPD': 'DISDUKCAPIL', 'ID': 'SIAK_LOKAL', 'Nama': 'SIAK Lokal', 'Fungsi': 'sektoral', 'Basis Aplikasi': 'web, mobile', 'Hosting': 'KOMINFO.DC', 'Data yang Digunakan': 'DATA_KEPENDUDUKAN_KOTA', 'Pengguna (OPD)': 'BAPPEDA' },
            { 'OPD': 'BAPPEDA', 'Nama': 'e-Planning', 'Fungsi': 'perencanaan', 'Hosting': 'KOMINFO.DC', 'Data yang Digunakan': 'DISDUKCAPIL.DATA_KEPENDUDUKAN_KOTA', 'Catatan': 'Dipakai untuk Musrenbang.' }
        ],
        'Layanan': [{ 'OPD': 'BAPPEDA', 'Nama': 'Layanan Perencanaan', 'Jenis Layanan': 'administrasi', 'Metode Layanan': 'online', 'Target Layanan': 'asn', 'Aplikasi Pendukung': 'E_PLANNING' }],
        'Infrastruktur': [{ 'OPD': 'BAPPEDA', 'Nama': 'Server Bappeda', 'Jenis Infrastruktur': 'server', 'Klasifikasi Tier': '2', 'Kepemilikan': 'milikSendiri' }],
        'Keamanan': [{ 'OPD': 'DISDUKCAPIL', 'Nama': 'Audit Keamanan SIAK', 'Jenis Keamanan': 'audit', 'Tanggal Kegiatan': '2025-03-01', 'Objek': 'SIAK_LOKAL', 'Hasil': 'Tiga temuan sedang' }],
        'Integrasi': [{ 'OPD': 'DISDUKCAPIL', 'Nama': 'Kirim data ke e-Planning', 'Dari Aplikasi': 'SIAK_LOKAL', 'Ke Aplikasi': 'BAPPEDA.E_PLANNING', 'Data yang Dipertukarkan': 'DATA_KEPENDUDUKAN_KOTA' }]
    });
}

describe('spbe import: a filled workbook for two OPDs', () => {
    test('writes one formatted file per OPD that the workspace accepts without an error', async () => {
        const ws = workspaceCopy();
        const outcome = await importInventory({ files: [await twoOpds()], workspace: ws, opds: ['DISDUKCAPIL', 'BAPPEDA'], locale: 'en' });
        expect(outcome.problems).toEqual([]);
        expect(outcome.written).toBe(true);
        expect(outcome.files.map(f => [f.opd, f.file.slice(ws.length + 1), f.elements])).toEqual([['DISDUKCAPIL', 'opd/disdukcapil.spbe', 5], ['BAPPEDA', 'opd/bappeda.spbe', 3]]);
        const disduk = readFileSync(join(ws, 'opd/disdukcapil.spbe'), 'utf-8');
        expect(disduk).toContain('opd DISDUKCAPIL "Dinas Kependudukan dan Pencatatan Sipil" {\n    pic "Kabid PIAK"\n    email "disduk@example.go.id"\n');
        expect(disduk).toContain('    data DATA_KEPENDUDUKAN_KOTA "Data Kependudukan Kota" {\n        ref RAD.01.01\n        sifat terbatas\n        jenis lainnya\n        walidata KOMINFO\n        bagiPakai BAPPEDA, DINKES\n    }');
        expect(disduk).toContain('integrasi KIRIM_DATA_KE_E_PLANNING "Kirim data ke e-Planning" {\n        dari SIAK_LOKAL\n        ke BAPPEDA.E_PLANNING');
        expect(disduk).not.toContain('status eksisting');
        const bappeda = readFileSync(join(ws, 'opd/bappeda.spbe'), 'utf-8');
        expect(bappeda).toContain('peran koordinatorForumData');
        expect(bappeda).toContain('/** Dipakai untuk Musrenbang. */\n    aplikasi E_PLANNING "e-Planning"');
        const loaded = await loadWorkspace(ws);
        expect(loaded.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        expect(loaded.model().elements.filter(e => e.opd === 'DISDUKCAPIL').map(e => e.id).sort()).toEqual([
            'DISDUKCAPIL.AUDIT_KEAMANAN_SIAK', 'DISDUKCAPIL.DATA_KEPENDUDUKAN_KOTA', 'DISDUKCAPIL.KIRIM_DATA_KE_E_PLANNING',
            'DISDUKCAPIL.PELAYANAN_ADMINISTRASI_KEPENDUDUKAN', 'DISDUKCAPIL.SIAK_LOKAL']);
        // The direct integration between two OPDs is a warning of the workspace: reported, not blocking.
        expect(outcome.notes.map(n => n.code)).toContain('integration-bypasses-splp');
    });

    test('never overwrites an existing file without --force; --dry-run writes nothing', async () => {
        const ws = workspaceCopy();
        const file = await twoOpds();
        const dry = await importInventory({ files: [file], workspace: ws, opds: ['BAPPEDA'], locale: 'en', dryRun: true });
        expect(dry.written).toBe(false);
        expect(existsSync(join(ws, 'opd/bappeda.spbe'))).toBe(false);
        writeFileSync(join(ws, 'opd/bappeda.spbe'), '// catatan lama\n');
        await expect(importInventory({ files: [file], workspace: ws, opds: ['BAPPEDA'], locale: 'en' })).rejects.toThrow(/exists; pass --force/);
        expect(readFileSync(join(ws, 'opd/bappeda.spbe'), 'utf-8')).toBe('// catatan lama\n');
        // BAPPEDA's e-Planning uses DISDUKCAPIL's data: alone it cannot be written, with its provider it can.
        const alone = await importInventory({ files: [file], workspace: ws, opds: ['BAPPEDA'], locale: 'en', force: true });
        expect(alone.written).toBe(false);
        expect(alone.problems.map(p => [p.sheet, p.row, p.column, p.reason, p.value])).toEqual([
            ['Aplikasi', 3, 'K', 'unresolved-reference', 'DISDUKCAPIL.DATA_KEPENDUDUKAN_KOTA'],
            ['Layanan', 2, 'I', 'skipped-reference', 'E_PLANNING']
        ]);
        const forced = await importInventory({ files: [file], workspace: ws, opds: ['BAPPEDA', 'DISDUKCAPIL'], locale: 'en', force: true });
        expect(forced.problems).toEqual([]);
        expect(forced.written).toBe(true);
        expect(readFileSync(join(ws, 'opd/bappeda.spbe'), 'utf-8')).toContain('opd BAPPEDA');
    });

    test('an OPD already declared elsewhere can only be replaced in its own file', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({ 'Infrastruktur': [{ 'OPD': 'KOMINFO', 'Nama': 'Pusat Data Baru', 'Jenis Infrastruktur': 'fasilitasKomputasi' }] });
        await expect(importInventory({ files: [file], workspace: ws, opds: ['KOMINFO'], locale: 'en', output: join(ws, 'opd/lain.spbe'), force: true }))
            .rejects.toThrow(/KOMINFO is already declared in opd\/kominfo\.spbe/);
    });
});
