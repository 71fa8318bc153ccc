import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inventoryTemplate } from 'spbe-generators';
import { copySources } from '../helpers/copy-sources.mjs';
import { repoRoot } from '../helpers/run-cli.js';

/** A copy of the diff-base workspace (pemda, KOMINFO, DINKES, roadmap) to import into. */
export function workspaceCopy(): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'spbe-inv-')), 'ws');
    copySources(join(repoRoot, 'test/fixtures/diff-base'), dir);
    return dir;
}

export type Cell = string | { formula: string; result?: string } | number | Date;

/** The blank template with rows typed in, as a PIC would fill it: sheet → rows of header → value. */
export async function filledWorkbook(rows: Record<string, Array<Record<string, Cell>>>): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await inventoryTemplate()) as unknown as ArrayBuffer);
    for (const [sheetName, records] of Object.entries(rows)) {
        const sheet = workbook.getWorksheet(sheetName)!;
        const headers = (sheet.getRow(1).values as unknown[]).map(v => String(v ?? '').replace(/ \*$/, ''));
        records.forEach((record, i) => {
            for (const [header, value] of Object.entries(record)) {
                const column = headers.indexOf(header);
                if (column < 1) {
                    throw new Error(`no column ${header} in ${sheetName}`);
                }
                sheet.getRow(i + 2).getCell(column).value = value as ExcelJS.CellValue;
            }
        });
    }
    const file = join(mkdtempSync(join(tmpdir(), 'spbe-inv-xlsx-')), 'inventaris.xlsx');
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    return file;
}
