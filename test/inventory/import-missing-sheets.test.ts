import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importInventory, loadWorkspace } from 'spbe-server';
import { runCli } from '../helpers/run-cli.js';
import { filledWorkbook, workspaceCopy } from './inventory-fixture.js';

function csv(name: string, text: string): string {
    const file = join(mkdtempSync(join(tmpdir(), 'spbe-missing-')), name);
    writeFileSync(file, text);
    return file;
}

async function kominfoIds(ws: string): Promise<string[]> {
    return (await loadWorkspace(ws)).model().elements.filter(e => e.opd === 'KOMINFO').map(e => e.id).sort();
}

describe('spbe import: a sheet that is not in the files keeps the OPD\'s elements of that domain', () => {
    test('only the OPD sheet (CSV): every element stays, the OPD\'s PIC changes, the output says what was kept', async () => {
        const ws = workspaceCopy();
        const before = await kominfoIds(ws);
        expect(before).toHaveLength(4);
        const r = runCli(['import', csv('inventaris-opd.csv', 'Kode OPD,Nama OPD,PIC\r\nKOMINFO,Dinas Komunikasi dan Informatika,PIC Baru\r\n'), '--opd', 'KOMINFO', '-w', ws, '--force']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('opd/kominfo.spbe: 4 elemen (OPD KOMINFO) — ditulis');
        expect(r.stdout).toContain('OPD KOMINFO: lembar Aplikasi tidak ada di berkas impor; 2 elemen yang ada dipertahankan.');
        expect(await kominfoIds(ws)).toEqual(before);
        const written = readFileSync(join(ws, 'opd/kominfo.spbe'), 'utf-8');
        expect(written).toContain('pic "PIC Baru"');
        // The CSV has no Peran column: the OPD keeps its roles (an empty Peran cell would clear them).
        expect(written).toContain('peran walidata, pengelolaPusatData');
    });

    test('one domain sheet (CSV) replaces that domain only', async () => {
        const ws = workspaceCopy();
        const outcome = await importInventory({
            files: [csv('inventaris-aplikasi.csv', 'OPD,ID,Nama,Fungsi,Hosting\r\nKOMINFO,PORTAL,Portal Kabupaten,sektoral,DC\r\n')],
            workspace: ws, opds: ['KOMINFO'], locale: 'en', force: true
        });
        expect(outcome.problems).toEqual([]);
        expect(outcome.kept.map(k => `${k.sheet} ${k.elements}`)).toEqual(['Data 1', 'Infrastruktur 1']);
        expect(await kominfoIds(ws)).toEqual(['KOMINFO.DC', 'KOMINFO.DT_PENDUDUK', 'KOMINFO.PORTAL']);
    });

    test('a workbook without a domain sheet keeps that domain too; a sheet present but empty of the OPD\'s rows empties its domain', async () => {
        const ws = workspaceCopy();
        // The template has every sheet: Aplikasi is present with no KOMINFO rows, so its two applications go.
        const full = await filledWorkbook({ Infrastruktur: [{ OPD: 'KOMINFO', ID: 'DC', Nama: 'Pusat Data', 'Jenis Infrastruktur': 'fasilitasKomputasi' }], Data: [{ OPD: 'KOMINFO', ID: 'DT_PENDUDUK', Nama: 'Data Penduduk', 'Sifat Data': 'terbatas', 'Jenis Data': 'lainnya', 'Wali Data': 'KOMINFO', 'Bagi Pakai': 'DINKES' }] });
        const outcome = await importInventory({ files: [full], workspace: ws, opds: ['KOMINFO'], locale: 'en', dryRun: true });
        expect(outcome.kept).toEqual([]);
        expect(outcome.files[0].elements).toBe(2);

        const book = new ExcelJS.Workbook();
        book.addWorksheet('Aplikasi').addRows([['OPD', 'ID', 'Nama', 'Fungsi', 'Hosting'], ['KOMINFO', 'PORTAL', 'Portal Kabupaten', 'sektoral', 'DC']]);
        const partial = csv('inventaris.xlsx', '');
        writeFileSync(partial, Buffer.from(await book.xlsx.writeBuffer()));
        const only = await importInventory({ files: [partial], workspace: ws, opds: ['KOMINFO'], locale: 'en', dryRun: true });
        expect(only.problems).toEqual([]);
        expect(only.kept.map(k => k.sheet)).toEqual(['Data', 'Infrastruktur']);
        expect(only.files[0].elements).toBe(3);
    });
});
