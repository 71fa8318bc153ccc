import { csvTable, type CsvSeparator } from '../output/csv-table.js';
import type { SheetRows } from './inventory-rows.js';

/** CSV file name of a sheet: `inventaris-aplikasi.csv`; the importer recognizes sheets by it. */
export function inventoryCsvName(slug: string): string {
    return `inventaris-${slug}.csv`;
}

/**
 * One CSV per sheet, UTF-8 with a BOM and CRLF (what Excel expects), fields separated by `separator`.
 * Cells that a spreadsheet would run as a formula get a leading apostrophe; the importer removes it again.
 * `notices` (v2 §6: the example banner, the errors notice) come first, one per row in the first column,
 * above the header; the importer skips them.
 */
export function inventoryCsv(sheets: readonly SheetRows[], separator: CsvSeparator, notices: readonly string[] = []): Array<{ name: string; content: string }> {
    return sheets.map(s => ({
        name: inventoryCsvName(s.slug),
        // Every cell is text (the importer reads text), so the locale's decimal separator does not apply.
        content: csvTable([...notices.map(n => [n]), s.columns.map(c => c.header), ...s.rows], { separator, locale: 'en' })
    }));
}
