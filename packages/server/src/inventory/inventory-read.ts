import type ExcelJSModule from 'exceljs';
import { CsvError, parse } from 'csv-parse/sync';
import type { Locale } from 'spbe-model';
import { countLines } from './csv-encoding.js';
import { InventoryLimits, inventoryInputError } from './input-limits.js';
import { columnLetter, InventorySheets, OpdSheet } from 'spbe-generators';
import { inventoryCsvName } from 'spbe-generators';
import { isDocumentNotice, maxOf } from 'spbe-model';
import { unneutralizeFormula } from 'spbe-generators';
import { importDetail } from './import-messages.js';

/** One cell as read: its text, or that it held a formula (never evaluated, never imported). */
export interface RawCell {
    readonly text: string;
    readonly formula?: boolean;
    /**
     * A cell whose type is not text the import can take as written: a date (its ISO day as text), or
     * a number past 2^53 that the file already holds rounded. Reported unless the column takes dates.
     */
    readonly cellType?: 'date' | 'inexact-number';
}

/** A number format that shows a date (`yyyy-mm-dd`, `d/m/yy`): quoted text and `[...]` sections aside, it has a day or year token. */
function isDateFormat(format: string | undefined): boolean {
    return format !== undefined && /[dy]/i.test(format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ''));
}

export interface RawTable {
    /** The sheet it fills (`Aplikasi`), recognized by the sheet name or the CSV file name. */
    readonly sheet: string;
    /** File the table came from, for messages. */
    readonly file: string;
    readonly headers: readonly string[];
    /** Data rows with their 1-based row number in the sheet (the header is row 1, or the first row after the notices). */
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
        // A serial past the calendar's range is an invalid Date: still a date cell, never a crash.
        return { text: Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10), cellType: 'date' };
    }
    if (typeof value === 'number') {
        if (isDateFormat(cell.numFmt)) {
            return { text: String(value), cellType: 'date' };
        }
        // Past 2^53 the file holds a rounded double: the digits typed are already lost.
        return Math.abs(value) > Number.MAX_SAFE_INTEGER ? { text: String(value), cellType: 'inexact-number' } : { text: String(value) };
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

/**
 * The inventory sheets of an XLSX workbook; sheets with other names are ignored. The caller has
 * bounded the workbook's sizes (node/workbook-guard); here each sheet's extent is checked before its
 * rows are read, and only the cells that exist are visited, so a stray cell in column XFD costs
 * one cell, not 16,384 per row.
 *
 * @throws InventoryInputError (`columns`, `rows`) naming the sheet and the extent.
 */
export async function readInventoryXlsx(file: string, bytes: Uint8Array, locale: Locale = 'id'): Promise<RawTable[]> {
    const ExcelJS = ((await import('exceljs')) as unknown as { default: typeof ExcelJSModule }).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const tables: RawTable[] = [];
    workbook.eachSheet(ws => {
        const sheet = sheetNamed(ws.name);
        if (!sheet) {
            return;
        }
        if (ws.columnCount > InventoryLimits.columns) {
            throw inventoryInputError(file, 'columns', { sheet: ws.name, cell: columnLetter(ws.columnCount - 1) }, locale);
        }
        if (ws.rowCount > InventoryLimits.rows) {
            throw inventoryInputError(file, 'rows', { sheet: ws.name, actual: ws.rowCount }, locale);
        }
        const present = (row: ExcelJSModule.Row): Map<number, RawCell> => {
            const cells = new Map<number, RawCell>();
            row.eachCell({ includeEmpty: false }, (cell, column) => cells.set(column, cellText(cell)));
            return cells;
        };
        // An export of an example workspace (or one with errors) has its notices above the header (v2 §6).
        let headerRow = 1;
        while (headerRow <= ws.rowCount && isNoticeRow([...present(ws.getRow(headerRow)).values()].map(c => c.text))) {
            headerRow++;
        }
        const headerCells = present(ws.getRow(headerRow));
        // The table is as wide as its last header; cells to the right of it belong to no column.
        const width = Math.max(0, maxOf([...headerCells].filter(([, c]) => c.text.trim() !== '').map(([column]) => column)));
        const widthOf = (cells: Map<number, RawCell>) => Array.from({ length: width }, (_, i) => cells.get(i + 1) ?? { text: '' });
        const headers = widthOf(headerCells).map(c => c.text);
        const rows: Array<{ row: number; cells: RawCell[] }> = [];
        ws.eachRow((row, number) => {
            if (number <= headerRow) {
                return;
            }
            const cells = widthOf(present(row));
            if (cells.some(c => c.text.trim() !== '' || c.formula)) {
                rows.push({ row: number, cells });
            }
        });
        tables.push({ sheet, file, headers, rows });
    });
    return tables;
}

/**
 * One CSV (already decoded from UTF-8, BOM optional; comma or semicolon separated): the sheet comes
 * from the file name.
 *
 * @throws InventoryInputError `csv-syntax` with the line where the broken record starts (an
 * unterminated quote, a stray quote), `columns` or `rows` when the table exceeds the limits.
 */
export function readInventoryCsv(file: string, text: string, locale: Locale = 'id'): RawTable | undefined {
    const sheet = sheetOfCsvFile(file);
    if (!sheet) {
        return undefined;
    }
    // The separator is read from the header, not from the notices above it (which may hold either).
    const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/).find(line => !isNoticeRow([line.replace(/^"|"$/g, '').replace(/""/g, '"')])) ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    let records: string[][];
    try {
        records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
    } catch (error) {
        throw csvSyntaxError(file, text, error as CsvError, locale);
    }
    if (records.length > InventoryLimits.rows) {
        throw inventoryInputError(file, 'rows', { sheet, actual: records.length }, locale);
    }
    const widest = records.reduce((max, r) => Math.max(max, r.length), 0);
    if (widest > InventoryLimits.columns) {
        throw inventoryInputError(file, 'columns', { sheet, cell: columnLetter(widest - 1) }, locale);
    }
    const notices = records.findIndex(r => !isNoticeRow(r));
    const skipped = notices < 0 ? records.length : notices;
    const [headers = [], ...data] = records.slice(skipped);
    const rows = data.map((cells, i) => ({
        row: skipped + i + 2,
        // The exporter guards formula-like cells with one apostrophe; it is not part of the value.
        cells: cells.map(text => ({ text: unneutralizeFormula(text) }))
    })).filter(r => r.cells.some(c => c.text.trim() !== ''));
    return { sheet, file, headers, rows };
}

/** A row holding only a document notice (the example banner, the `--allow-errors` notice) in its first cell. */
function isNoticeRow(cells: readonly string[]): boolean {
    const filled = cells.filter(c => c.trim() !== '');
    return filled.length === 1 && cells[0] === filled[0] && isDocumentNotice(filled[0]);
}

/** csv-parse's error with the line a person should look at: where the broken record begins. */
function csvSyntaxError(file: string, text: string, error: CsvError, locale: Locale): Error {
    // Every csv-parse error is about the text (its codes are `CSV_…` and `INVALID_OPENING_QUOTE`).
    if (!(error instanceof CsvError)) {
        return error;
    }
    // `bytes_records` ends the last complete record: the broken one starts on the next line.
    const consumed = new TextEncoder().encode(text).subarray(0, Number(error.bytes_records ?? 0));
    const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? countLines(consumed, consumed.length) : Number(error.lines ?? countLines(consumed, consumed.length));
    const detail = error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? importDetail('quoteNotClosed', locale)
        : error.message.replace(/ at line \d+.*$/s, '');
    return inventoryInputError(file, 'csv-syntax', { detail }, locale, line);
}
