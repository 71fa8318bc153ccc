import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { computeIndex, EvaluationFrameworks, FrameworkIds, indicatorRange, isEntryUnverified, predicateOf, projectIndex, type RoadmapItemInfo, type SpbeModel } from 'spbe-model';
import { generateRoadmap, indicatorRanges, renderIndex } from 'spbe-generators';
import { indicatorHoverText } from '../../packages/language/src/lsp/indicator-hover.js';
import { penilaianLens } from '../../packages/language/src/lsp/spbe-code-lens-provider.js';
import type { Penilaian } from '../../packages/language/src/generated/ast.js';
import { repoRoot } from '../helpers/run-cli.js';

const framework = EvaluationFrameworks.pemdi2025;
const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `I${String(from + i).padStart(2, '0')}`);

describe('pemdi2025 reference data (Surat MenPANRB B/66/PD.02/2025, Lampiran 2)', () => {
    test('is one of the frameworks, between spbe2020 and pemdi2026', () => {
        expect(FrameworkIds).toEqual(['spbe2020', 'pemdi2025', 'pemdi2026']);
        expect(Object.keys(EvaluationFrameworks).sort()).toEqual([...FrameworkIds].sort());
        expect(framework.id).toBe('pemdi2025');
        expect(indicatorRange('pemdi2025')).toBe('I01..I35');
    });

    test('35 indicators I01..I35 in 9 aspects with the aspect weights of the spec', () => {
        expect(framework.indicators.map(i => i.id)).toEqual(ids(1, 35));
        expect(framework.aspects.map(a => [a.name, a.weight])).toEqual([
            ['Strategi dan Rencana', 5], ['Tata Kelola dan Manajemen', 5], ['Teknologi Digital', 20],
            ['Audit Teknologi Digital', 6], ['Keamanan Siber', 9], ['Kapabilitas dan Budaya Digital', 10],
            ['Pengelolaan dan Pemanfaatan Data dan Informasi', 10], ['Keterpaduan Layanan Digital Pemerintah', 15],
            ['Kepuasan Pengguna Layanan Digital Pemerintah', 20]]);
        // Indicators per aspect, in order: 1–5, 6–9, 10–13, 14–16, 17–19, 20–22, 23–26, 27–32, 33–35.
        expect(framework.aspects.map(a => framework.indicators.filter(i => i.aspect === a.id).length)).toEqual([5, 4, 4, 3, 3, 3, 4, 6, 3]);
        expect(framework.indicators.every(i => framework.aspects.some(a => a.id === i.aspect))).toBe(true);
    });

    test('indicator weights add up to their aspect\'s weight and to 100', () => {
        for (const aspect of framework.aspects) {
            const sum = framework.indicators.filter(i => i.aspect === aspect.id).reduce((s, i) => s + i.weight, 0);
            expect(sum, aspect.id).toBeCloseTo(aspect.weight, 6);
        }
        expect(framework.indicators.reduce((s, i) => s + i.weight, 0)).toBeCloseTo(100, 6);
    });

    test('every indicator, aspect and predicate carries a confidence and sources the framework describes', () => {
        const entries = [...framework.indicators, ...framework.aspects, ...framework.predicates];
        for (const entry of entries) {
            expect(entry.confidence, entry.name).toMatch(/^(confirmed|single-source|inferred|unverified)$/);
            expect(entry.sources?.length, entry.name).toBeGreaterThan(0);
            for (const source of entry.sources ?? []) {
                expect(framework.sources?.[source], `${entry.name}: ${source}`).toBeTruthy();
            }
            // An entry is confirmed only with two sources that are not the same author.
            if (entry.confidence === 'confirmed') {
                expect(entry.sources!.filter(s => !s.startsWith('S25')).length, entry.name).toBeGreaterThan(0);
            }
            expect(entry.name.trim()).not.toBe('');
        }
        for (const family of Object.values(framework.levelFamilies)) {
            expect(family.sources?.length).toBeGreaterThan(0);
        }
    });

    test('confirmed vs unverified: only indicator 1 is confirmed by two sources', () => {
        expect(framework.indicators.filter(i => !isEntryUnverified(framework, i)).map(i => i.id)).toEqual(['I01']);
        expect(framework.aspects.filter(a => !isEntryUnverified(framework, a))).toEqual([]);
        expect(framework.weightsUnverified).toBe(true);
    });

    test('maturity levels are the portal names; the Merintis…Unggul predikat labels are not level names', () => {
        expect(framework.levelFamilies.kematangan.levels).toEqual(['Rintisan', 'Terkelola', 'Terstandarisasi', 'Terintegrasi/Terpadu dan Terukur', 'Optimum']);
        expect(framework.levelFamilies.kematangan.unverified).toBe(false);
        const levelNames = Object.values(framework.levelFamilies).flatMap(f => f.levels);
        expect(levelNames).not.toContain('Merintis');
        expect(framework.indicators.filter(i => i.levelFamily === 'kepuasan').map(i => i.id)).toEqual(ids(33, 35));
    });
});

