import { afterEach, describe, expect, test } from 'vitest';
import { itemYears, isAplikasi, isData, isOpd, isPemda, isPenilaian, isPetaRencana, type Aplikasi, type Opd, type Pemda, type PetaRencana } from 'spbe-language';
import { createTestServices } from '../helpers/test-services.js';

const t = createTestServices();
afterEach(() => t.clear());

async function parseClean(text: string) {
    const document = await t.parse(text);
    expect(document.parseResult.lexerErrors, 'lexer errors').toEqual([]);
    expect(document.parseResult.parserErrors.map(e => e.message), 'parser errors').toEqual([]);
    return document.parseResult.value;
}

describe('declarations (spec §3)', () => {
    test('pemda header with every property', async () => {
        const root = await parseClean(`
            pemda KotaKediri "Pemerintah Kota Kediri" {
                periode 2025..2029
                referensi perpres132_2022
                evaluasi spbe2020
                koordinator SETDA
                ditetapkan "Perwali No. 12 Tahun 2025" 2025-03-14
                reviu 2027-06-30
                reviu 2029-06-30
                kodeLokal RAB.09.04.01 "Pengelolaan Pengaduan Masyarakat"
            }`);
        const pemda = root.declarations[0] as Pemda;
        expect(isPemda(pemda)).toBe(true);
        expect(pemda.periode[0]).toMatchObject({ start: 2025, end: 2029 });
        expect(pemda.referensi).toEqual(['perpres132_2022']);
        expect(pemda.evaluasi).toEqual(['spbe2020']);
        expect(pemda.koordinator[0].$refText).toBe('SETDA');
        expect(pemda.ditetapkan[0]).toMatchObject({ dasar: 'Perwali No. 12 Tahun 2025', tanggal: '2025-03-14' });
        expect(pemda.reviu).toEqual(['2027-06-30', '2029-06-30']);
        expect(pemda.kodeLokal[0]).toMatchObject({ code: 'RAB.09.04.01', title: 'Pengelolaan Pengaduan Masyarakat' });
    });

    test('an OPD with all seven element kinds and their properties', async () => {
        const root = await parseClean(`
            opd DISKOMINFO "Dinas Komunikasi dan Informatika" {
                pic "Apip Permana"
                email "diskominfo@kedirikota.go.id"
                peran walidata, koordinatorForumData, pengelolaPusatData, csirt
                probis PB "Proses" { kategori inti induk PB2 ref RAB.09.04 deskripsi "d" status eksisting }
                probis PB2 { kategori manajemen }
                layanan LY "Layanan" { jenis publik metode hybrid pengguna masyarakat, asn, badanUsaha, instansi
                    probis PB, PB2 aplikasi APP, nasional.SP4N_LAPOR data DT }
                data DT "Data" { sifat terbatas jenis geospasial pemutakhiran triwulanan produsen DISKOMINFO
                    walidata DISKOMINFO bagiPakai BAPPEDA, DINSOS }
                data DT2 { sifat terbuka bagiPakai semua }
                aplikasi APP "App" { fungsi pengaduan basis web, mobile, desktop lisensi "GPL-3.0" basisData "PostgreSQL"
                    url "https://x.go.id" hosting DC data DT, DT2 pengguna semua status dihentikan hingga 2027 }
                infrastruktur DC "Pusat Data" { jenis fasilitasKomputasi lokasi "Jl. Himalaya" tier 3 kepemilikan bersama terhubung NET }
                infrastruktur NET { jenis jaringanIntra }
                keamanan AUD { jenis audit tanggal 2024-02-29 objek APP, DC, DT hasil "ok" tindakLanjut "none" }
                integrasi INT { dari APP ke nasional.SP4N_LAPOR via nasional.SPLP data DT }
            }`);
        const opd = root.declarations[0] as Opd;
        expect(isOpd(opd)).toBe(true);
        expect(opd.peran[0].values).toEqual(['walidata', 'koordinatorForumData', 'pengelolaPusatData', 'csirt']);
        expect(opd.elements.map(e => e.$type)).toEqual(['Probis', 'Probis', 'Layanan', 'Data', 'Data', 'Aplikasi', 'Infrastruktur', 'Infrastruktur', 'Keamanan', 'Integrasi']);
        const app = opd.elements.find(isAplikasi) as Aplikasi;
        expect(app.basis[0].values).toEqual(['web', 'mobile', 'desktop']);
        expect(app.pengguna[0].all).toBe(true);
        expect(app.hingga).toEqual([2027]);
        const data = opd.elements.filter(isData);
        expect(data[0].bagiPakai[0].opds.map(r => r.$refText)).toEqual(['BAPPEDA', 'DINSOS']);
        expect(data[1].bagiPakai[0].all).toBe(true);
    });

    test('petaRencana with every property, money with digit groups', async () => {
        const root = await parseClean(`
            petaRencana {
                /** Migrasi pengaduan lokal ke kanal nasional. */
                rencana PR_ADUAN "Integrasi SURGA dengan SP4N-LAPOR!" {
                    muatan aplikasi
                    penanggungJawab DISKOMINFO
                    pelaksana DISKOMINFO, INSPEKTORAT
                    tahun 2025..2026
                    target 2025 "API SURGA terhubung ke SP4N-LAPOR!"
                    target 2026 "Seluruh aduan tercatat di SP4N-LAPOR!"
                    anggaran 2025 150_000_000
                    anggaran 2026 1_250_000_000
                    sumberDana APBD
                    kegiatan "2.16.03.1.01"
                    mewujudkan DISKOMINFO.INT_ADUAN_LAPOR
                    menghentikan DISKOMINFO.SURGA
                    setelah PR_SPLP
                    indikator spbe2020.I30 -> 3, pemdi2026.I16 -> 3
                    deskripsi "x"
                }
            }`);
        const roadmap = root.declarations[0] as PetaRencana;
        expect(isPetaRencana(roadmap)).toBe(true);
        const item = roadmap.items[0];
        expect(item.anggaran.map(a => a.amount)).toEqual([150_000_000, 1_250_000_000]);
        expect(item.tahun[0]).toMatchObject({ start: 2025, end: 2026 });
        expect(item.indikator[0].entries.map(e => [e.framework, e.indicator, e.level])).toEqual([['spbe2020', 'I30', 3], ['pemdi2026', 'I16', 3]]);
        expect(item.targets.map(x => x.year)).toEqual([2025, 2026]);
    });

    test('penilaian with several scores on one line', async () => {
        const root = await parseClean('penilaian 2024 spbe2020 {\n    I01 3   I02 2   I11 2   I12 1\n}');
        const penilaian = root.declarations[0];
        expect(isPenilaian(penilaian) && penilaian.scores.map(s => [s.indicator, s.level])).toEqual([['I01', 3], ['I02', 2], ['I11', 2], ['I12', 1]]);
    });

    test('a single year is a one-year range', async () => {
        const root = await parseClean('petaRencana { rencana A { tahun 2026 } }');
        const item = (root.declarations[0] as PetaRencana).items[0];
        expect(item.tahun[0].start).toBe(2026);
        expect(item.tahun[0].end).toBeUndefined();
        expect(itemYears(item)).toEqual({ start: 2026, end: 2026 });
    });
});

