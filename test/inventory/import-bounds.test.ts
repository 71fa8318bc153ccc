import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importInventory } from 'spbe-server';
import { runCli } from '../helpers/run-cli.js';
import { workspaceCopy } from './inventory-fixture.js';

/** Every file of the workspace with its bytes: a refused import must leave all of them as they were. */
function snapshot(ws: string): Record<string, string> {
    const files: Record<string, string> = {};
    const walk = (dir: string, prefix: string) => readdirSync(dir, { withFileTypes: true }).forEach(e => e.isDirectory()
        ? walk(join(dir, e.name), `${prefix}${e.name}/`)
        : files[`${prefix}${e.name}`] = readFileSync(join(dir, e.name), 'latin1'));
    walk(ws, '');
    return files;
}

function tempFile(name: string, content: Uint8Array | string): string {
    const file = join(mkdtempSync(join(tmpdir(), 'spbe-bounds-')), name);
    writeFileSync(file, content);
    return file;
}

/** Imports `file` for KOMINFO and expects a refusal matching `message`, with the workspace untouched. */
async function refused(file: string, message: RegExp): Promise<void> {
    const ws = workspaceCopy();
    const before = snapshot(ws);
    await expect(importInventory({ files: [file], workspace: ws, opds: ['KOMINFO'], locale: 'en', force: true })).rejects.toThrow(message);
    expect(snapshot(ws)).toEqual(before);
}

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    fill(wb.addWorksheet('Aplikasi'));
    return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Rewrites the central-directory record of `name` to declare `size` inflated bytes (a zip may lie). */
function declareSize(zip: Buffer, name: string, size: number): Buffer {
    const out = Buffer.from(zip);
    for (let i = out.length - 22; i >= 0; i--) {
        if (out.readUInt32LE(i) === 0x02014b50 && out.toString('utf-8', i + 46, i + 46 + out.readUInt16LE(i + 28)) === name) {
            out.writeUInt32LE(size, i + 24);
            return out;
        }
    }
    throw new Error(`no central-directory record for ${name}`);
}

describe('spbe import: an untrusted workbook is bounded before it is read', () => {
    test('a header cell in column XFD: refused at once, naming the sheet and the column (exceljs used to allocate GBs)', async () => {
        const bytes = await workbook(ws => {
            ws.addRow(['OPD', 'Nama', 'Fungsi']);
            ws.getCell('XFD1').value = 'x';
            for (let i = 0; i < 2000; i++) {
                ws.addRow(['KOMINFO', `Aplikasi ${i}`, 'sektoral']);
            }
        });
        // Reading 2000 × 16384 cells would take minutes and GBs: the test's timeout, far above a
        // refusal's cost even on a busy machine, catches that; no wall-clock assertion here.
        await refused(tempFile('inventaris.xlsx', bytes), /inventaris\.xlsx: sheet Aplikasi uses columns up to XFD, above the 256-column limit; delete the cells/);
    }, 180_000);

    test('a stray cell in the last row of Excel (1,048,576) is refused as the sheet\'s extent, not read row by row', async () => {
        const bytes = await workbook(ws => {
            ws.addRow(['OPD', 'Nama']);
            ws.getCell('A1048576').value = 'x';
        });
        await refused(tempFile('inventaris.xlsx', bytes), /inventaris\.xlsx: sheet Aplikasi uses 1048576 rows, above the 250000-row limit; delete the empty rows below the data/);
    });

    test('a stray cell far right of the headers in a data row is ignored, not read as columns', async () => {
        const ws = workspaceCopy();
        const bytes = await workbook(sheet => {
            sheet.addRow(['OPD', 'ID', 'Nama', 'Fungsi']);
            sheet.addRow(['BARU', 'APP_BARU', 'Aplikasi Baru', 'sektoral']);
            sheet.getCell('CZ2').value = 'catatan pribadi';
        });
        const outcome = await importInventory({ files: [tempFile('inventaris.xlsx', bytes)], workspace: ws, opds: ['BARU'], locale: 'en', dryRun: true });
        expect(outcome.problems).toEqual([]);
        expect(outcome.files.map(f => f.elements)).toEqual([1]);
    });

    test('an entry that inflates far beyond its compressed size (a zip bomb) is stopped, even when the zip declares it small', async () => {
        const zip = await JSZip.loadAsync(await workbook(ws => ws.addRow(['OPD', 'Nama'])));
        zip.file('xl/media/bom.bin', new Uint8Array(24 * 1024 * 1024));
        const bomb = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
        expect(bomb.length).toBeLessThan(200_000);
        await refused(tempFile('bom.xlsx', bomb), /bom\.xlsx: the part xl\/media\/bom\.bin inflates to more than 200× its compressed size \(a zip bomb\?\)/);
        await refused(tempFile('bom.xlsx', declareSize(bomb, 'xl/media/bom.bin', 1000)), /inflates to more than 200× its compressed size/);
    });

    test('declared inflated sizes above the limit are refused before inflating anything', async () => {
        const zip = await JSZip.loadAsync(await workbook(ws => ws.addRow(['OPD', 'Nama'])));
        const honest = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
        const lying = declareSize(honest, 'xl/worksheets/sheet1.xml', 0xffff_fff0);
        await refused(tempFile('besar.xlsx', lying), /besar\.xlsx: the workbook inflates to more than 160 MB \(a zip bomb\?\); open it in Excel/);
    });

    test('a file above the size limit is refused from its size on disk, without reading it', async () => {
        const file = tempFile('raksasa.xlsx', '');
        truncateSync(file, 65 * 1024 * 1024);
        await refused(file, /raksasa\.xlsx: the file is 65 MB, above the 64 MB limit for an inventory; split it/);
    });

    test('the CLI: exit 2, the message in Indonesian by default, nothing written', async () => {
        const bytes = await workbook(ws => {
            ws.addRow(['OPD', 'Nama']);
            ws.getCell('XFD1').value = 'x';
        });
        const ws = workspaceCopy();
        const before = snapshot(ws);
        const r = runCli(['import', tempFile('inventaris.xlsx', bytes), '--opd', 'KOMINFO', '-w', ws, '--force']);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe('spbe: inventaris.xlsx: lembar Aplikasi memakai kolom sampai XFD, melebihi batas 256 kolom; hapus sel di luar kolom inventaris lalu simpan ulang.\n');
        expect(snapshot(ws)).toEqual(before);
    });
});

