import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { computeIndex, EvaluationFrameworks, predicateOf, projectIndex } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { createTestServices } from '../helpers/test-services.js';
import { repoRoot } from '../helpers/run-cli.js';

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `I${String(from + i).padStart(2, '0')}`);
const levels = (entries: Array<[string[], number]>) => new Map(entries.flatMap(([list, level]) => list.map(id => [id, level] as [string, number])));

describe('Indeks SPBE (spbe2020), worked by hand', () => {
    test('every indicator at level 1: index 1.00, Kurang', () => {
        // Σ(w·1) / Σw = 100 / 100 = 1
        const result = computeIndex('spbe2020', levels([[ids(1, 47), 1]]));
        expect(result.score).toBe(1);
        expect(result.predicate).toBe('Kurang');
        expect(result.assessedCount).toBe(47);
        expect(result.assessedWeight).toBe(100);
    });

    test('mixed, fully assessed: kebijakan 2, tata kelola and manajemen 3, layanan 4', () => {
        // domains weigh 13 (I01–I10), 25 (I11–I20), 16.5 (I21–I31), 45.5 (I32–I47):
        // (13·2 + 25·3 + 16.5·3 + 45.5·4) / 100 = (26 + 75 + 49.5 + 182) / 100 = 3.325 → Baik
        const result = computeIndex('spbe2020', levels([[ids(1, 10), 2], [ids(11, 31), 3], [ids(32, 47), 4]]));
        expect(result.score).toBe(3.325);
        expect(result.predicate).toBe('Baik');
        expect(result.domains.map(d => d.score)).toEqual([2, 3, 3, 4]);
        expect(result.aspects.find(a => a.id === 'A6')).toMatchObject({ name: 'Audit TIK', weight: 4.5, score: 3 });
    });

    test('mixed, partially assessed: only the assessed weight counts', () => {
        // I01 (1.3)·3 + I11 (2.5)·2 + I32 (2.75)·4 + I42 (3.0)·5 = 3.9 + 5 + 11 + 15 = 34.9
        // over 1.3 + 2.5 + 2.75 + 3.0 = 9.55 → 34.9 / 9.55 = 3.654450… → Sangat Baik
        const result = computeIndex('spbe2020', new Map([['I01', 3], ['I11', 2], ['I32', 4], ['I42', 5]]));
        expect(result.score).toBeCloseTo(3.65445, 5);
        expect(result.predicate).toBe('Sangat Baik');
        expect(result.assessedWeight).toBe(9.55);
        // domain Layanan: (2.75·4 + 3·5) / (2.75 + 3) = 26 / 5.75 = 4.5217…
        expect(result.domains[3].score).toBeCloseTo(4.521739, 5);
        expect(result.aspects.find(a => a.id === 'A3')?.score).toBeNull();
    });

    test('predicate boundaries are inclusive at 1.8, 2.6, 3.5 and 4.2', () => {
        const framework = EvaluationFrameworks.spbe2020;
        expect([1.79, 1.8, 2.59, 2.6, 3.49, 3.5, 4.19, 4.2, 5].map(s => predicateOf(framework, s)))
            .toEqual(['Kurang', 'Cukup', 'Cukup', 'Baik', 'Baik', 'Sangat Baik', 'Sangat Baik', 'Memuaskan', 'Memuaskan']);
        // Five A1 indicators (1.3 each) at 2, 2, 3, 3, 3: 16.9 / 6.5 = 2.6 exactly — 2.5999… in floating point.
        expect(computeIndex('spbe2020', new Map([['I01', 2], ['I02', 2], ['I03', 3], ['I04', 3], ['I05', 3]])).predicate).toBe('Baik');
    });
});

describe('Indeks Pemdi (pemdi2026), worked by hand', () => {
    test('every indicator at level 1: index 1.00, Kurang', () => {
        expect(computeIndex('pemdi2026', levels([[ids(1, 20), 1]]))).toMatchObject({ score: 1, predicate: 'Kurang', indicatorCount: 20 });
    });

    test('mixed: aspects weigh 10/10/15/15/10/15/25', () => {
        // A1+A2 (I01–I04, 20%) at 3 = 60; A3+A4 (I05–I12, 30%) at 2 = 60; A5 (I13–I14, 10%) at 4 = 40;
        // A6 (I15–I18, 15%) at 3 = 45; A7 (I19–I20, 25%) at 2 = 50 → 255 / 100 = 2.55 → Baik
        const result = computeIndex('pemdi2026', levels([[ids(1, 4), 3], [ids(5, 12), 2], [ids(13, 14), 4], [ids(15, 18), 3], [ids(19, 20), 2]]));
        expect(result.score).toBe(2.55);
        expect(result.predicate).toBe('Baik');
        expect(result.aspects.map(a => a.score)).toEqual([3, 3, 2, 2, 4, 3, 2]);
    });

    test('predicate boundaries are inclusive at 1.5, 2.5, 3.5 and 4.0', () => {
        const framework = EvaluationFrameworks.pemdi2026;
        expect([1.49, 1.5, 2.49, 2.5, 3.49, 3.5, 3.99, 4.0].map(s => predicateOf(framework, s)))
            .toEqual(['Kurang', 'Cukup', 'Cukup', 'Baik', 'Baik', 'Sangat Baik', 'Sangat Baik', 'Memuaskan']);
    });
});

