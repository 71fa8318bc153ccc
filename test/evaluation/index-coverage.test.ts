// Issue 18 item 5, the hostile tester's findings: (1) aspect and domain sub-scores show the share of their own
// weight that was assessed, and are provisional when partial; (2) a projection keeps apart what was assessed
// (the baseline `penilaian`) from what only a roadmap target gives, says when there is no baseline, and never
// prints a contribution it cannot measure as "+0,000"; (3) every output that shows an index value shows the share.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computeIndex, projectIndex, subScoreText, type RoadmapItemInfo, type SpbeModel } from 'spbe-model';
import { buildPreviewPayload, generateRoadmap, renderDiff, renderIndex } from 'spbe-generators';
import { findingsByElement } from 'spbe-language';
import { diffWorkspaces, loadWorkspace } from 'spbe-server';
import { repoRoot } from '../helpers/run-cli.js';
import { baseFixture } from '../diff/diff-fixture.js';

const item = (name: string, year: number, targets: Array<[string, number]>, anggaran = 0): RoadmapItemInfo => ({
    name, muatan: 'tataKelola', tahun: { start: year, end: year }, pelaksana: [], targets: [], anggaranDropped: [],
    anggaran: anggaran ? [{ year, amount: anggaran }] : [], kegiatan: [], indikatorKinerja: [], mewujudkan: [], menghentikan: [], setelah: [],
    indikator: targets.map(([indicator, level]) => ({ framework: 'spbe2020', indicator, level }))
});

const pemda = { name: 'K', title: 'Pemerintah Kota K', periode: { start: 2026, end: 2027 }, evaluasi: 'spbe2020' } as unknown as SpbeModel['pemda'];

/**
 * spbe2020: A1 (weight 13) has I01–I10 at 1,3 each, A2 (10) has I11–I14 at 2,5 each; domain D2 (25) holds A2 and A3.
 * The 2025 baseline assesses I01 (3) and I11 (2): A1 rests on 10 % of its weight, A2 and D2 on 25 % and 10 %.
 * R1 (2026) targets I02 (never assessed) at 3, so from 2026 A1 is 10 % assessed + 10 % from a target only.
 */
const withBaseline: SpbeModel = {
    pemda, opds: [], elements: [],
    assessments: [{ year: 2025, framework: 'spbe2020', scores: [{ indicator: 'I01', level: 3 }, { indicator: 'I11', level: 2 }] }],
    items: [item('R1', 2026, [['I02', 3]], 1_000_000_000), item('R2', 2027, [['I11', 4]], 500_000_000)]
};

/** No `penilaian` at all: every level comes from a roadmap target. */
const noBaseline: SpbeModel = { ...withBaseline, assessments: [] };

const lineStarting = (text: string, start: string) => text.split('\n').find(line => line.startsWith(start)) ?? '';