describe('lexical rules (spec §2, §7)', () => {
    test('string escapes and any Unicode are kept as written', async () => {
        const root = await parseClean('opd A "Dinas \\"Kominfo\\" — Pengaduan\\\\Layanan\\n\\tBaris" {}');
        expect((root.declarations[0] as Opd).title).toBe('Dinas "Kominfo" — Pengaduan\\Layanan\n\tBaris');
    });

    test('comments and doc comments are ignored by the parser', async () => {
        await parseClean('// line\n/* block\n over lines */\n/** doc */\nopd A { /* inner */ pic "x" // tail\n}');
    });

    test('empty and comment-only files are valid', async () => {
        expect((await parseClean('')).declarations).toEqual([]);
        expect((await parseClean('// nothing here\n/* at all */')).declarations).toEqual([]);
    });

    test('several properties may share a line; whitespace is insignificant', async () => {
        const root = await parseClean('opd A{pic "x" email "y"   peran walidata}');
        expect((root.declarations[0] as Opd).email).toEqual(['y']);
    });

    test('an unterminated string is a syntax error and the next declaration still parses', async () => {
        const document = await t.parse('opd A "unterminated {\n}\nopd B "Baik" { pic "p" }');
        expect(document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length).toBeGreaterThan(0);
        expect(document.parseResult.value.declarations.filter(isOpd).map(o => o.name)).toContain('B');
    });

    test('an unterminated block comment is a syntax error', async () => {
        const document = await t.parse('opd A {}\n/* never closed');
        expect(document.parseResult.lexerErrors.length).toBeGreaterThan(0);
    });

    test('a broken element does not lose the rest of the OPD', async () => {
        const document = await t.parse(`opd A {
            aplikasi X { fungsi ??? }
            aplikasi Y { fungsi pengaduan }
        }
        opd B { pic "b" }`);
        const names = document.parseResult.value.declarations.filter(isOpd).map(o => o.name);
        expect(names).toEqual(['A', 'B']);
        const a = document.parseResult.value.declarations[0] as Opd;
        expect(a.elements.map(e => e.name)).toContain('Y');
    });
});
