import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ImportCheckError, importInventory, WorkspaceLoadError } from 'spbe-server';
import { workspaceCopy } from '../inventory/inventory-fixture.js';

/**
 * Whatever bytes arrive as an inventory, `spbe import` answers with a result or a refusal a user can
 * read (WorkspaceLoadError: exit 2; ImportCheckError: exit 3), never with another exception (which
 * the CLI would print as "internal error" with a stack trace).
 */
async function answer(name: string, bytes: Uint8Array, ws: string): Promise<'result' | 'refused'> {
    const file = join(mkdtempSync(join(tmpdir(), 'spbe-import-fuzz-')), name);
    writeFileSync(file, bytes);
    try {
        await importInventory({ files: [file], workspace: ws, opds: ['BARU'], locale: 'en', dryRun: true });
        return 'result';
    } catch (error) {
        if (!(error instanceof WorkspaceLoadError || error instanceof ImportCheckError)) {
            throw new Error(`${name}: not a readable refusal: ${(error as Error).stack}`);
        }
        expect((error as Error).message).not.toMatch(/\n\s+at /);
        return 'refused';
    }
}

const cell = fc.oneof(
    fc.constantFrom('BARU', 'APP_1', 'Aplikasi', 'sektoral', '"', '""', '"a,b"', '=1+1', ';', '\r', '\n', '\t', '\u0000', 'é', '\uFEFF', '🙂'),
    fc.string({ maxLength: 12 })
);
const csvText = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 })
    .map(rows => ['OPD,ID,Nama,Fungsi', ...rows.map(r => r.join(','))].join('\r\n'));
const encodings = fc.constantFrom('utf8', 'utf16le', 'latin1', 'utf8-bom', 'utf16be-bom') as fc.Arbitrary<string>;

function encode(text: string, encoding: string): Uint8Array {
    switch (encoding) {
        case 'utf8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
        case 'utf16be-bom': { const le = Buffer.from(text, 'utf16le'); return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le.map((_, i) => le[i ^ 1]))]); }
        default: return Buffer.from(text, encoding as BufferEncoding);
    }
}

describe('fuzz: hostile inventory bytes get a result or a readable refusal', () => {
    const ws = workspaceCopy();

    test('CSV: random cells, quotes, control characters, encodings', async () => {
        await fc.assert(fc.asyncProperty(csvText, encodings, async (text, encoding) => {
            await answer('inventaris-aplikasi.csv', encode(text, encoding), ws);
        }), { numRuns: 40 });
    });

    test('XLSX: a valid workbook with bytes flipped, cut or appended', async () => {
        const wb = new ExcelJS.Workbook();
        const sheet = wb.addWorksheet('Aplikasi');
        sheet.addRow(['OPD', 'ID', 'Nama', 'Fungsi']);
        sheet.addRow(['BARU', 'APP_1', 'Aplikasi', 'sektoral']);
        const valid = new Uint8Array(await wb.xlsx.writeBuffer());
        const mutation = fc.oneof(
            fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map(flips => {
                const bytes = valid.slice();
                flips.forEach(([at, value]) => { bytes[at] = value; });
                return bytes;
            }),
            fc.nat(valid.length - 1).map(end => valid.slice(0, end)),
            fc.uint8Array({ maxLength: 64 }).map(tail => new Uint8Array([...valid, ...tail]))
        );
        await fc.assert(fc.asyncProperty(mutation, async bytes => {
            await answer('inventaris.xlsx', bytes, ws);
        }), { numRuns: 40 });
    });
});
