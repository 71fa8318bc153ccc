import { afterEach, describe, expect, test } from 'vitest';
import { generateRoadmap } from 'spbe-generators';
import { IssueCodes } from 'spbe-model';
import fc from 'fast-check';
import { createTestServices, rangeText } from '../../helpers/test-services.js';
import { marked as markedIn } from './_marked.js';

/** Spec v2 §2: money above Rp9.007.199.254.740.991 is invalid-value and never shown rounded. */
const t = createTestServices();
afterEach(() => t.clear());
const MaxSafe = BigInt(Number.MAX_SAFE_INTEGER);
const pemda = { 'pemda.spbe': 'pemda P { periode 2025..2029 }\nopd A { pic "p" }' };
const item = (name: string, amount: string) => `rencana ${name} { muatan layanan penanggungJawab A tahun 2025 anggaran 2025 ${amount} }`;

describe('amounts the outputs cannot carry exactly', () => {
    test('above 2^53 − 1 (…993, 1e27): invalid-value on the amount, with the exact digits in the message', async () => {
        const ws = await t.load({ 'main.spbe': `petaRencana { ${item('R1', '9007199254740993')} ${item('R2', '1_000_000_000_000_000_000_000_000_000')} ${item('R3', '9007199254740991')} }`, ...pemda });
        const invalid = ws.withCode(IssueCodes.InvalidValue, 'main.spbe');
        expect(invalid.map(d => d.message)).toEqual([
            expect.stringContaining('Rp9.007.199.254.740.993 melebihi Rp9.007.199.254.740.991'),
            expect.stringContaining('Rp1.000.000.000.000.000.000.000.000.000 melebihi'),
            // R3 alone is fine, but R1 and R2 are left out, so the total stays exact: no third finding.
        ]);
    });

    test('amounts that add up past 2^53 − 1: the largest one is invalid-value, not the small one after it', async () => {
        expect(await markedIn(t, IssueCodes.InvalidValue,
            `petaRencana { ${item('R1', '9007199254740991')} ${item('R2', '1')} ${item('R3', '0')} }`, pemda)).toEqual(['9007199254740991']);
    });

    test('the finding is on the outsized amount whatever the file order, with its value in the message (id, en)', async () => {
        const big = `petaRencana { ${item('BESAR', '9.000.000.000.000.000')} }`;
        const small = `petaRencana { ${item('KECIL', '50_000_000')} ${item('KECIL2', '7.500.000.000.000')} }`;
        for (const files of [{ 'a.spbe': big, 'b.spbe': small }, { 'a.spbe': small, 'b.spbe': big }]) {
            const ws = await t.load({ ...files, ...pemda });
            const invalid = Object.entries(ws.documents).flatMap(([path, doc]) =>
                ws.withCode(IssueCodes.InvalidValue, path).map(d => ({ text: rangeText(doc, d), message: d.message })));
            expect(invalid).toEqual([{ text: '9.000.000.000.000.000', message: expect.stringContaining('anggaran ini (Rp9.000.000.000.000.000) termasuk yang terbesar') }]);
            expect(t.services.spbe.Model.get().items.flatMap(i => i.anggaran.map(a => a.amount)).sort()).toEqual([50_000_000, 7_500_000_000_000]);
            await t.clear();
        }
        t.services.spbe.Settings.locale = 'en';
        const ws = await t.load({ 'a.spbe': big, 'b.spbe': small, ...pemda });
        expect(ws.withCode(IssueCodes.InvalidValue, 'a.spbe')[0].message).toContain('this amount (Rp9,000,000,000,000,000) is among the largest');
        t.services.spbe.Settings.locale = 'id';
    });

    test('property: the model never carries a total past 2^53 − 1, and every amount left out is at least every amount kept (fast-check)', async () => {
        const amount = fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.bigInt({ min: 10n ** 15n, max: MaxSafe }));
        await fc.assert(fc.asyncProperty(fc.array(fc.array(amount, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), async files => {
            await t.clear();
            const sources = Object.fromEntries(files.map((amounts, f) =>
                [`f${f}.spbe`, `petaRencana { ${amounts.map((a, i) => item(`R${f}_${i}`, a.toString())).join(' ')} }`]));
            const ws = await t.load({ ...sources, ...pemda });
            const kept = t.services.spbe.Model.get().items.flatMap(i => i.anggaran.map(a => BigInt(a.amount)));
            const left = Object.entries(ws.documents).flatMap(([path, doc]) =>
                ws.withCode(IssueCodes.InvalidValue, path).map(d => BigInt(rangeText(doc, d))));
            expect(kept.reduce((a, b) => a + b, 0n)).toBeLessThanOrEqual(MaxSafe);
            expect(kept.length + left.length).toBe(files.flat().length);
            if (left.length > 0) {
                const smallestLeft = left.reduce((a, b) => (b < a ? b : a));
                expect(kept.every(k => k <= smallestLeft)).toBe(true);
                // Minimal: the smallest amount left out would not have fitted.
                expect(kept.reduce((a, b) => a + b, 0n) + smallestLeft).toBeGreaterThan(MaxSafe);
            }
        }), { numRuns: 40 });
    }, 120_000);

    test('no output shows such an amount rounded or in exponent form', async () => {
        await t.load({ 'main.spbe': `petaRencana { ${item('R1', '9007199254740993')} ${item('R2', '1000000000000000000000000000')} ${item('R3', '5')} }`, ...pemda });
        const model = t.services.spbe.Model.get();
        expect(model.items.flatMap(i => i.anggaran.map(a => a.amount))).toEqual([5]);
        const files = [...await generateRoadmap(model, 'md', { locale: 'id' }), ...await generateRoadmap(model, 'json', { locale: 'id' })];
        for (const file of files) {
            const text = String(file.content);
            expect(text, file.name).not.toMatch(/9\.?007\.?199\.?254\.?740\.?99[23]|e\+\d/);
        }
    });
});
