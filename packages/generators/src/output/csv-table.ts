import { stringify } from 'csv-stringify/sync';
import { decimalSeparator, formatPlainNumber, type Locale } from 'spbe-model';
import { neutralizeFormula } from './escape.js';

/** The field separators the CSV outputs offer: Excel with an Indonesian locale splits on `;`. */
export const CsvSeparators = [',', ';'] as const;
export type CsvSeparator = typeof CsvSeparators[number];

/** `;` for Indonesian (Excel's list separator where the decimal separator is a comma), `,` otherwise. */
export function defaultCsvSeparator(locale: Locale): CsvSeparator {
    return decimalSeparator(locale) === ',' ? ';' : ',';
}

/**
 * Reads a separator as the user typed it: the character itself or its name (`comma`, `semicolon`,
 * also `koma`, `titik-koma`). Returns undefined for anything else.
 */
export function parseCsvSeparator(value: string): CsvSeparator | undefined {
    const names: Record<string, CsvSeparator> = { ',': ',', comma: ',', koma: ',', ';': ';', semicolon: ';', 'titik-koma': ';', titikkoma: ';' };
    return names[value.trim().toLowerCase()];
}

export interface CsvOptions {
    readonly separator: CsvSeparator;
    /** Decides the decimal separator of non-integer numbers (`12,5` in Indonesian). */
    readonly locale: Locale;
}

/**
 * One CSV file as Excel expects it: UTF-8 with a BOM, CRLF line ends, the chosen field separator.
 * Text cells a spreadsheet would run as a formula get a leading apostrophe; a cell holding the
 * separator, a quote or a line break is quoted, so a decimal comma never splits a cell either.
 */
export function csvTable(rows: ReadonlyArray<ReadonlyArray<string | number>>, options: CsvOptions): string {
    const cells = rows.map(r => r.map(v => (typeof v === 'number' ? formatPlainNumber(v, options.locale) : neutralizeFormula(v))));
    // csv-stringify quotes a cell holding the record delimiter (CRLF) but not a lone LF or CR, which
    // every reader (Excel, LibreOffice, Python's csv) takes as the end of the row.
    return stringify(cells, { bom: true, delimiter: options.separator, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
