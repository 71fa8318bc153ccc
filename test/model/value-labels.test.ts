import { describe, expect, test } from 'vitest';
import { KeywordRules, valueLabel, ValueLabels, type ValueRule } from 'spbe-model';

/** Rules of `KeywordRules` that are punctuation, not a value a person reads. */
const notEnumerations = new Set(['QualifiedName']);

const enumerationRules = Object.keys(KeywordRules).filter(rule => !notEnumerations.has(rule));

describe('enumeration value labels (spec §6 v2)', () => {
    test.each(enumerationRules)('every keyword of %s has an Indonesian and an English label', rule => {
        expect(Object.keys(ValueLabels), `rule ${rule} has no label table`).toContain(rule);
        const labels: Record<string, { id: string; en: string }> = ValueLabels[rule as ValueRule];
        for (const keyword of KeywordRules[rule]) {
            expect(labels[keyword], `${rule}.${keyword}`).toBeDefined();
            expect(labels[keyword].id.trim(), `${rule}.${keyword} (id)`).not.toBe('');
            expect(labels[keyword].en.trim(), `${rule}.${keyword} (en)`).not.toBe('');
        }
    });

    test('the tables label nothing the grammar does not have', () => {
        for (const [rule, labels] of Object.entries(ValueLabels)) {
            expect(Object.keys(labels).sort(), rule).toEqual([...KeywordRules[rule]].sort());
        }
    });

    test('an Indonesian label is words, not the camelCase identifier', () => {
        for (const [rule, labels] of Object.entries(ValueLabels)) {
            for (const [keyword, label] of Object.entries(labels as Record<string, { id: string }>)) {
                expect(label.id, `${rule}.${keyword}`).not.toMatch(/^[a-z]+[A-Z]\w*$/);
            }
        }
    });

    test('looks labels up by rule and value, and keeps an unknown value as written', () => {
        expect(valueLabel('Kepemilikan', 'milikSendiri', 'id')).toBe('Milik Sendiri');
        expect(valueLabel('JenisInfrastruktur', 'komputasiAwan', 'id')).toBe('Komputasi Awan');
        expect(valueLabel('Kepemilikan', 'milikSendiri', 'en')).toBe('Own');
        expect(valueLabel('Muatan', 'auditTik', 'id')).toBe('Audit TIK');
        expect(valueLabel('Prioritas', '', 'id')).toBe('');
        expect(valueLabel('Prioritas', 'toString', 'id')).toBe('toString');
    });
});
