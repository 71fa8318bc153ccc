import { describe, expect, test } from 'vitest';
import { projectIndex, type SpbeModel } from 'spbe-model';
import { indexWords, renderIndex } from 'spbe-generators';

/**
 * Spec §6 (v2): the index report of an `ilustrasi` workspace, or of one with errors, says so first in
 * every format: as lines on top (text, Markdown, HTML), in the top margin of every printed HTML page,
 * and as flags in the JSON.
 */
const model: SpbeModel = {
    pemda: { name: 'KotaX', title: 'Pemerintah Kota X', ilustrasi: true } as SpbeModel['pemda'],
    opds: [], elements: [], items: [],
    assessments: [{ year: 2025, framework: 'spbe2020', scores: [{ indicator: 'I01', level: 3 }] }]
};
const projection = projectIndex(model, 'spbe2020');
const banner = 'CONTOH — BUKAN DOKUMEN RESMI';
const notice = 'PERHATIAN: dibuat dari ruang kerja yang masih memiliki 3 galat; dokumen ini mungkin tidak lengkap.';

describe('the index report of an example workspace with errors', () => {
    const words = indexWords(model, 'id', 3);

    test('text, Markdown and HTML start with the banner and the notice', () => {
        expect(renderIndex(projection, 'text', 'Kota X', 'id', words).split('\n').slice(0, 2)).toEqual([banner, notice]);
        expect(renderIndex(projection, 'md', 'Kota X', 'id', words)).toContain(`> **${banner}**\n\n> **${notice}**`);
        const html = renderIndex(projection, 'html', 'Kota X', 'id', words);
        expect(html.indexOf(banner)).toBeLessThan(html.indexOf('<table'));
    });

    test('HTML: both notices in the top margin of every printed page', () => {
        const html = renderIndex(projection, 'html', 'Kota X', 'id', words);
        expect(html).toContain(`@page { @top-center { content: "${banner} · ${notice}";`);
        expect(renderIndex(projection, 'html', 'Kota X', 'id')).not.toContain('@top-center');
    });

    test('the margin text stays a CSS string: quotes, backslashes and </style> cannot break out', () => {
        const html = renderIndex(projection, 'html', 'Kota X', 'id', { ...words, notices: ['a"b\\c</style><script>x</script>'] });
        const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>') + '</style>'.length);
        expect(style).toContain('content: "a\\"b\\\\c\\3C /style>\\3C script>x\\3C /script>";');
        expect(html.match(/<\/style>/g)).toHaveLength(1);
        expect(html).not.toContain('<script>');
    });

    test('JSON: the flags, and a clean real workspace has them off', () => {
        expect(JSON.parse(renderIndex(projection, 'json', 'Kota X', 'id', words))).toMatchObject({ ilustrasi: true, workspaceErrors: 3, framework: 'spbe2020' });
        const real = { ...model, pemda: { ...model.pemda!, ilustrasi: false } };
        expect(JSON.parse(renderIndex(projection, 'json', 'Kota X', 'id', indexWords(real, 'id')))).toMatchObject({ ilustrasi: false, workspaceErrors: 0 });
    });
});

describe('an item whose budget could not be read, in the index contributions', () => {
    const item = (name: string, anggaranDropped: number[]) => ({
        name, title: `Rencana ${name}`, muatan: 'tataKelola', tahun: { start: 2026, end: 2027 }, pelaksana: [], targets: [],
        anggaran: [{ year: 2026, amount: 500_000_000 }], anggaranDropped, kegiatan: [], indikatorKinerja: [], mewujudkan: [], menghentikan: [], setelah: [],
        indikator: [{ framework: 'spbe2020', indicator: name === 'R_OK' ? 'I01' : 'I02', level: 4 }]
    }) as unknown as SpbeModel['items'][number];
    const withItems: SpbeModel = {
        ...model,
        pemda: { ...model.pemda!, periode: { start: 2026, end: 2027 } } as SpbeModel['pemda'],
        assessments: [{ year: 2025, framework: 'spbe2020', scores: [{ indicator: 'I01', level: 3 }, { indicator: 'I02', level: 3 }] }],
        items: [item('R_OK', []), item('R_BROKEN', [2027])]
    };
    const p = projectIndex(withItems, 'spbe2020');

    test('the budget is null (not the readable part) and so are the points per billion', () => {
        const broken = p.contributions.find(c => c.item === 'R_BROKEN')!;
        expect(broken).toMatchObject({ anggaran: null, unreadAmounts: 1, pointsPerBillion: null });
        expect(broken.points).toBeGreaterThan(0);
        expect(p.contributions.find(c => c.item === 'R_OK')).toMatchObject({ anggaran: 500_000_000, unreadAmounts: 0 });
    });

    test.each(['md', 'html'] as const)('%s says the budget is incomplete', format => {
        const out = renderIndex(p, format, 'Kota X', 'id', indexWords(withItems, 'id'));
        expect(out).toContain('tidak lengkap: 1 nilai tak terbaca');
        expect(out).toContain('Rp500.000.000');
        expect(out.split('Rp500.000.000')).toHaveLength(2);
    });
});
