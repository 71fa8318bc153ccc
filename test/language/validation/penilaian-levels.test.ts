import { afterEach, describe, expect, test } from 'vitest';
import { IssueCodes, projectIndex } from 'spbe-model';
import { createTestServices, rangeText } from '../../helpers/test-services.js';

/**
 * A level the invalid-value check refuses counts in no index, and one indicator or one framework-year
 * is assessed once: the index, the projection, the code lens and the reports all read the model.
 */
const t = createTestServices();
afterEach(() => t.clear());
const pemda = { 'pemda.spbe': 'pemda P { periode 2026..2030 evaluasi spbe2020 }\nopd A { pic "p" }' };

describe('refused levels are left out of the index', () => {
    test('0, 6 and 2,5 are invalid-value and not assessed; the valid ones are', async () => {
        const ws = await t.load({ 'nilai.spbe': 'penilaian 2025 spbe2020 { I01 2,5 I02 4 I03 6 I04 0 I05 3 }', ...pemda });
        expect(ws.withCode(IssueCodes.InvalidValue, 'nilai.spbe').map(d => rangeText(ws.documents['nilai.spbe'], d))).toEqual(['2,5', '6', '0']);
        const model = t.services.spbe.Model.get();
        expect(model.assessments[0].scores).toEqual([{ indicator: 'I02', level: 4 }, { indicator: 'I05', level: 3 }]);
        const baseline = projectIndex(model, 'spbe2020').baseline?.result;
        expect(baseline?.score).toBeCloseTo(3.5, 6);
    });

    test('a roadmap target to a refused level plans nothing and draws no target finding', async () => {
        const ws = await t.load({
            'peta.spbe': 'petaRencana { rencana R { muatan layanan penanggungJawab A tahun 2026 indikator spbe2020.I01 -> 9 } }',
            'nilai.spbe': 'penilaian 2025 spbe2020 { I01 3 }', ...pemda
        });
        expect(ws.withCode(IssueCodes.InvalidValue, 'peta.spbe')).toHaveLength(1);
        expect(ws.withCode(IssueCodes.IndicatorTargetBelowAssessed, 'peta.spbe')).toHaveLength(0);
        expect(t.services.spbe.Model.get().items[0].indikator).toEqual([]);
    });
});

describe('one assessment per indicator and per framework-year', () => {
    test('an indicator written twice: duplicate-property on the second, the first counts', async () => {
        const ws = await t.load({ 'nilai.spbe': 'penilaian 2025 spbe2020 { I02 3 I01 2 I02 4 }', ...pemda });
        const dup = ws.withCode(IssueCodes.DuplicateProperty, 'nilai.spbe');
        expect(dup.map(d => rangeText(ws.documents['nilai.spbe'], d))).toEqual(['I02']);
        expect(dup[0].range.start.character).toBe('penilaian 2025 spbe2020 { I02 3 I01 2 '.length);
        expect(t.services.spbe.Model.get().assessments[0].scores).toEqual([{ indicator: 'I02', level: 3 }, { indicator: 'I01', level: 2 }]);
    });

    test('a second penilaian of the same framework and year: duplicate-name naming the framework in words (id, en)', async () => {
        const files = { 'a.spbe': 'penilaian 2025 spbe2020 { I01 2 }', 'b.spbe': 'penilaian 2025 spbe2020 { I01 4 }', ...pemda };
        let ws = await t.load(files);
        expect(ws.withCode(IssueCodes.DuplicateName, 'a.spbe')).toHaveLength(0);
        const [dup] = ws.withCode(IssueCodes.DuplicateName, 'b.spbe');
        expect(dup.message).toMatch(/^Penilaian Evaluasi SPBE .* tahun 2025 sudah ditulis; penilaian kedua ini diabaikan/);
        expect(dup.relatedInformation?.[0].location.uri).toContain('a.spbe');
        expect(projectIndex(t.services.spbe.Model.get(), 'spbe2020').baseline?.result.score).toBe(2);
        // A different year is not a repeat.
        await t.clear();
        ws = await t.load({ ...files, 'b.spbe': 'penilaian 2024 spbe2020 { I01 4 }' });
        expect(ws.withCode(IssueCodes.DuplicateName, 'b.spbe')).toHaveLength(0);
        await t.clear();
        t.services.spbe.Settings.locale = 'en';
        ws = await t.load(files);
        expect(ws.withCode(IssueCodes.DuplicateName, 'b.spbe')[0].message).toMatch(/assessment of 2025 is already written; this second one is ignored/);
        t.services.spbe.Settings.locale = 'id';
    });
});