describe('1. sub-scores carry the share of their own weight', () => {
    test('aspects and domains: assessed share of their weight, provisional when partial', () => {
        const result = computeIndex('spbe2020', new Map([['I01', 3], ['I11', 2]]));
        expect(result.aspects.find(a => a.id === 'A1')).toMatchObject({ score: 3, assessedShare: 0.1, targetShare: 0, provisional: true });
        expect(result.aspects.find(a => a.id === 'A2')).toMatchObject({ score: 2, assessedShare: 0.25, provisional: true });
        expect(result.domains.find(d => d.id === 'D2')).toMatchObject({ score: 2, assessedShare: 0.1, provisional: true });
        // Nothing in it: no score, nothing to call provisional.
        expect(result.domains.find(d => d.id === 'D4')).toMatchObject({ score: null, assessedShare: 0, provisional: false });
        const whole = computeIndex('spbe2020', new Map(['I01', 'I02', 'I03', 'I04', 'I05', 'I06', 'I07', 'I08', 'I09', 'I10'].map(id => [id, 2])));
        expect(whole.aspects.find(a => a.id === 'A1')).toMatchObject({ score: 2, assessedShare: 1, provisional: false });
        expect(whole.domains.find(d => d.id === 'D1')).toMatchObject({ assessedShare: 1, provisional: false });
    });

    test('a projected year splits each aspect into assessed and from-target shares', () => {
        const p = projectIndex(withBaseline, 'spbe2020');
        expect(p.years[0].result.aspects.find(a => a.id === 'A1')).toMatchObject({ score: 3, assessedShare: 0.1, targetShare: 0.1, provisional: true });
        expect(p.baseline!.result.aspects.find(a => a.id === 'A1')).toMatchObject({ assessedShare: 0.1, targetShare: 0 });
    });

    test('the cell text, in Indonesian and English', () => {
        expect(subScoreText({ score: 2.5, provisional: true, assessedShare: 0.5, targetShare: 0 }, 'id')).toBe('2,50 (sementara) · 50 %');
        expect(subScoreText({ score: 3, provisional: true, assessedShare: 0.1, targetShare: 0.1 }, 'en')).toBe('3.00 (provisional) · 10 % + 10 % target');
        expect(subScoreText({ score: 2, provisional: false, assessedShare: 1, targetShare: 0 }, 'id')).toBe('2,00 · 100 %');
        expect(subScoreText({ score: null, provisional: false, assessedShare: 0, targetShare: 0 }, 'id')).toBe('–');
    });

    test('spbe index text, Markdown and HTML show each aspect with its share (id and en)', () => {
        const p = projectIndex(withBaseline, 'spbe2020');
        const text = renderIndex(p, 'text', 'Kota K', 'id');
        expect(lineStarting(text, 'A1 ').trim().split(/\s{2,}/).slice(-3)).toEqual(['3,00 (sementara) · 10 %', '3,00 (sementara) · 10 % + 10 % target', '3,00 (sementara) · 10 % + 10 % target']);
        expect(lineStarting(text, 'A2 ').trim().split(/\s{2,}/).slice(-3)).toEqual(['2,00 (sementara) · 25 %', '2,00 (sementara) · 25 %', '4,00 (sementara) · 25 %']);
        expect(text).toContain('Nilai aspek: nilai · porsi bobot aspek yang dinilai');
        const en = renderIndex(p, 'text', 'Kota K', 'en');
        expect(lineStarting(en, 'A1 ')).toContain('3.00 (provisional) · 10 % + 10 % target');
        expect(en).toContain('Aspect values: score · share of the aspect\'s weight assessed');
        expect(renderIndex(p, 'md', 'Kota K', 'id')).toContain('| A2 Perencanaan Strategis SPBE | 10,0 | 2,00 (sementara) · 25 % | 2,00 (sementara) · 25 % | 4,00 (sementara) · 25 % |');
        expect(renderIndex(p, 'html', 'Kota K', 'en')).toContain('<td class="num">2.00 (provisional) · 25 %</td>');
    });

    test('spbe index JSON: every aspect and domain of every value carries its shares and provisional flag', () => {
        const json = JSON.parse(renderIndex(projectIndex(withBaseline, 'spbe2020'), 'json', 'Kota K', 'id'));
        for (const result of [json.baseline.result, ...json.years.map((y: { result: unknown }) => y.result)]) {
            for (const sub of [...result.aspects, ...result.domains]) {
                expect(Object.keys(sub)).toEqual(expect.arrayContaining(['assessedShare', 'targetShare', 'provisional']));
            }
        }
        expect(json.years[0].result.aspects[0]).toMatchObject({ id: 'A1', assessedShare: 0.1, targetShare: 0.1, provisional: true });
    });

    test('the roadmap: HTML index section and the Indeks sheet (a share row under each aspect, "(sementara)" by format)', async () => {
        const [html] = await generateRoadmap(withBaseline, 'html', { locale: 'id' });
        expect(String(html.content)).toContain('<td class="num">3,00 (sementara) · 10 % + 10 % target</td>');
        const [xlsx] = await generateRoadmap(withBaseline, 'xlsx', { locale: 'en' });
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(xlsx.content as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet('Indeks')!;
        const rows = sheet.getRows(1, sheet.rowCount)!;
        const a1 = rows.findIndex(r => String(r.getCell(1).value).startsWith('A1 '));
        expect([3, 4, 5].map(c => rows[a1].getCell(c).value)).toEqual([3, 3, 3]);
        expect(rows[a1].getCell(3).numFmt).toBe('0.00" (provisional)"');
        expect(rows[a1 + 1].getCell(1).value).toBe('    Weight assessed');
        expect([3, 4, 5].map(c => rows[a1 + 1].getCell(c).value)).toEqual([0.1, 0.1, 0.1]);
        expect(rows[a1 + 1].getCell(3).numFmt).toBe('0.0%');
        expect(rows[a1 + 2].getCell(1).value).toBe('    Weight from targets only');
        expect([3, 4, 5].map(c => rows[a1 + 2].getCell(c).value)).toEqual([0, 0.1, 0.1]);
    });
});

describe('2. a projection is not an assessment', () => {
    test('without a penilaian: no baseline, no year assessed, the targets as their own share', () => {
        const p = projectIndex(noBaseline, 'spbe2020');
        expect(p.baseline).toBeUndefined();
        // I02 (1,3 %) from 2026; I11 (2,5 %) joins in 2027.
        expect(p.years.map(y => [y.year, y.result.assessedShare, y.result.targetShare, y.result.assessedCount, y.result.targetCount]))
            .toEqual([[2026, 0, 0.013, 0, 1], [2027, 0, 0.038, 0, 2]]);
        expect(p.contributions).toEqual([
            { item: 'R1', title: '', points: null, anggaran: 1_000_000_000, unreadAmounts: 0, unfunded: false, pointsPerBillion: null, unmeasuredIndicators: ['I02'] },
            { item: 'R2', title: '', points: null, anggaran: 500_000_000, unreadAmounts: 0, unfunded: false, pointsPerBillion: null, unmeasuredIndicators: ['I11'] }]);
    });

    test('spbe index says there is no baseline and prints no measured-looking contribution (id and en)', () => {
        const p = projectIndex(noBaseline, 'spbe2020');
        const text = renderIndex(p, 'text', 'Kota K', 'id');
        expect(text.split('\n')[1]).toBe('Penilaian: belum ada penilaian awal (baseline) — nilai per tahun hanya dari target rencana, bukan hasil penilaian');
        expect(lineStarting(text, 'Bobot dinilai').trim().split(/\s{2,}/)).toEqual(['Bobot dinilai', '0 %', '0 %']);
        expect(lineStarting(text, 'Bobot hanya dari target').trim().split(/\s{2,}/)).toEqual(['Bobot hanya dari target', '1,3 %', '3,8 %']);
        expect(text).toContain('  R1  tidak terukur  (I02 tanpa penilaian awal)');
        // No invented baseline column, and no contribution shown as measured.
        expect(text).not.toMatch(/Penilaian \d{4}/);
        for (const format of ['text', 'md', 'html'] as const) {
            for (const locale of ['id', 'en'] as const) {
                const out = renderIndex(p, format, 'Kota K', locale);
                expect(out, `${format} ${locale}`).not.toMatch(/(?<![\d.])0[,.]000/);
                expect(out, `${format} ${locale}`).toContain(locale === 'id' ? 'tidak terukur' : 'not measurable');
                expect(out, `${format} ${locale}`).toContain(locale === 'id' ? 'belum ada penilaian awal' : 'no baseline assessment');
                expect(out, `${format} ${locale}`).toContain(locale === 'id' ? 'Bobot hanya dari target' : 'Weight from targets only');
            }
        }
        expect(renderIndex(p, 'html', 'Kota K', 'id')).toContain('<title>2026: 3,00 · Baik (sementara) · 0 % bobot dinilai · 1,3 % bobot hanya dari target rencana</title>');
        const json = JSON.parse(renderIndex(p, 'json', 'Kota K', 'en'));
        expect('baseline' in json).toBe(false);
        expect(json.years[0].result).toMatchObject({ assessedShare: 0, targetShare: 0.013, assessedWeight: 0, targetWeight: 1.3, provisional: true });
        expect(json.contributions[0]).toMatchObject({ points: null, pointsPerBillion: null, unmeasuredIndicators: ['I02'] });
    });

    test('the roadmap outputs say the same: Markdown, HTML, JSON and the Indeks sheet', async () => {
        const [md] = await generateRoadmap(noBaseline, 'md', { locale: 'id' });
        const mdText = String(md.content);
        expect(mdText).toContain('| 2026 | 3,00 | Baik (sementara) | 0 % | 1,3 % |');
        expect(mdText).toContain('Belum ada penilaian awal (baseline) — nilai per tahun hanya dari target rencana, bukan hasil penilaian.');
        const [html] = await generateRoadmap(noBaseline, 'html', { locale: 'en' });
        expect(String(html.content)).toContain('no baseline assessment — the values per year come from roadmap targets only');
        expect(String(html.content)).not.toContain('0.000');
        const [json] = await generateRoadmap(noBaseline, 'json', { locale: 'id' });
        const indeks = JSON.parse(String(json.content)).indeks;
        expect(indeks.penilaian).toBeNull();
        expect(indeks.proyeksi[1]).toMatchObject({ tahun: 2027, bobotDinilai: 0, bobotTarget: 0.038, indikatorDinilai: 0, indikatorTarget: 2 });
        const [xlsx] = await generateRoadmap(noBaseline, 'xlsx', { locale: 'id' });
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(xlsx.content as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet('Indeks')!;
        const values = sheet.getRows(1, sheet.rowCount)!.map(r => String(r.getCell(1).value ?? ''));
        expect(values).toContain('Belum ada penilaian awal (baseline) — nilai per tahun hanya dari target rencana, bukan hasil penilaian.');
        // No baseline column is invented: the header has the two projected years only.
        expect((sheet.getRow(1).values as unknown[]).slice(3)).toEqual(['2026', '2027']);
    });

    test('with a baseline, a target on a never-assessed indicator is a target share and its contribution is not measured', () => {
        const p = projectIndex({ ...withBaseline, items: [item('R1', 2026, [['I02', 3]])] }, 'spbe2020');
        expect(p.years[0].result).toMatchObject({ assessedShare: 0.038, targetShare: 0.013, assessedCount: 2, targetCount: 1 });
        // Adding I02 at 3 to (I01 3, I11 2) moves the mean by composition, not by a measured rise: not a contribution.
        expect(p.contributions).toEqual([{ item: 'R1', title: '', points: null, anggaran: 0, unreadAmounts: 0, unfunded: true, pointsPerBillion: null, unmeasuredIndicators: ['I02'] }]);
        const text = renderIndex(p, 'text', 'Kota K', 'en');
        expect(text).toContain('  R1  not measurable  (I02 without a baseline level)');
    });

    test('property: a contribution is null exactly when none of its indicators was assessed, and never negative', () => {
        const ids = ['I01', 'I02', 'I11', 'I12', 'I32', 'I40'];
        const level = fc.integer({ min: 1, max: 5 });
        fc.assert(fc.property(
            fc.dictionary(fc.constantFrom(...ids), level),
            fc.array(fc.tuple(fc.integer({ min: 2026, max: 2027 }), fc.array(fc.tuple(fc.constantFrom(...ids), level), { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 }),
            (baseline, plan) => {
                const model: SpbeModel = {
                    ...withBaseline,
                    assessments: Object.keys(baseline).length ? [{ year: 2025, framework: 'spbe2020', scores: Object.entries(baseline).map(([indicator, l]) => ({ indicator, level: l })) }] : [],
                    items: plan.map(([year, targets], i) => item(`R${i}`, year, targets))
                };
                const p = projectIndex(model, 'spbe2020');
                for (const c of p.contributions) {
                    const targeted = new Set(plan[Number(c.item.slice(1))][1].map(([id]) => id));
                    const measurable = [...targeted].some(id => id in baseline);
                    expect(c.points === null).toBe(!measurable);
                    expect(c.points ?? 0).toBeGreaterThanOrEqual(0);
                    expect(c.unmeasuredIndicators).toEqual([...targeted].filter(id => !(id in baseline)).sort());
                }
                for (const y of p.years) {
                    // What is assessed never exceeds what the baseline assessed.
                    expect(y.result.assessedCount).toBe(Object.keys(baseline).length);
                }
            }), { numRuns: 200 });
    });
});

describe('3. every output of an index value shows the share (audit)', () => {
    test('diff text, Markdown, HTML and JSON: each side of a penilaian change (id and en)', async () => {
        const diff = await diffWorkspaces({ old: baseFixture, new: join(repoRoot, 'test/fixtures/diff-changed'), locale: 'id' });
        for (const format of ['text', 'md', 'html'] as const) {
            expect(renderDiff(diff, format, 'id'), format).toContain('1,67 · Kurang (sementara) · 3,9 % bobot dinilai → 2,33 · Cukup (sementara) · 3,9 % bobot dinilai');
            expect(renderDiff(diff, format, 'en'), format).toContain('1.67 · Kurang (provisional) · 3.9 % of the weight assessed → 2.33 · Cukup (provisional) · 3.9 % of the weight assessed');
        }
        const [change] = JSON.parse(renderDiff(diff, 'json', 'id')).index;
        expect(change.oldIndex).toMatchObject({ provisional: true, assessedShare: 0.039 });
    });

    test('the preview payload shows no index value, so none can lack its share', async () => {
        // Kota Kediri has penilaian blocks; the preview draws the architecture only. Should an index value
        // ever join the payload, this fails and the value must come with its share (indexValueText).
        const workspace = await loadWorkspace(join(repoRoot, 'examples/kota-kediri'));
        for (const view of ['layered', 'integrasi', 'gap'] as const) {
            const payload = JSON.stringify(await buildPreviewPayload(workspace.model(), { view }, findingsByElement(workspace.documents)));
            expect(payload, view).not.toMatch(/\d[,.]\d\d · (Kurang|Cukup|Baik|Sangat Baik|Memuaskan)/);
            expect(payload, view).not.toMatch(/Indeks (SPBE|Pemerintah Digital)/);
        }
    });
});
