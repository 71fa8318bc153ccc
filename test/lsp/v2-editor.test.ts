import { afterEach, describe, expect, test } from 'vitest';
import { expectCompletion, expectHover, expectSymbols, highlightHelper } from 'langium/test';
import { SemanticTokenTypes, SymbolKind } from 'vscode-languageserver';
import { formatSource } from 'spbe-language';
import { createTestServices } from '../helpers/test-services.js';

/** The (v2) surface in the editor: completion, outline, hover, semantic tokens and the formatter. */
const t = createTestServices();
afterEach(() => t.clear());

const labelsAt = async (text: string) => {
    let labels: string[] = [];
    await expectCompletion(t.services)({ text, index: 0, assert: completion => { labels = completion.items.map(i => String(i.label)); } });
    return labels;
};

describe('completion of the v2 keywords and values', () => {
    test('pemda properties and jenis values', async () => {
        expect(await labelsAt('pemda P { periode 2025..2029 <|> }')).toEqual(expect.arrayContaining(['jenis', 'kepalaDaerah', 'tempat', 'ilustrasi']));
        expect(await labelsAt('pemda P { jenis <|> }')).toEqual(['kota', 'kabupaten', 'provinsi']);
        expect(await labelsAt('pemda P { evaluasi <|> }')).toEqual(['spbe2020', 'pemdi2025', 'pemdi2026']);
    });

    test('data pribadi and the sector fungsi areas', async () => {
        expect(await labelsAt('opd A { data D { sifat terbuka <|> } }')).toContain('pribadi');
        expect(await labelsAt('opd A { aplikasi X { fungsi <|> } }'))
            .toEqual(expect.arrayContaining(['kesehatan', 'kependudukan', 'perizinan', 'bangunan', 'perlindunganSosial', 'kearsipan']));
    });

    test('roadmap kode, prioritas, indikatorKinerja and its properties', async () => {
        expect(await labelsAt('petaRencana { rencana R { <|> } }')).toEqual(expect.arrayContaining(['kode', 'prioritas', 'indikatorKinerja', 'kegiatan']));
        expect(await labelsAt('petaRencana { rencana R { prioritas <|> } }')).toEqual(['tinggi', 'sedang', 'rendah']);
        expect(await labelsAt('petaRencana { rencana R { indikatorKinerja "I" { <|> } } }')).toEqual(expect.arrayContaining(['satuan', 'awal', 'target']));
    });

    test('the v2 words that may also be names are not offered as names', async () => {
        await t.load({ 'a.spbe': 'opd DISKOMINFO { pic "p" }' });
        const labels = await labelsAt('pemda P { koordinator <|> }');
        expect(labels).toContain('DISKOMINFO');
        expect(labels).not.toContain('kota');
        expect(labels).not.toContain('awal');
    });
});

describe('outline', () => {
    test('indikatorKinerja blocks under their item, with the unit as detail', async () => {
        await expectSymbols(t.services)({
            text: 'petaRencana { rencana R { indikatorKinerja "Cakupan" { satuan "%" } indikatorKinerja "Waktu" { satuan "hari" } } rencana S {} }',
            assert: symbols => {
                const items = symbols[0].children!;
                expect(items.map(i => i.name)).toEqual(['R', 'S']);
                expect(items[0].children?.map(c => [c.name, c.detail, c.kind])).toEqual([['Cakupan', '%', SymbolKind.Number], ['Waktu', 'hari', SymbolKind.Number]]);
                expect(items[1].children).toBeUndefined();
            }
        });
    });
});

describe('hover', () => {
    test('a roadmap item shows its kode (derived or written), prioritas, kegiatan and performance indicators', async () => {
        await t.load({ 'pemda.spbe': 'pemda P { periode 2025..2029 }' });
        await expectHover(t.services)({
            text: `petaRencana { rencana <|>R { muatan aplikasi tahun 2025 prioritas tinggi kegiatan "2.16.03.2.02", "2.16.03.2.02.0035"
                indikatorKinerja "Cakupan" { satuan "%" } } }`,
            index: 0,
            hover: /Kode: AP\.01 _\(diturunkan dari muatan dan urutan\)_ · Prioritas: tinggi · Kegiatan: 2\.16\.03\.2\.02, 2\.16\.03\.2\.02\.0035[\s\S]*Indikator kinerja: Cakupan \(%\)/
        });
        await t.clear();
        await expectHover(t.services)({
            text: 'petaRencana { rencana <|>R { muatan aplikasi kode "AP.09" } }',
            index: 0,
            hover: /Kode: AP\.09(?! _)/
        });
    });

    test('personal data says so', async () => {
        await expectHover(t.services)({ text: 'opd A { data <|>NIK { sifat tertutup pribadi } }', index: 0, hover: /Memuat data pribadi \(UU 27\/2022\)/ });
    });
});

describe('semantic tokens', () => {
    test('kode and kegiatan codes like codes; the indicator text as a declaration; a keyword used as a name gets its kind', async () => {
        const highlight = highlightHelper(t.services);
        const { tokens } = await highlight('opd A { data pribadi { sifat terbuka } }\npetaRencana { rencana R { kode "AP.01" kegiatan "2.16" indikatorKinerja "Cakupan" { satuan "%" } } }');
        const typeOf = (text: string) => tokens.filter(k => k.text === text).map(k => k.tokenType);
        expect(typeOf('pribadi')).toEqual([SemanticTokenTypes.struct]);
        expect(typeOf('"AP.01"')).toEqual([SemanticTokenTypes.macro]);
        expect(typeOf('"2.16"')).toEqual([SemanticTokenTypes.macro]);
        expect(typeOf('"Cakupan"')).toEqual([SemanticTokenTypes.property]);
    });
});

describe('formatter', () => {
    const source = `pemda P { ilustrasi jenis kota periode 2025..2029 }
petaRencana { rencana R { indikatorKinerja "A" { target 2026 100 satuan "%" awal 2024 40 } muatan aplikasi
kode "AP.01" kegiatan "2.16.03.2.02","2.16.03.2.02.0035" setelah awal tahun 2025..2026 } rencana awal { muatan aplikasi } }
opd kota { data pribadi { pribadi sifat tertutup } }`;

    test('lays out the new blocks: indikatorKinerja nested, no blank lines around it, numbers as written', () => {
        const formatted = formatSource(t.services, source.replace('target 2026 100', 'target 2026 1.250,5'));
        expect(formatted).toContain('    rencana R {\n        indikatorKinerja "A" {\n            target 2026 1.250,5\n            satuan "%"\n            awal 2024 40\n        }\n        muatan aplikasi\n');
        expect(formatted).toContain('        kegiatan "2.16.03.2.02", "2.16.03.2.02.0035"\n        setelah awal\n');
        expect(formatted).toContain('opd kota {\n    data pribadi {\n        pribadi\n');
        expect(formatSource(t.services, formatted!)).toBe(formatted);
    });

    test('sorted: the canonical order of the v2 properties', () => {
        const sorted = formatSource(t.services, source, { sortProperties: true });
        expect(sorted).toContain('pemda P {\n    periode 2025..2029\n    jenis kota\n    ilustrasi\n}');
        expect(sorted).toContain('        muatan aplikasi\n        tahun 2025..2026\n        kegiatan "2.16.03.2.02", "2.16.03.2.02.0035"\n        kode "AP.01"\n'
            + '        indikatorKinerja "A" {\n            satuan "%"\n            awal 2024 40\n            target 2026 100\n        }\n        setelah awal\n');
        expect(sorted).toContain('    data pribadi {\n        sifat tertutup\n        pribadi\n');
    });
});
