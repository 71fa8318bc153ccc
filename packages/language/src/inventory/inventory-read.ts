import type ExcelJSModule from 'exceljs';
import { parse } from 'csv-parse/sync';
import { InventorySheets, OpdSheet } from './inventory-schema.js';
import { inventoryCsvName } from './inventory-csv.js';

/** One cell as read: its text, or that it held a formula (never evaluated, never imported). */
export interface RawCell {
    readonly text: string;
    readonly formula?: boolean;
}

export interface RawTable {
    /** The sheet it fills (`Aplikasi`), recognized by the sheet name or the CSV file name. */
    readonly sheet: string;
    /** File the table came from, for messages. */
    readonly file: string;
    readonly headers: readonly string[];
    /** Data rows with their 1-based row number in the sheet (the header is row 1). */
    readonly rows: ReadonlyArray<{ readonly row: number; readonly cells: readonly RawCell[] }>;
}

const knownSheets = [OpdSheet.sheet, ...InventorySheets.map(s => s.sheet)];

function sheetNamed(name: string): string | undefined {
    const wanted = name.trim().toLowerCase();
    return knownSheets.find(s => s.toLowerCase() === wanted);
}

/** `inventaris-aplikasi.csv`, `Aplikasi.csv` or `kominfo-aplikasi.csv` all fill the Aplikasi sheet. */
export function sheetOfCsvFile(fileName: string): string | undefined {
    const base = fileName.split(/[\\/]/).pop()!.toLowerCase().replace(/\.csv$/, '');
    const slugs = [OpdSheet, ...InventorySheets].map(s => ({ sheet: s.sheet, slug: s.slug }));
    return slugs.find(s => inventoryCsvName(s.slug) === `${base}.csv` || base === s.slug || base.endsWith(`-${s.slug}`))?.sheet
        ?? sheetNamed(base);
}

/** Header text without the required marker and surrounding space. */
export function normalizeHeader(text: string): string {
    return text.replace(/\*\s*$/, '').trim().toLowerCase();
}

function cellText(cell: ExcelJSModule.Cell): RawCell {
    const value = cell.value;
    if (value === null || value === undefined) {
        return { text: '' };
    }
    if (value instanceof Date) {
        return { text: value.toISOString().slice(0, 10) };
    }
    if (typeof value === 'object') {
        if ('formula' in value || 'sharedFormula' in value) {
            return { text: String((value as { result?: unknown }).result ?? ''), formula: true };
        }
        if ('richText' in value) {
            return { text: value.richText.map(r => r.text).join('') };
        }
        if ('text' in value) {
            return { text: String(value.text) };
        }
        if ('error' in value) {
            return { text: String(value.error) };
        }
    }
    return { text: String(value) };
}

/** The inventory sheets of an XLSX workbook; sheets with other names are ignored. */
export async function readInventoryXlsx(file: string, bytes: Uint8Array): Promise<RawTable[]> {
    const ExcelJS = ((await import('exceljs')) as unknown as { default: typeof ExcelJSModule }).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const tables: RawTable[] = [];
    workbook.eachSheet(ws => {
        const sheet = sheetNamed(ws.name);
        if (!sheet) {
            return;
        }
        const width = ws.getRow(1).cellCount;
        const headers = Array.from({ length: width }, (_, i) => cellText(ws.getRow(1).getCell(i + 1)).text);
        const rows: Array<{ row: number; cells: RawCell[] }> = [];
        ws.eachRow((row, number) => {
            if (number === 1) {
                return;
            }
            const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1)));
            if (cells.some(c => c.text.trim() !== '' || c.formula)) {
                rows.push({ row: number, cells });
            }
        });
        tables.push({ sheet, file, headers, rows });
    });
    return tables;
}

/** One CSV (UTF-8, BOM optional, comma or semicolon separated): the sheet comes from the file name. */
export function readInventoryCsv(file: string, text: string): RawTable | undefined {
    const sheet = sheetOfCsvFile(file);
    if (!sheet) {
        return undefined;
    }
    const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    const records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
    const [headers = [], ...data] = records;
    const rows = data.map((cells, i) => ({
        row: i + 2,
        // The exporter guards formula-like cells with an apostrophe; it is not part of the value.
        cells: cells.map(text => ({ text: /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text }))
    })).filter(r => r.cells.some(c => c.text.trim() !== ''));
    return { sheet, file, headers, rows };
}