test('docs/pemdi2025.md lists every indicator and aspect as the data has it', () => {
    const doc = readFileSync(join(repoRoot, 'docs/pemdi2025.md'), 'utf-8');
    for (const i of framework.indicators) {
        const confidence = isEntryUnverified(framework, i) ? 'single-source' : 'confirmed';
        expect(doc, i.id).toContain(`| ${i.id} | ${i.name} | ${i.aspect} | ${i.weight} | ${confidence} | ${i.sources!.join(', ')} |`);
    }
    for (const a of framework.aspects) {
        expect(doc, a.id).toContain(`| ${a.id} ${a.name} | ${a.weight} |`);
    }
    for (const key of Object.keys(framework.sources ?? {})) {
        expect(doc, key).toContain(`- **${key}** — `);
    }
});

describe('Indeks Pemdi 2025, worked by hand', () => {
    test('every indicator at level 1: index 1.00, Kurang', () => {
        const result = computeIndex('pemdi2025', new Map(ids(1, 35).map(id => [id, 1])));
        expect(result).toMatchObject({ score: 1, predicate: 'Kurang', assessedCount: 35, indicatorCount: 35, assessedWeight: 100 });
    });

    test('a small self-assessment: only the assessed weight counts', () => {
        // I01 (1 %) at 3, I09 (2 %) at 2, I10 (5 %) at 4, I33 (10 %) at 2:
        // (1·3 + 2·2 + 5·4 + 10·2) / (1 + 2 + 5 + 10) = (3 + 4 + 20 + 20) / 18 = 47 / 18 = 2.6111… → Baik (≥ 2.6)
        const result = computeIndex('pemdi2025', new Map([['I01', 3], ['I09', 2], ['I10', 4], ['I33', 2]]));
        expect(result.score).toBeCloseTo(47 / 18, 6);
        expect(result.predicate).toBe('Baik');
        expect(result.assessedWeight).toBe(18);
        expect(result.assessedCount).toBe(4);
        expect(result.aspects.map(a => a.score)).toEqual([3, 2, 4, null, null, null, null, null, 2]);
    });

    test('fully assessed, one level per aspect group', () => {
        // A1–A2 (10 %) at 2 = 20; A3–A5 (35 %) at 3 = 105; A6–A7 (20 %) at 4 = 80; A8–A9 (35 %) at 1 = 35 → 240 / 100 = 2.40 → Cukup
        const levels = new Map([...ids(1, 9).map(id => [id, 2] as const), ...ids(10, 19).map(id => [id, 3] as const),
            ...ids(20, 26).map(id => [id, 4] as const), ...ids(27, 35).map(id => [id, 1] as const)]);
        const result = computeIndex('pemdi2025', levels);
        expect(result.score).toBe(2.4);
        expect(result.predicate).toBe('Cukup');
    });

    test('the code lens on a pemdi2025 penilaian says the index of the same assessment', () => {
        // Only framework and scores are read; the grammar's own pemdi2025 keyword is tested with the parser.
        const penilaian = { framework: 'pemdi2025', scores: [['I01', 3], ['I09', 2], ['I10', 4], ['I33', 2]].map(([indicator, level]) => ({ indicator, level })) } as unknown as Penilaian;
        expect(penilaianLens(penilaian, 'id')).toBe('Indeks 2,61 · Baik (sementara) · 18 % bobot dinilai · 4/35 indikator');
        expect(penilaianLens(penilaian, 'en')).toBe('Index 2.61 · Baik (provisional) · 18 % of the weight assessed · 4/35 indicators');
    });

    test('predicate boundaries are inclusive at 1.8, 2.6, 3.5 and 4.2 (the thresholds of the 2025 summary)', () => {
        expect([1.79, 1.8, 2.59, 2.6, 3.49, 3.5, 4.19, 4.2, 5].map(s => predicateOf(framework, s)))
            .toEqual(['Kurang', 'Cukup', 'Cukup', 'Baik', 'Baik', 'Sangat Baik', 'Sangat Baik', 'Memuaskan', 'Memuaskan']);
    });
});

