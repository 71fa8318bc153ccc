import { describe, expect, test } from 'vitest';
import { decimalSeparator, formatNumber, formatPlainNumber, formatRupiah, formatScore, groupDigits } from 'spbe-model';

describe('number formatting (one home for every output)', () => {
    test('rupiah groups digits by locale, rounds to whole rupiah and never writes -0', () => {
        expect(formatRupiah(1_500_000, 'id')).toBe('Rp1.500.000');
        expect(formatRupiah(1_500_000, 'en')).toBe('Rp1,500,000');
        expect(formatRupiah(1500, 'id')).toBe('Rp1.500');
        expect(formatRupiah(999, 'id')).toBe('Rp999');
        expect(formatRupiah(1499.5, 'id')).toBe('Rp1.500');
        expect(formatRupiah(-0.4, 'id')).toBe('Rp0');
        expect(formatRupiah(-1500, 'en')).toBe('Rp-1,500');
    });

    test('a bigint keeps all its digits', () => {
        expect(groupDigits(123456789012345678901234567890n, 'id')).toBe('123.456.789.012.345.678.901.234.567.890');
        expect(formatRupiah(9007199254740992n, 'en')).toBe('Rp9,007,199,254,740,992');
    });

    test('scores round the stored value as toFixed does (2.815 is stored just below), with the locale decimal separator', () => {
        expect(formatScore(2.815, 'id')).toBe('2,81');
        expect(formatScore(1.005, 'en')).toBe('1.00');
        expect(formatScore(2.8149, 'en', 1)).toBe('2.8');
        expect(formatScore(1000.5, 'id')).toBe('1000,50');
        expect(formatScore(null, 'id')).toBe('–');
        expect(formatScore(undefined, 'en', 2, '∅')).toBe('∅');
    });

    test('plain numbers keep every digit; sentence numbers group and cap decimals', () => {
        expect(formatPlainNumber(12.125, 'id')).toBe('12,125');
        expect(formatPlainNumber(12.125, 'en')).toBe('12.125');
        expect(formatNumber(1234.56, 'id', 1)).toBe('1.234,6');
        expect(formatNumber(1234.56, 'en', 1)).toBe('1,234.6');
        expect(formatNumber(2.5, 'id')).toBe('2,5');
        expect(decimalSeparator('id')).toBe(',');
        expect(decimalSeparator('en')).toBe('.');
    });
});
