import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { joinDescription } from 'spbe-generators';
import { splitDescription } from '../../packages/generators/src/inventory/description-lines.js';

const headers = ['Luaran', 'Pengembang', 'Tahun Pembuatan', 'Dasar Hukum'];

describe('SIA-SPBE fields kept as "Header: value" lines of deskripsi', () => {
    test('the stable form: description, blank line, one line per filled field', () => {
        const text = joinDescription('Aplikasi perizinan.', [['Luaran', ''], ['Pengembang', 'Diskominfo'], ['Tahun Pembuatan', '2019']]);
        expect(text).toBe('Aplikasi perizinan.\n\nPengembang: Diskominfo\nTahun Pembuatan: 2019');
        expect(joinDescription('', [['Pengembang', 'a\nb \\ c']])).toBe('Pengembang: a\\nb \\\\ c');
        expect(joinDescription('Hanya uraian.', [['Pengembang', '  ']])).toBe('Hanya uraian.');
    });

    test('a description that merely looks like fields stays a description', () => {
        expect(splitDescription('Uraian.\n\nCatatan bebas: bukan kolom', headers)).toEqual({ description: 'Uraian.\n\nCatatan bebas: bukan kolom', fields: new Map() });
        expect(splitDescription('Pengembang: A\nPengembang: B', headers).fields.size).toBe(0);
    });

    test('split(join(d, fields)) gives back d and every filled field exactly', () => {
        const value = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\\', 'n', ':', 'Pengembang: ', '\t') });
        fc.assert(fc.property(value, fc.array(value, { minLength: headers.length, maxLength: headers.length }), (description, values) => {
            const fields = headers.map((h, i) => [h, values[i]] as const);
            fc.pre(fields.some(([, v]) => v.trim() !== ''));
            const split = splitDescription(joinDescription(description, fields), headers);
            expect(split.description).toBe(description);
            expect([...split.fields]).toEqual(fields.filter(([, v]) => v.trim() !== ''));
        }), { numRuns: 300 });
    });
});
