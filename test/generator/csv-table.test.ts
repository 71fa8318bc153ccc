import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { csvTable, defaultCsvSeparator, parseCsvSeparator } from 'spbe-generators';

const read = (csv: string, delimiter: string) => parse(csv.replace(/^\uFEFF/, ''), { delimiter }) as string[][];

describe('CSV tables', () => {
    test('a cell with a lone line break (LF or CR) is quoted, so the row stays one row', () => {
        const csv = csvTable([['Judul\nBaris dua', 'AP.1\rX', 'biasa'], ['a', 'b', 'c']], { separator: ';', locale: 'id' });
        expect(csv).toContain('"Judul\nBaris dua";"AP.1\rX";biasa\r\n');
        // Split as a line-oriented reader would: only CRLF outside quotes ends a row.
        expect(read(csv, ';')).toEqual([['Judul\nBaris dua', 'AP.1\rX', 'biasa'], ['a', 'b', 'c']]);
    });

    test('the separator follows the locale unless chosen; names and characters are accepted', () => {
        expect(defaultCsvSeparator('id')).toBe(';');
        expect(defaultCsvSeparator('en')).toBe(',');
        expect(['comma', ',', ' Koma '].map(parseCsvSeparator)).toEqual([',', ',', ',']);
        expect(['semicolon', ';', 'titik-koma'].map(parseCsvSeparator)).toEqual([';', ';', ';']);
        expect(parseCsvSeparator('tab')).toBeUndefined();
    });

    // A decimal comma next to a comma separator must not split the cell, whatever the combination.
    test.each([[',', 'id'], [';', 'id'], [',', 'en'], [';', 'en']] as const)('separator %s, locale %s: every row keeps its cells', (separator, locale) => {
        const rows = [['Nama', 'Nilai', 'Catatan'], ['a, b; c', 12.5, '=1+1'], ['"kutip"\nbaris', -3, '@SUM(A1)']];
        const csv = csvTable(rows, { separator, locale });
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(csv.endsWith('\r\n')).toBe(true);
        const decimal = locale === 'id' ? '12,5' : '12.5';
        expect(read(csv, separator)).toEqual([['Nama', 'Nilai', 'Catatan'], ['a, b; c', decimal, "'=1+1"], ['"kutip"\nbaris', '-3', "'@SUM(A1)"]]);
    });
});
