import { afterEach, describe, expect, test } from 'vitest';
import { IssueCodes } from 'spbe-model';
import { createTestServices, rangeText } from '../../helpers/test-services.js';
import { marked as markedIn } from './_marked.js';

const t = createTestServices();
afterEach(() => t.clear());
const marked = (code: string, text: string, extra: Record<string, string> = {}) => markedIn(t, code, text, extra);
const pemda = { 'pemda.spbe': 'pemda P { periode 2025..2029 }' };

describe('roadmap years', () => {
    test('roadmap-year-outside-period for tahun, target and anggaran years', async () => {
        expect(await marked(IssueCodes.RoadmapYearOutsidePeriod,
            'petaRencana { rencana R { tahun 2024..2030 target 2031 "x" anggaran 2024 5 } }', pemda)).toEqual(['2024', '2030', '2031', '2024']);
    });

    test('roadmap-year-outside-item for target/anggaran years inside the periode but outside the item', async () => {
        expect(await marked(IssueCodes.RoadmapYearOutsideItem,
            'petaRencana { rencana R { tahun 2025..2026 target 2027 "x" target 2026 "y" anggaran 2028 5 anggaran 2025 5 } }', pemda)).toEqual(['2027', '2028']);
    });

    test('one diagnostic per value: outside the periode wins', async () => {
        const ws = await t.load({ 'main.spbe': 'petaRencana { rencana R { tahun 2025 target 2031 "x" } }', ...pemda });
        expect(ws.codes('main.spbe').filter(c => c.startsWith('roadmap-year'))).toEqual([IssueCodes.RoadmapYearOutsidePeriod]);
    });

    test('no year rules without a pemda periode other than the item\'s own', async () => {
        expect(await marked(IssueCodes.RoadmapYearOutsidePeriod, 'petaRencana { rencana R { tahun 2040 target 2040 "x" } }')).toEqual([]);
    });
});

describe('roadmap-dependency-cycle', () => {
    test('every item in the cycle is reported on its name', async () => {
        const ws = await t.load({ 'main.spbe': `petaRencana {
            rencana A { setelah C } rencana B { setelah A } rencana C { setelah B }
            rencana D { setelah A } rencana SELF { setelah SELF } }` });
        const found = ws.withCode(IssueCodes.RoadmapDependencyCycle);
        expect(found.map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['A', 'B', 'C', 'SELF']);
        expect(found[0].message).toContain('A → C → B → A');
        expect(found[3].message).toContain('SELF → SELF');
    });

    test('a chain is not a cycle, and a 10,000-item chain does not overflow', async () => {
        const items = Array.from({ length: 10_000 }, (_, i) => `rencana R${i} { ${i > 0 ? `setelah R${i - 1}` : ''} }`).join('\n');
        expect(await marked(IssueCodes.RoadmapDependencyCycle, `petaRencana { ${items} }`)).toEqual([]);
    });
});

describe('roadmap-dependency-order', () => {
    test('B setelah A starting before A ends, on the setelah entry', async () => {
        expect(await marked(IssueCodes.RoadmapDependencyOrder, `petaRencana {
            rencana A { tahun 2025..2027 }
            rencana B { tahun 2026..2028 setelah A }
            rencana C { tahun 2027..2028 setelah A }
            rencana D { tahun 2028 setelah A } }`)).toEqual(['A']);
    });
});

describe('planned elements', () => {
    test('planned-element-not-realized on the name; realized ones are fine', async () => {
        expect(await marked(IssueCodes.PlannedElementNotRealized, 'opd A { aplikasi NEW { status rencana } aplikasi DONE { status rencana } }',
            { 'r.spbe': 'petaRencana { rencana R { mewujudkan A.DONE } }' })).toEqual(['NEW']);
    });

    test('realizes-existing-element on the mewujudkan entry', async () => {
        const ws = await t.load({
            'main.spbe': 'petaRencana { rencana R { mewujudkan A.PLAN, A.OLD, A.RETIRED } }',
            'a.spbe': 'opd A { aplikasi PLAN { status rencana } aplikasi OLD {} aplikasi RETIRED { status dihentikan } }'
        });
        expect(ws.withCode(IssueCodes.RealizesExistingElement).map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['A.OLD', 'A.RETIRED']);
    });
});

describe('muatan-not-covered', () => {
    test('one warning per uncovered muatan on the pemda name', async () => {
        const ws = await t.load({
            'main.spbe': 'pemda P { periode 2025..2029 }',
            'r.spbe': `petaRencana { ${['tataKelola', 'manajemen', 'layanan', 'infrastruktur', 'aplikasi'].map((m, i) => `rencana R${i} { muatan ${m} }`).join(' ')} }`
        });
        const found = ws.withCode(IssueCodes.MuatanNotCovered);
        expect(found.map(d => d.message).join()).toMatch(/Keamanan SPBE.*Audit TIK/);
        expect(found.map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['P', 'P']);
    });

    test('not reported without a pemda', async () => {
        expect(await marked(IssueCodes.MuatanNotCovered, 'petaRencana { rencana R { muatan aplikasi } }')).toEqual([]);
    });
});

test('roadmap-unfunded is an info on the name', async () => {
    const ws = await t.load({ 'main.spbe': 'petaRencana { rencana NOFUND {} rencana FUNDED { anggaran 2025 1 } }' });
    const found = ws.withCode(IssueCodes.RoadmapUnfunded);
    expect(found.map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['NOFUND']);
    expect(found[0].severity).toBe(3);
});

describe('indicator-unknown', () => {
    test('ids outside the framework, in indikator entries and in penilaian', async () => {
        expect(await marked(IssueCodes.IndicatorUnknown, `petaRencana { rencana R { indikator spbe2020.I48 -> 3, pemdi2026.I21 -> 2, pemdi2026.I20 -> 2, spbe2020.I7 -> 2 } }
            penilaian 2024 pemdi2026 { I01 2 I21 3 }`)).toEqual(['I48', 'I21', 'I7', 'I21']);
    });
});
