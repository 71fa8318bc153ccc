// Issue 18 item 5: every index value (baseline and each projected year) shows the assessed share of the
// instrument's weight, and a predikat from part of the instrument is provisional ("sementara"), in every output.
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { computeIndex, EvaluationFrameworks, predicateOf, formatShare, indexValueText, predicateText, projectIndex, type RoadmapItemInfo, type SpbeModel } from 'spbe-model';
import { generateRoadmap, renderIndex } from 'spbe-generators';
import { indicatorHoverText } from '../../packages/language/src/lsp/indicator-hover.js';
import { penilaianLens } from '../../packages/language/src/lsp/spbe-code-lens-provider.js';
import { penilaianHoverText } from '../../packages/language/src/lsp/penilaian-hover.js';
import type { Penilaian } from '../../packages/language/src/generated/ast.js';

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `I${String(from + i).padStart(2, '0')}`);
const count = (text: string, part: string) => text.split(part).length - 1;

const item = (name: string, year: number, indicator: string, level: number): RoadmapItemInfo => ({
    name, muatan: 'tataKelola', tahun: { start: year, end: year }, pelaksana: [], targets: [], anggaran: [], anggaranDropped: [],
    kegiatan: [], indikatorKinerja: [], mewujudkan: [], menghentikan: [], setelah: [], indikator: [{ framework: 'pemdi2026', indicator, level }]
});

/**
 * pemdi2026: the 2025 baseline assesses I01–I19 at level 3 (85 of 100 weight: I20 weighs 15); R1 targets I20 in 2026,
 * so 2026 covers the whole instrument (3,00 · Baik – Berkembang), 85 % assessed and 15 % from a target only (I20 was
 * never assessed); R2 raises I01 (weight 5) to 4 in 2027: (95·3 + 5·4) / 100 = 3,05.
 */
const model: SpbeModel = {
    opds: [], elements: [],
    assessments: [{ year: 2025, framework: 'pemdi2026', scores: ids(1, 19).map(indicator => ({ indicator, level: 3 })) }],
    items: [item('R1', 2026, 'I20', 3), item('R2', 2027, 'I01', 4)]
};

describe('the index result', () => {
    test('carries the assessed share as a fraction and is provisional exactly when the share is below the whole', () => {
        const p = projectIndex(model, 'pemdi2026');
        expect(p.baseline?.result).toMatchObject({ score: 3, predicate: 'Baik', predicateLabel: 'Berkembang', provisional: true, assessedShare: 0.85, assessedWeight: 85 });
        // A level that only a target gives is never counted as assessed.
        expect(p.years.map(y => [y.year, y.result.score, y.result.provisional, y.result.assessedShare, y.result.targetShare])).toEqual([[2026, 3, false, 0.85, 0.15], [2027, 3.05, false, 0.85, 0.15]]);
        for (const framework of Object.keys(EvaluationFrameworks)) {
            const all = EvaluationFrameworks[framework].indicators.map(i => i.id);
            for (const assessed of [1, 2, all.length - 1, all.length]) {
                const result = computeIndex(framework, new Map(all.slice(0, assessed).map(id => [id, 2])));
                expect(result.provisional, `${framework} ${assessed}`).toBe(result.assessedShare < 1);
                expect(result.provisional, `${framework} ${assessed}`).toBe(assessed < all.length);
            }
        }
        // Nothing assessed: no predikat at all, so nothing to call provisional.
        expect(computeIndex('spbe2020', new Map())).toMatchObject({ score: null, predicate: null, provisional: false, assessedShare: 0 });
    });

    test('is written as score · predikat · share, with the words from the i18n tables', () => {
        const partial = computeIndex('pemdi2025', new Map([['I10', 3], ['I33', 2]]));
        expect(indexValueText(partial, 'id')).toBe('2,33 · Cukup (sementara) · 15 % bobot dinilai');
        expect(indexValueText(partial, 'en')).toBe('2.33 · Cukup (provisional) · 15 % of the weight assessed');
        const full = computeIndex('pemdi2026', new Map(ids(1, 20).map(id => [id, 4])));
        expect(indexValueText(full, 'id')).toBe('4,00 · Memuaskan – Unggul · 100 % bobot dinilai');
        expect(predicateText(computeIndex('spbe2020', new Map()), 'id')).toBe('–');
    });

    test('a share just below the whole never reads as 100 %', () => {
        expect(formatShare(0.9996, 'id')).toBe('99,9 %');
        expect(formatShare(0.084, 'en')).toBe('8.4 %');
        expect(formatShare(1, 'id')).toBe('100 %');
    });
});

