import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../generator/escape.js';
import type { SheetRows } from './inventory-rows.js';

/** CSV file name of a sheet: `inventaris-aplikasi.csv`; the importer recognizes sheets by it. */
export function inventoryCsvName(slug: string): string {
    return `inventaris-${slug}.csv`;
}

/**
 * One CSV per sheet, UTF-8 with a BOM and CRLF (what Excel expects). Cells that a spreadsheet would
 * run as a formula get a leading apostrophe; the importer removes it again.
 */
export function inventoryCsv(sheets: readonly SheetRows[]): Array<{ name: string; content: string }> {
    return sheets.map(s => ({
        name: inventoryCsvName(s.slug),
        content: stringify([s.columns.map(c => c.header), ...s.rows.map(r => r.map(neutralizeFormula))], { bom: true, record_delimiter: 'windows' })
    }));
}
