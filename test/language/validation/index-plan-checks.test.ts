import { afterEach, describe, expect, test } from 'vitest';
import { IssueCodes } from 'spbe-model';
import { createTestServices } from '../../helpers/test-services.js';
import { marked as markedIn } from './_marked.js';

const t = createTestServices();
afterEach(() => t.clear());
const marked = (code: string, text: string, extra: Record<string, string> = {}) => markedIn(t, code, text, extra);

describe('indicator-target-below-assessed', () => {
    test('a target below the latest assessed level, on the indikator entry', async () => {
        expect(await marked(IssueCodes.IndicatorTargetBelowAssessed,
            'petaRencana { rencana R { tahun 2026 indikator spbe2020.I30 -> 2, spbe2020.I31 -> 3 } }',
            { 'p.spbe': 'penilaian 2023 spbe2020 { I30 1 I31 5 } penilaian 2024 spbe2020 { I30 3 I31 3 }' })).toEqual(['spbe2020.I30 -> 2']);
    });

    test('only the same framework is compared', async () => {
        expect(await marked(IssueCodes.IndicatorTargetBelowAssessed,
            'petaRencana { rencana R { tahun 2026 indikator pemdi2026.I01 -> 2 } }',
            { 'p.spbe': 'penilaian 2024 spbe2020 { I01 5 }' })).toEqual([]);
    });
});

describe('indicator-target-conflict', () => {
    test('two items ending in one year with different targets: both entries reported', async () => {
        const text = `petaRencana {
            rencana A { tahun 2025..2026 indikator spbe2020.I30 -> 3 }
            rencana B { tahun 2026 indikator spbe2020.I30 -> 4 }
            rencana C { tahun 2027 indikator spbe2020.I30 -> 5 }
            rencana D { tahun 2026 indikator spbe2020.I30 -> 3, spbe2020.I31 -> 2 } }`;
        expect(await marked(IssueCodes.IndicatorTargetConflict, text)).toEqual(['spbe2020.I30 -> 3', 'spbe2020.I30 -> 4', 'spbe2020.I30 -> 3']);
    });
});