describe('projection and report for pemdi2025', () => {
    const item = (name: string, tahun: { start: number; end: number }, indikator: RoadmapItemInfo['indikator'], muatan?: string): RoadmapItemInfo => ({
        name, muatan, tahun, pelaksana: [], targets: [], anggaran: [{ year: tahun.end, amount: 1_000_000_000 }], anggaranDropped: [],
        kegiatan: [], indikatorKinerja: [], mewujudkan: [], menghentikan: [], setelah: [], indikator
    });
    const model: SpbeModel = {
        opds: [], elements: [],
        assessments: [{ year: 2025, framework: 'pemdi2025', scores: [{ indicator: 'I10', level: 1 }, { indicator: 'I33', level: 1 }] }],
        items: [
            item('R1', { start: 2026, end: 2026 }, [{ framework: 'pemdi2025', indicator: 'I10', level: 2 }], 'aplikasi'),
            item('R2', { start: 2026, end: 2027 }, [{ framework: 'pemdi2025', indicator: 'I33', level: 3 }], 'layanan'),
            item('R3', { start: 2027, end: 2027 }, [], 'auditTik')
        ]
    };

    test('targets take effect in each item\'s last year, as for the other frameworks', () => {
        const p = projectIndex(model, 'pemdi2025');
        // I10 weighs 5, I33 weighs 10. Baseline (5·1 + 10·1) / 15 = 1; 2026: (5·2 + 10) / 15 = 1.333…; 2027: (10 + 30) / 15 = 2.666…
        expect(p.baseline?.result.score).toBe(1);
        expect(p.years.map(y => y.year)).toEqual([2026, 2027]);
        expect(p.years[0].result.score).toBeCloseTo(20 / 15, 6);
        expect(p.years[1].result.score).toBeCloseTo(40 / 15, 6);
        expect(p.years[1].result.predicate).toBe('Baik');
        // Without R2 the final index is 20/15, so R2 adds 20/15 points for Rp1 billion.
        expect(p.contributions.map(c => c.item)).toEqual(['R2', 'R1']);
        expect(p.contributions[0].points).toBeCloseTo(20 / 15, 5);
        // Without R1 it is (5·1 + 30) / 15 = 35/15, so R1 adds 5/15.
        expect(p.contributions[1].points).toBeCloseTo(5 / 15, 5);
        expect(p.flags).toEqual([{ kind: 'level-skip', item: 'R2', indicator: 'I33', year: 2027, from: 1, to: 3 }, { kind: 'raises-nothing', item: 'R3', muatan: 'auditTik' }]);
        expect(p.unverifiedIndicators).toEqual(ids(2, 35));
    });

    test('every report format names the indicators that rest on a single source; other frameworks have no such line', () => {
        const p = projectIndex(model, 'pemdi2025');
        for (const format of ['text', 'md', 'html'] as const) {
            expect(renderIndex(p, format, 'Kota X', 'id'), format).toContain('hanya dari satu sumber publik (belum diverifikasi): I02–I35.');
            expect(renderIndex(p, format, 'Kota X', 'en'), format).toContain('single public source (unverified): I02–I35.');
        }
        expect(JSON.parse(renderIndex(p, 'json', 'Kota X', 'id')).unverifiedIndicators).toHaveLength(34);
        const spbe = projectIndex({ ...model, assessments: [{ year: 2024, framework: 'spbe2020', scores: [{ indicator: 'I01', level: 2 }] }] }, 'spbe2020');
        expect(renderIndex(spbe, 'text', 'Kota X', 'id')).not.toContain('satu sumber publik');
    });

    test('the roadmap\'s Indeks sheet and HTML section carry the same notes', async () => {
        const [xlsx] = await generateRoadmap(model, 'xlsx', { locale: 'id' });
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(xlsx.content as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet('Indeks')!;
        expect(sheet.getRow(1).getCell(1).value).toBe(framework.title);
        const column = sheet.getColumn(1).values.slice(1).map(String);
        expect(column).toContain('Bobot indikator kerangka ini belum terverifikasi dari sumber kedua.');
        expect(column).toContain('Nama dan bobot indikator berikut hanya dari satu sumber publik (belum diverifikasi): I02–I35.');
        const [html] = await generateRoadmap(model, 'html', { locale: 'en' });
        expect(String(html.content)).toContain('single public source (unverified): I02–I35.');
    });

    test('indicator ranges join consecutive ids', () => {
        expect(indicatorRanges(['I02', 'I03', 'I04', 'I07', 'I09', 'I10'])).toBe('I02–I04, I07, I09–I10');
        expect(indicatorRanges([])).toBe('');
    });
});

describe('hover on a pemdi2025 indicator', () => {
    test('a single-source indicator shows its name with the unverified label, its aspect, weight and levels', () => {
        const hover = indicatorHoverText('pemdi2025', 'I11', 'id')!;
        expect(hover).toContain('**pemdi2025.I11** — Tingkat Kematangan Pemanfaatan Ekosistem Pusat Data Nasional _(belum diverifikasi — satu sumber)_');
        expect(hover).toContain('Aspek: Teknologi Digital · Bobot: 5% _(belum diverifikasi)_');
        expect(hover).toContain('Level: 1 Rintisan · 2 Terkelola · 3 Terstandarisasi · 4 Terintegrasi/Terpadu dan Terukur · 5 Optimum\n\n');
        expect(indicatorHoverText('pemdi2025', 'I11', 'en')).toContain('_(unverified — single source)_');
    });

    test('the confirmed indicator has no unverified label; the satisfaction levels are marked unverified', () => {
        const confirmed = indicatorHoverText('pemdi2025', 'I01', 'id')!;
        expect(confirmed).toContain('**pemdi2025.I01** — Tingkat Kematangan Strategi Transformasi Digital Pemerintah\n\n');
        expect(confirmed).toContain('Bobot: 1%\n\n');
        expect(confirmed).not.toContain('belum diverifikasi');
        expect(indicatorHoverText('pemdi2025', 'I33', 'id')).toContain('Bobot: 10% _(belum diverifikasi)_\n\nLevel: 1 Sangat Buruk · 2 Buruk · 3 Cukup · 4 Baik · 5 Sangat Baik _(belum diverifikasi)_');
    });

    test('an id outside the framework has no hover; the older frameworks keep theirs', () => {
        expect(indicatorHoverText('pemdi2025', 'I36', 'id')).toBeUndefined();
        expect(indicatorHoverText('pemdi2026', 'I20', 'id')).toContain('Bobot: 15% _(belum diverifikasi)_');
        expect(indicatorHoverText('spbe2020', 'I12', 'id')).not.toContain('belum diverifikasi — satu sumber');
    });
});