describe('every index output shows the share for the baseline and each projected year', () => {
    const p = projectIndex(model, 'pemdi2026');

    test('spbe index text, Markdown and HTML, in Indonesian and English', () => {
        for (const format of ['text', 'md', 'html'] as const) {
            const id = renderIndex(p, format, 'Kota X', 'id');
            // The share rows: 85 % assessed in every column, 15 % from a target only in 2026 and 2027 (the HTML chart repeats them under each year).
            expect(count(id, '85 %'), format).toBeGreaterThanOrEqual(3);
            expect(count(id, '15 %'), format).toBeGreaterThanOrEqual(2);
            expect(id, format).toContain('Bobot dinilai');
            expect(id, format).toContain('Baik – Berkembang (sementara)');
            // Only the baseline is partial: one provisional predikat in the summary line, one in the table (and in HTML the chart's tooltip).
            expect(count(id, 'Baik – Berkembang (sementara)'), format).toBe(format === 'html' ? 3 : 2);
            const en = renderIndex(p, format, 'Kota X', 'en');
            expect(en, format).toContain('Weight assessed');
            expect(en, format).toContain('Baik – Berkembang (provisional)');
            expect(en, format).not.toContain('sementara');
        }
        const text = renderIndex(p, 'text', 'Kota X', 'id').split('\n');
        expect(text.find(line => line.startsWith('Bobot dinilai'))?.trim().split(/\s{2,}/)).toEqual(['Bobot dinilai', '85 %', '85 %', '85 %']);
        expect(text.find(line => line.startsWith('Bobot hanya dari target'))?.trim().split(/\s{2,}/)).toEqual(['Bobot hanya dari target', '0 %', '15 %', '15 %']);
        expect(text[1]).toBe('Penilaian 2025: 3,00 · Baik – Berkembang (sementara) · 85 % bobot dinilai — 19/20 indikator dinilai');
    });

    test('spbe index JSON carries the share as a fraction 0..1 and the provisional flag per value', () => {
        const json = JSON.parse(renderIndex(p, 'json', 'Kota X', 'id'));
        expect(json.baseline.result).toMatchObject({ assessedShare: 0.85, provisional: true, predicateLabel: 'Berkembang' });
        expect(json.years.map((y: { result: { assessedShare: number; targetShare: number; provisional: boolean } }) => [y.result.assessedShare, y.result.targetShare, y.result.provisional]))
            .toEqual([[0.85, 0.15, false], [0.85, 0.15, false]]);
    });

    test('a full assessment shows no provisional predikat anywhere', () => {
        const full = projectIndex({ ...model, assessments: [{ year: 2025, framework: 'pemdi2026', scores: ids(1, 20).map(indicator => ({ indicator, level: 2 })) }] }, 'pemdi2026');
        for (const format of ['text', 'md', 'html', 'json'] as const) {
            // The method note explains the word; no value carries it.
            expect(renderIndex(full, format, 'Kota X', 'id'), format).not.toContain('(sementara)');
            expect(renderIndex(full, format, 'Kota X', 'en'), format).not.toContain('(provisional)');
            expect(JSON.stringify(full)).not.toContain('"provisional":true');
        }
    });

    test('the roadmap: HTML section, Markdown section, JSON and the Indeks sheet', async () => {
        const [html] = await generateRoadmap(model, 'html', { locale: 'id' });
        expect(String(html.content)).toContain('<tr class="share"><td>Bobot dinilai</td><td></td><td class="num">85 %</td><td class="num">85 %</td><td class="num">85 %</td></tr>');
        expect(String(html.content)).toContain('<tr class="share"><td>Bobot hanya dari target</td><td></td><td class="num">0 %</td><td class="num">15 %</td><td class="num">15 %</td></tr>');

        const [md] = await generateRoadmap(model, 'md', { locale: 'en' });
        const mdText = String(md.content);
        expect(mdText).toContain('| Assessment 2025 | 3.00 | Baik – Berkembang (provisional) | 85 % | 0 % |');
        expect(mdText).toContain('| 2026 | 3.00 | Baik – Berkembang | 85 % | 15 % |');
        expect(mdText).toContain('| 2027 | 3.05 | Baik – Berkembang | 85 % | 15 % |');

        const [json] = await generateRoadmap(model, 'json', { locale: 'id' });
        const indeks = JSON.parse(String(json.content)).indeks;
        expect(indeks.kerangka).toBe('pemdi2026');
        expect(indeks.penilaian).toEqual({ tahun: 2025, nilai: 3, predikat: 'Baik', labelPredikat: 'Berkembang', sementara: true, bobotDinilai: 0.85, bobotTarget: 0,
            indikatorDinilai: 19, indikatorTarget: 0, jumlahIndikator: 20 });
        expect(indeks.proyeksi.map((v: { tahun: number; bobotDinilai: number; bobotTarget: number; sementara: boolean }) => [v.tahun, v.bobotDinilai, v.bobotTarget, v.sementara]))
            .toEqual([[2026, 0.85, 0.15, false], [2027, 0.85, 0.15, false]]);

        const [xlsx] = await generateRoadmap(model, 'xlsx', { locale: 'id' });
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(xlsx.content as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet('Indeks')!;
        const rowNamed = (name: string) => sheet.getRows(1, sheet.rowCount)!.find(r => r.getCell(1).value === name)!;
        const share = rowNamed('Bobot dinilai');
        expect([3, 4, 5].map(c => share.getCell(c).value)).toEqual([0.85, 0.85, 0.85]);
        expect([3, 4, 5].map(c => rowNamed('Bobot hanya dari target').getCell(c).value)).toEqual([0, 0.15, 0.15]);
        expect(share.getCell(3).numFmt).toBe('0.0%');
        expect([3, 4, 5].map(c => rowNamed('Predikat').getCell(c).value)).toEqual(['Baik – Berkembang (sementara)', 'Baik – Berkembang', 'Baik – Berkembang']);
    });
});

describe('the editor', () => {
    const penilaian = (framework: string, levels: Array<[string, number]>) =>
        ({ year: 2025, framework, scores: levels.map(([indicator, level]) => ({ indicator, level })) }) as unknown as Penilaian;

    test('the code lens and the penilaian hover show the share; provisional only for a partial assessment', () => {
        const partial = penilaian('pemdi2026', ids(1, 19).map(id => [id, 3]));
        expect(penilaianLens(partial, 'id')).toBe('Indeks 3,00 · Baik – Berkembang (sementara) · 85 % bobot dinilai · 19/20 indikator');
        expect(penilaianLens(partial, 'en')).toBe('Index 3.00 · Baik – Berkembang (provisional) · 85 % of the weight assessed · 19/20 indicators');
        const full = penilaian('pemdi2026', ids(1, 20).map(id => [id, 3]));
        expect(penilaianLens(full, 'id')).toBe('Indeks 3,00 · Baik – Berkembang · 100 % bobot dinilai');
        expect(penilaianHoverText(partial, 'id')).toBe('**penilaian 2025 pemdi2026**\n\nIndeks 3,00 · Baik – Berkembang (sementara) · 85 % bobot dinilai · 19/20 indikator\n\nIndeks Pemerintah Digital (PermenPANRB 8/2026)');
        expect(penilaianHoverText(full, 'en')).not.toContain('provisional');
    });
});

describe('pemdi2026: predikat labels are not level names (domain §11.1)', () => {
    const framework = EvaluationFrameworks.pemdi2026;

    test('Merintis … Unggul label the predicates, from Kurang up', () => {
        expect([...framework.predicates].reverse().map(p => `${p.name}/${p.label}`))
            .toEqual(['Kurang/Merintis', 'Cukup/Membangun', 'Baik/Berkembang', 'Sangat Baik/Melembaga', 'Memuaskan/Unggul']);
    });

    test('no source names the indicator levels: the hover shows the numbers with the unverified label', () => {
        for (const family of Object.values(framework.levelFamilies)) {
            expect(family.levels).toEqual([]);
            expect(family.unverified).toBe(true);
        }
        expect(indicatorHoverText('pemdi2026', 'I05', 'id')).toContain('Level: 1 · 2 · 3 · 4 · 5 _(belum diverifikasi)_');
        expect(indicatorHoverText('pemdi2026', 'I05', 'en')).not.toMatch(/Merintis|Unggul/);
    });
});

describe('the predikat goes with the value as shown', () => {
    // 2,5957 is shown as 2,60; with Baik from 2,6 the report must not read "2,60 · Cukup".
    test.each(Object.keys(EvaluationFrameworks))('%s: a score just below a threshold that shows as the threshold gets its predikat', id => {
        const framework = EvaluationFrameworks[id];
        for (const threshold of framework.predicates.map(p => p.min).filter(min => min > 0)) {
            expect(predicateOf(framework, threshold - 0.0043), `${id} ${threshold}`).toBe(predicateOf(framework, threshold));
            expect(predicateOf(framework, threshold - 0.0051), `${id} ${threshold}`).not.toBe(predicateOf(framework, threshold));
        }
    });
});
