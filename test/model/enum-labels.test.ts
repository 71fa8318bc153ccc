import { describe, expect, test } from 'vitest';
import { enumLabel, enumValueOf, KeywordRules } from 'spbe-model';

// `QualifiedName` is the `.` of a qualified name, not an enumeration a person picks from.
const enumerations = Object.entries(KeywordRules).filter(([rule]) => rule !== 'QualifiedName');
const fold = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

describe('enumeration labels (spec §6: words, not identifiers)', () => {
    test.each(enumerations)('%s: every value has an Indonesian and an English label, none of them camelCase', (rule, values) => {
        for (const value of values) {
            for (const locale of ['id', 'en'] as const) {
                const label = enumLabel(rule, value, locale);
                expect(label, `${rule}.${value} ${locale}`).not.toBe('');
                expect(/\b[a-z]+[A-Z]/.test(label), `${rule}.${value} ${locale}: ${label}`).toBe(false);
            }
        }
        expect(enumLabel('Kepemilikan', 'milikSendiri', 'id')).toBe('Milik Sendiri');
        expect(enumLabel('JenisInfrastruktur', 'komputasiAwan', 'id')).toBe('Komputasi Awan');
    });

    test.each(enumerations)('%s: a label or identifier names exactly one value, in any case or spacing', (rule, values) => {
        for (const value of values) {
            const id = enumLabel(rule, value, 'id');
            const en = enumLabel(rule, value, 'en');
            for (const written of [value, value.toUpperCase(), ` ${value.toLowerCase()} `, id, id.toUpperCase(), id.toLowerCase().replace(/ /g, '  '), id.replace(/ /g, ''), en.toLowerCase()]) {
                expect(enumValueOf(rule, values, written), `${rule}: '${written}'`).toBe(value);
            }
            // No label of one value folds onto another value's identifier or label.
            const others = values.filter(v => v !== value).flatMap(v => [v, enumLabel(rule, v, 'id'), enumLabel(rule, v, 'en')].map(fold));
            expect(others).not.toContain(fold(id));
        }
        expect(enumValueOf(rule, values, 'bukan-nilai-apa-pun')).toBeUndefined();
        expect(enumValueOf(rule, values, '   ')).toBeUndefined();
    });
});