describe('spbe import: a CSV names its encoding and its broken line', () => {
    const text = 'OPD,ID,Nama,Fungsi\r\nBARU,APP_BARU,Aplikasi Baru,sektoral\r\n';
    const utf16 = (s: string, bigEndian: boolean) => {
        const le = Buffer.from(s, 'utf16le');
        return bigEndian ? Buffer.from(le.map((_, i) => le[i ^ 1])) : le;
    };

    test.each([
        ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(text, false)]), /encoded as UTF-16LE; save it again as "CSV UTF-8/],
        ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(text, true)]), /encoded as UTF-16BE; save it again/],
        ['UTF-16LE without BOM', utf16(text, false), /encoded as UTF-16LE \(without BOM\); save it again/],
        ['UTF-16BE without BOM', utf16(text, true), /encoded as UTF-16BE \(without BOM\); save it again/]
    ])('%s: the encoding is named, not "required column missing"', async (_, bytes, message) => {
        await refused(tempFile('inventaris-aplikasi.csv', bytes), message);
    });

    test('Windows-1252 (Excel\'s plain "CSV"): refused at the line of the first non-UTF-8 byte, not silently replaced', async () => {
        const bytes = Buffer.concat([Buffer.from('OPD,ID,Nama,Fungsi\r\nKOMINFO,APP_A,Aplikasi A,sektoral\r\nKOMINFO,APP_B,Aplikasi Caf'), Buffer.from([0xe9]), Buffer.from(',sektoral\r\n')]);
        await refused(tempFile('inventaris-aplikasi.csv', bytes), /inventaris-aplikasi\.csv:3: the CSV file is encoded as not UTF-8 \(byte 0xE9; probably Windows-1252\/ANSI\)/);
    });

    test('an unterminated quote: file:line of the record it opens, not "internal error"', async () => {
        const csv = 'OPD,ID,Nama,Fungsi\nKOMINFO,APP_A,Aplikasi A,sektoral\nKOMINFO,APP_B,"Aplikasi B,sektoral\nKOMINFO,APP_C,Aplikasi C,sektoral\n';
        await refused(tempFile('inventaris-aplikasi.csv', csv), /^inventaris-aplikasi\.csv:3: invalid CSV: a quote opened on this line is never closed; check the quotes/);
        const ws = workspaceCopy();
        const r = runCli(['import', tempFile('inventaris-aplikasi.csv', csv), '--opd', 'KOMINFO', '-w', ws, '--force']);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe('spbe: inventaris-aplikasi.csv:3: CSV tidak sah: tanda kutip yang dibuka pada baris ini tidak pernah ditutup; periksa tanda kutip pada baris ini atau simpan ulang dari Excel.\n');
    });

    test('a stray quote inside a field: its line and csv-parse\'s reason', async () => {
        const csv = 'OPD,ID,Nama,Fungsi\nKOMINFO,APP_A,"Aplikasi" A,sektoral\n';
        await refused(tempFile('inventaris-aplikasi.csv', csv), /^inventaris-aplikasi\.csv:2: invalid CSV: Invalid Closing Quote: got " "/);
    });

    test('a quote opening inside a field (found by fuzzing: it was an internal error)', async () => {
        const csv = 'OPD,ID,Nama,Fungsi\r\n ",BARU\r\nBARU';
        await refused(tempFile('inventaris-aplikasi.csv', csv), /^inventaris-aplikasi\.csv:2: invalid CSV: Invalid Opening Quote: a quote is found on field 0; check the quotes/);
    });

    test('a CSV wider than the column limit is refused', async () => {
        const csv = `OPD,Nama${',x'.repeat(300)}\nKOMINFO,A\n`;
        await refused(tempFile('inventaris-aplikasi.csv', csv), /sheet Aplikasi uses columns up to KP, above the 256-column limit/);
    });

    test('UTF-8 with and without BOM still imports', async () => {
        for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])]) {
            const outcome = await importInventory({ files: [tempFile('inventaris-aplikasi.csv', bytes)], workspace: workspaceCopy(), opds: ['BARU'], locale: 'en', dryRun: true });
            expect(outcome.problems).toEqual([]);
            expect(outcome.files.map(f => f.elements)).toEqual([1]);
        }
    });
});
