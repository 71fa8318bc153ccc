import { afterEach, describe, expect, test } from 'vitest';
import { generateRoadmap } from 'spbe-generators';
import { IssueCodes } from 'spbe-model';
import { createTestServices } from '../../helpers/test-services.js';
import { marked as markedIn } from './_marked.js';

/** Spec v2 §2: money above Rp9.007.199.254.740.991 is invalid-value and never shown rounded. */
const t = createTestServices();
afterEach(() => t.clear());
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

    test('amounts that add up past 2^53 − 1: the one that crosses it is invalid-value', async () => {
        expect(await markedIn(t, IssueCodes.InvalidValue,
            `petaRencana { ${item('R1', '9007199254740991')} ${item('R2', '1')} ${item('R3', '0')} }`, pemda)).toEqual(['1']);
    });

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