describe('projection over a small roadmap', () => {
    const t = createTestServices();
    afterEach(() => t.clear());

    test('targets take effect in each item\'s last year; contributions and plan notes', async () => {
        await t.load({
            'ws.spbe': `pemda P { periode 2025..2027 evaluasi spbe2020 }
                opd A { pic "a" }
                penilaian 2024 spbe2020 { I01 1 I02 1 }
                petaRencana {
                    rencana R1 { muatan tataKelola penanggungJawab A tahun 2025..2026 anggaran 2025 500_000_000 indikator spbe2020.I01 -> 3 }
                    rencana R2 { muatan tataKelola penanggungJawab A tahun 2027 indikator spbe2020.I02 -> 2 }
                    rencana R3 { muatan auditTik penanggungJawab A tahun 2027 anggaran 2027 1_000_000 }
                }`
        });
        const p = projectIndex(t.services.spbe.Model.get(), 'spbe2020');
        // I01 and I02 weigh the same (1.3): baseline (1 + 1) / 2 = 1; 2026: (3 + 1) / 2 = 2; 2027: (3 + 2) / 2 = 2.5
        expect(p.baseline?.result.score).toBe(1);
        expect(p.years.map(y => [y.year, y.result.score, y.result.predicate])).toEqual([[2025, 1, 'Kurang'], [2026, 2, 'Cukup'], [2027, 2.5, 'Cukup']]);
        expect(p.years[1].changes).toEqual([{ indicator: 'I01', from: 1, to: 3, items: ['R1'] }]);
        // Without R1 the final index is (1 + 2) / 2 = 1.5, so R1 adds 1.0 point for Rp0.5 billion = 2 points per billion;
        // without R2 it is (3 + 1) / 2 = 2, so R2 adds 0.5 and is unfunded.
        expect(p.contributions).toEqual([
            { item: 'R1', title: '', points: 1, anggaran: 500_000_000, unreadAmounts: 0, unfunded: false, pointsPerBillion: 2, unmeasuredIndicators: [] },
            { item: 'R2', title: '', points: 0.5, anggaran: 0, unreadAmounts: 0, unfunded: true, pointsPerBillion: null, unmeasuredIndicators: [] }]);
        expect(p.flags).toEqual([
            { kind: 'level-skip', item: 'R1', indicator: 'I01', year: 2026, from: 1, to: 3 },
            { kind: 'raises-nothing', item: 'R3', muatan: 'auditTik' }]);
    });

    test('the code lens on a penilaian', async () => {
        const ws = await t.load({ 'p.spbe': 'penilaian 2024 spbe2020 { I01 3 I11 2 I32 4 I42 5 }\npenilaian 2025 pemdi2026 { I01 1 I02 1 I03 1 I04 1 I05 1 I06 1 I07 1 I08 1 I09 1 I10 1 I11 1 I12 1 I13 1 I14 1 I15 1 I16 1 I17 1 I18 1 I19 1 I20 1 }' });
        const lenses = await t.services.lsp.CodeLensProvider!.provideCodeLens(ws.documents['p.spbe'], { textDocument: { uri: '' } });
        expect(lenses!.map(l => l.command?.title)).toEqual([
            'Indeks 3,65 · Sangat Baik (sementara) · 9,6 % bobot dinilai · 4/47 indikator',
            'Indeks 1,00 · Kurang – Merintis · 100 % bobot dinilai']);
    });
});

test('Kota Kediri: the 2024 baseline and the projected index at the end of the periode', async () => {
    const model = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
    const p = projectIndex(model, 'spbe2020');
    expect(p.baseline?.result).toMatchObject({ assessedCount: 47, predicate: 'Cukup' });
    // Σ level·weight per aspect: A1 16·1.3 = 20.8, A2 7·2.5 = 17.5, A3 7·2.5 = 17.5, A4 3·2.5 = 7.5, A5 10·1.5 = 15,
    // A6 3·1.5 = 4.5, A7 26·2.75 = 71.5, A8 14·3 = 42 → 196.3 / 100 = 1.963
    expect(p.baseline!.result.score).toBe(1.963);
    expect(p.years.map(y => y.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
    const scores = p.years.map(y => y.result.score!);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    expect(scores[4]).toBeGreaterThan(p.baseline!.result.score!);
    // From 2026 on the roadmap targets the Indeks Pemdi, from the 2025 self-assessment (1.83, Cukup).
    const pemdi = projectIndex(model, 'pemdi2026');
    expect(pemdi.baseline?.result).toMatchObject({ assessedCount: 20, score: 1.83, predicate: 'Cukup' });
    const pemdiScores = pemdi.years.map(y => y.result.score!);
    expect([...pemdiScores].sort((a, b) => a - b)).toEqual(pemdiScores);
    expect(pemdiScores[4]).toBeGreaterThan(pemdiScores[0]);
});
