import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportInventory } from 'spbe-generators';
import { importInventory, loadWorkspace } from 'spbe-server';
import { runCli } from '../helpers/run-cli.js';
import { workspaceCopy } from './inventory-fixture.js';

/**
 * A small workbook with an inventory sheet and an ignored sheet; `edit` rewrites the XML of one
 * of its parts, as a hostile or careless file would (the whole file stays a few KB).
 */
async function hostile(part: 'inventory' | 'ignored' | 'workbook', edit: (xml: string) => string): Promise<string> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Aplikasi').addRow(['OPD', 'ID', 'Nama', 'Fungsi']);
    wb.getWorksheet('Aplikasi')!.addRow(['BARU', 'APP_BARU', 'Aplikasi Baru', 'sektoral']);
    wb.addWorksheet('Catatan').addRow(['bebas']);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const name = { inventory: 'xl/worksheets/sheet1.xml', ignored: 'xl/worksheets/sheet2.xml', workbook: 'xl/workbook.xml' }[part];
    zip.file(name, edit(await zip.file(name)!.async('string')));
    const file = join(mkdtempSync(join(tmpdir(), 'spbe-ranges-')), 'inventaris.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    return file;
}

const afterSheetData = (tail: string) => (xml: string) => xml.replace('</sheetData>', `</sheetData>${tail}`);

async function refusedQuickly(file: string, message: RegExp): Promise<void> {
    const rss = process.memoryUsage().rss;
    await expect(importInventory({ files: [file], workspace: workspaceCopy(), opds: ['BARU'], locale: 'en', dryRun: true })).rejects.toThrow(message);
    // Before the check, exceljs built one object per cell of these ranges: gigabytes, then out of memory.
    expect(process.memoryUsage().rss - rss).toBeLessThan(400 * 1024 * 1024);
}

describe('spbe import: ranges exceljs would expand cell by cell are bounded before it loads the workbook', () => {
    test('a merge over the rest of the sheet, on an ignored sheet', async () => {
        const file = await hostile('ignored', afterSheetData('<mergeCells count="1"><mergeCell ref="A1000:XFD1048576"/></mergeCells>'));
        expect(readFileSync(file).length).toBeLessThan(30_000);
        await refusedQuickly(file, /inventaris\.xlsx: the merges, data validations and names of this workbook cover more than 2000000 cells \(up to mergeCell ref="A1000:XFD1048576" in xl\/worksheets\/sheet2\.xml\)/);
    });

    test('a column format for a billion columns', async () => {
        const file = await hostile('inventory', xml => xml.replace(/<cols>.*?<\/cols>/s, '').replace('<sheetData', '<cols><col min="1" max="1000000000" width="10" customWidth="1"/></cols><sheetData'));
        await refusedQuickly(file, /inventaris\.xlsx: xl\/worksheets\/sheet1\.xml holds col min="1" max="1000000000", outside Excel's grid/);
    });

    test('a data validation over the whole sheet, its range written with character references', async () => {
        const file = await hostile('ignored', afterSheetData('<dataValidations count="1"><dataValidation type="whole" sqref="B2 &#65;1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>'));
        await refusedQuickly(file, /more than 2000000 cells \(up to dataValidation sqref="A1:XFD1048576" in xl\/worksheets\/sheet2\.xml\)/);
    });

    test('a worksheet part under a name exceljs still recognizes (a leading slash) is scanned too', async () => {
        const file = await hostile('ignored', afterSheetData('<mergeCells count="1"><mergeCell ref="A1000:XFD1048576"/></mergeCells>'));
        const zip = await JSZip.loadAsync(readFileSync(file));
        const text = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
        zip.remove('xl/worksheets/sheet2.xml');
        zip.file('/xl/worksheets/sheet2.xml', text);
        writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
        expect(Object.keys(zip.files)).toContain('/xl/worksheets/sheet2.xml');
        await refusedQuickly(file, /more than 2000000 cells \(up to mergeCell ref="A1000:XFD1048576" in \/xl\/worksheets\/sheet2\.xml\)/);
    });

    test('many small merges add up; a defined name beyond the grid is refused', async () => {
        const merges = Array.from({ length: 25 }, (_, i) => `<mergeCell ref="${String.fromCharCode(65 + i)}1:${String.fromCharCode(65 + i)}100000"/>`).join('');
        await refusedQuickly(await hostile('ignored', afterSheetData(`<mergeCells count="25">${merges}</mergeCells>`)), /more than 2000000 cells \(up to mergeCell ref="U1:U100000"/);
        await refusedQuickly(await hostile('workbook', xml => xml.replace('</workbook>', '<definedNames><definedName name="semua">Catatan!$A$1:$XFE$2</definedName></definedNames></workbook>')),
            /xl\/workbook\.xml holds definedName Catatan!\$A\$1:\$XFE\$2, outside Excel's grid/);
    });

    test('ordinary ranges pass: a merged title, a whole-column validation, hidden columns to XFD, the export itself', async () => {
        const file = await hostile('ignored', xml => afterSheetData('<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells><dataValidations count="1"><dataValidation type="whole" sqref="A2:A1048576"><formula1>0</formula1></dataValidation></dataValidations>')(xml)
            .replace('<sheetData', '<cols><col min="27" max="16384" hidden="1"/></cols><sheetData'));
        const outcome = await importInventory({ files: [file], workspace: workspaceCopy(), opds: ['BARU'], locale: 'en', dryRun: true });
        expect(outcome.problems).toEqual([]);
        const ws = workspaceCopy();
        const [exported] = await exportInventory((await loadWorkspace(ws)).model(), 'xlsx');
        const round = join(mkdtempSync(join(tmpdir(), 'spbe-ranges-')), 'inventaris.xlsx');
        writeFileSync(round, exported.content);
        await expect(importInventory({ files: [round], workspace: ws, opds: ['KOMINFO'], locale: 'en', dryRun: true })).resolves.toBeDefined();
    });

    test('the CLI: exit 2, the message in Indonesian by default', async () => {
        const file = await hostile('ignored', afterSheetData('<mergeCells count="1"><mergeCell ref="A1000:XFD1048576"/></mergeCells>'));
        const r = runCli(['import', file, '--opd', 'BARU', '-w', workspaceCopy(), '--dry-run']);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^spbe: inventaris\.xlsx: penggabungan sel, validasi data dan nama di workbook ini mencakup lebih dari 2000000 sel/);
    });
});
