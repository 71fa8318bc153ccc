import { describe, expect, test } from 'vitest';
import { projectIndex, type RoadmapItemInfo, type SpbeModel } from 'spbe-model';
import { generateRoadmap, renderIndex, textWidth } from 'spbe-generators';

/**
 * Issue 18 item 5: the index chart (spbe index -f html, and the roadmap HTML) labels the baseline point
 * "Penilaian 2025", so a projection that starts in the baseline's year does not read "2025" twice; and
 * every label under the points stays inside the SVG ("0 % + 1 % target" was cut at the right edge).
 */
const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `I${String(from + i).padStart(2, '0')}`);
const item = (name: string, year: number, indicator: string, level: number): RoadmapItemInfo => ({
    name, muatan: 'tataKelola', tahun: { start: year, end: year }, pelaksana: [], targets: [], anggaran: [], anggaranDropped: [],
    kegiatan: [], indikatorKinerja: [], mewujudkan: [], menghentikan: [], setelah: [], indikator: [{ framework: 'pemdi2026', indicator, level }]
});
const withBaseline: SpbeModel = {
    opds: [], elements: [],
    assessments: [{ year: 2025, framework: 'pemdi2026', scores: ids(1, 19).map(indicator => ({ indicator, level: 3 })) }],
    items: [item('R0', 2025, 'I02', 4), item('R1', 2026, 'I20', 3), item('R2', 2027, 'I01', 4)]
};
// No baseline: every value comes from targets, and the share line under each year is long.
const withoutBaseline: SpbeModel = { ...withBaseline, assessments: [] };

interface Label { readonly x: number; readonly text: string; readonly y: number }

function chart(html: string): { width: number; labels: Label[] } {
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
    const labels = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="middle"[^>]*>([^<]*)<\/text>/g)]
        .map(m => ({ x: Number(m[1]), y: Number(m[2]), text: m[3].replace(/&amp;/g, '&') }));
    return { width, labels };
}

describe('index chart labels', () => {
    test('the baseline point reads "Penilaian 2025", the projected 2025 point "2025" (id and en)', () => {
        for (const [locale, word] of [['id', 'Penilaian 2025'], ['en', 'Assessment 2025']] as const) {
            const { labels } = chart(renderIndex(projectIndex(withBaseline, 'pemdi2026'), 'html', 'Kota X', locale));
            const axis = labels.filter(l => /^(\D+ )?\d{4}$/.test(l.text)).map(l => l.text);
            expect(axis, locale).toEqual([word, '2025', '2026', '2027']);
        }
    });

    test('every label under a point stays inside the SVG, with or without a baseline, in the roadmap HTML too', async () => {
        const outputs = [
            renderIndex(projectIndex(withBaseline, 'pemdi2026'), 'html', 'Kota X', 'id'),
            renderIndex(projectIndex(withoutBaseline, 'pemdi2026'), 'html', 'Kota X', 'id'),
            renderIndex(projectIndex(withoutBaseline, 'pemdi2026'), 'html', 'Kota X', 'en'),
            String((await generateRoadmap(withoutBaseline, 'html', { locale: 'id' }))[0].content)
        ];
        for (const html of outputs) {
            const { width, labels } = chart(html);
            expect(labels.length).toBeGreaterThan(0);
            for (const label of labels) {
                const half = textWidth(label.text, 11) / 2;
                expect(label.x - half, label.text).toBeGreaterThanOrEqual(0);
                expect(label.x + half, `${label.text} in ${width} px`).toBeLessThanOrEqual(width);
            }
        }
        // Neighbouring labels on one row do not overlap.
        const { labels } = chart(outputs[1]);
        const row = labels.filter(l => l.y === Math.max(...labels.map(m => m.y)));
        for (let i = 1; i < row.length; i++) {
            expect(row[i].x - row[i - 1].x).toBeGreaterThanOrEqual((textWidth(row[i].text, 11) + textWidth(row[i - 1].text, 11)) / 2);
        }
    });
});
