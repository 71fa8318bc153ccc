import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importInventory } from 'spbe-server';
import { runCli } from '../helpers/run-cli.js';
import { filledWorkbook, workspaceCopy } from './inventory-fixture.js';

function csv(name: string, text: string): string {
    const file = join(mkdtempSync(join(tmpdir(), 'spbe-opd-sheet-')), name);
    writeFileSync(file, text);
    return file;
}

describe('spbe import: the OPD sheet is checked like the domain sheets', () => {
    test('formulas in the OPD sheet are refused on their cells, not imported as their cached values', async () => {
        const file = await filledWorkbook({
            OPD: [{ 'Kode OPD': 'BARU', 'Nama OPD': { formula: 'HYPERLINK("http://x","Dinas Baru")', result: 'Dinas Baru' }, PIC: { formula: 'A1', result: 'Kode OPD' }, Email: { formula: 'CONCAT("a","b")', result: 'ab' } }],
            Aplikasi: [{ OPD: 'BARU', ID: 'APP', Nama: 'Aplikasi', Fungsi: 'sektoral' }]
        });
        const outcome = await importInventory({ files: [file], workspace: workspaceCopy(), opds: ['BARU'], locale: 'en', dryRun: true });
        expect(outcome.problems.map(p => `${p.sheet} ${p.row} ${p.column} ${p.header} ${p.reason}`)).toEqual([
            'OPD 2 B Nama OPD formula', 'OPD 2 C PIC formula', 'OPD 2 D Email formula'
        ]);
    });

    test.each(['opd', 'a.b', 'ÉTAT', '../../evil', '1OPD'])('an invalid OPD code %j is a problem of its row and column (exit 1), not an internal failure', async code => {
        const ws = workspaceCopy();
        const file = csv('inventaris-opd.csv', `Kode OPD,Nama OPD\r\n${code},Dinas\r\n`);
        const outcome = await importInventory({ files: [file], workspace: ws, opds: [code], locale: 'en', force: true, partial: true });
        expect(outcome.written).toBe(false);
        expect(outcome.problems.map(p => `${p.sheet} ${p.row} ${p.column} ${p.header} ${p.reason}`)).toEqual(['OPD 2 A Kode OPD invalid-opd']);
        const r = runCli(['import', file, '--all', '-w', ws, '--force']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(1);
        expect(r.stdout).toContain(`inventaris-opd.csv [OPD] baris 2, kolom A (Kode OPD): Kode OPD '${code}' tidak sah:`);
    });

    test('an invalid OPD code in a domain row or on the command line only', async () => {
        const file = csv('inventaris-aplikasi.csv', 'OPD,ID,Nama,Fungsi\r\na.b,APP,Aplikasi,sektoral\r\n');
        const outcome = await importInventory({ files: [file], workspace: workspaceCopy(), opds: ['a.b'], locale: 'en', dryRun: true });
        expect(outcome.problems.map(p => `${p.sheet} ${p.row} ${p.column} ${p.header} ${p.reason}`)).toEqual(['Aplikasi 2 A OPD invalid-opd']);
        const other = await importInventory({ files: [file], workspace: workspaceCopy(), opds: ['opd'], locale: 'en', dryRun: true });
        expect(other.problems.map(p => `${p.row} ${p.reason} ${p.message}`)).toEqual(["0 invalid-opd OPD code 'opd' is not valid: a keyword of the .spbe language."]);
    });
});
