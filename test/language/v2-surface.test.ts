import { afterEach, describe, expect, test } from 'vitest';
import { GrammarKeywords, IssueCodes, itemKodes, jenisFromTitle, tempatFromTitle } from 'spbe-model';
import { KeywordsUsableAsNames } from '../../packages/language/src/parser/spbe-token-builder.js';
import { createTestServices, rangeText } from '../helpers/test-services.js';

/** The (v2) surface of spec §3: what parses, what the model carries, and the structure rules on it. */
const t = createTestServices();
afterEach(() => t.clear());

const opds = 'opd A { pic "p" }\nopd B { pic "p" }\n';
const model = () => t.services.spbe.Model.get();
const errors = (ws: Awaited<ReturnType<typeof t.load>>, path?: string) => ws.diagnostics(path).filter(d => d.severity === 1);

describe('pemda jenis, kepalaDaerah, tempat, ilustrasi', () => {
    test('written: the model carries them as written', async () => {
        const ws = await t.load({ 'pemda.spbe': `pemda P "Pemerintah Kota Kediri" { periode 2025..2029 jenis kabupaten
            kepalaDaerah "dr. Nama, M.Si." tempat "Kota Kediri" ilustrasi }\n${opds}` });
        expect(errors(ws)).toEqual([]);
        expect(model().pemda).toMatchObject({ jenis: 'kabupaten', jenisFromTitle: false, kepalaDaerah: 'dr. Nama, M.Si.', tempat: 'Kota Kediri', ilustrasi: true });
    });

    test('absent: jenis and tempat come from the title; no ilustrasi', async () => {
        await t.load({ 'pemda.spbe': `pemda P "Pemerintah Kabupaten Barito Timur" { periode 2025..2029 }\n${opds}` });
        expect(model().pemda).toMatchObject({ jenis: 'kabupaten', jenisFromTitle: true, tempat: 'Barito Timur', ilustrasi: false });
        expect(model().pemda?.kepalaDaerah).toBeUndefined();
    });

    test('a title that names no kind gives no jenis and no tempat', async () => {
        await t.load({ 'pemda.spbe': `pemda P "Kediri" { periode 2025..2029 }\n${opds}` });
        expect(model().pemda?.jenis).toBeUndefined();
        expect(model().pemda?.jenisFromTitle).toBe(false);
        expect(model().pemda?.tempat).toBeUndefined();
    });

    test('derivation from titles', () => {
        expect(jenisFromTitle('Pemerintah Kota Kediri')).toBe('kota');
        expect(jenisFromTitle('pemerintah  PROVINSI Jawa Timur')).toBe('provinsi');
        expect(jenisFromTitle('Kota Kediri')).toBe('kota');
        expect(jenisFromTitle('Pemerintah Kotabaru')).toBeUndefined();
        expect(jenisFromTitle('Dinas Kota')).toBeUndefined();
        expect(jenisFromTitle(undefined)).toBeUndefined();
        expect(tempatFromTitle('Pemerintah Provinsi  Jawa   Timur')).toBe('Jawa Timur');
        expect(tempatFromTitle('Pemerintah Kota')).toBeUndefined();
    });

    test('each written twice is a duplicate-property on the second; a jenis outside the three is a syntax error', async () => {
        const ws = await t.load({ 'pemda.spbe': `pemda P { periode 2025..2029 ilustrasi jenis kota tempat "a" kepalaDaerah "x"
            ilustrasi jenis kota tempat "b" kepalaDaerah "y" }\n${opds}` });
        const doc = ws.documents['pemda.spbe'];
        expect(ws.withCode(IssueCodes.DuplicateProperty).map(d => rangeText(doc, d))).toEqual(['ilustrasi', 'kota', '"b"', '"y"']);
        await t.clear();
        const bad = await t.load({ 'pemda.spbe': `pemda P { periode 2025..2029 jenis desa }\n${opds}` });
        expect(bad.codes()).toContain(IssueCodes.Syntax);
    });
});

describe('data pribadi and the sector fungsi areas', () => {
    test('pribadi is a flag on data; other data and other kinds have no pribadi = true', async () => {
        const ws = await t.load({ 'a.spbe': `opd A { pic "p"
            data NIK { sifat tertutup pribadi }
            data STAT { sifat terbuka }
            aplikasi X { fungsi kesehatan } } ` });
        expect(errors(ws)).toEqual([]);
        const byName = Object.fromEntries(model().elements.filter(e => e.opd === 'A').map(e => [e.name, e]));
        expect(byName.NIK.pribadi).toBe(true);
        expect(byName.STAT.pribadi).toBe(false);
        expect(byName.X.pribadi).toBeUndefined();
    });

    test('pribadi twice is a duplicate-property; pribadi on an aplikasi is a syntax error', async () => {
        const ws = await t.load({ 'a.spbe': 'opd A { pic "p" data D { sifat terbuka pribadi pribadi } }' });
        expect(ws.withCode(IssueCodes.DuplicateProperty).map(d => rangeText(ws.documents['a.spbe'], d))).toEqual(['pribadi']);
        await t.clear();
        expect((await t.load({ 'a.spbe': 'opd A { pic "p" aplikasi X { pribadi } }' })).codes()).toContain(IssueCodes.Syntax);
    });

    test('the five new fungsi areas parse and reach the model', async () => {
        const areas = ['kesehatan', 'kependudukan', 'perizinan', 'bangunan', 'perlindunganSosial'];
        const ws = await t.load({ 'a.spbe': `opd A { pic "p" ${areas.map((a, i) => `aplikasi X${i} { fungsi ${a} }`).join(' ')} }` });
        expect(ws.codes()).not.toContain(IssueCodes.Syntax);
        expect(model().elements.filter(e => e.opd === 'A').map(e => e.attributes.fungsi)).toEqual(areas);
    });
});

describe('duplicate-application and the sector areas', () => {
    test('two OPDs with a kesehatan application each are no duplicate; two with keuangan are', async () => {
        const apps = (fungsi: string) => ({ 'a.spbe': `opd A { pic "p" aplikasi X { fungsi ${fungsi} } }`, 'b.spbe': `opd B { pic "p" aplikasi Y { fungsi ${fungsi} } }` });
        for (const area of ['kesehatan', 'kependudukan', 'perizinan', 'bangunan', 'perlindunganSosial']) {
            expect((await t.load(apps(area))).withCode(IssueCodes.DuplicateApplication), area).toEqual([]);
            await t.clear();
        }
        expect((await t.load(apps('akuntabilitas'))).withCode(IssueCodes.DuplicateApplication).length).toBe(2);
    });
});

describe('pemdi2025 keyword', () => {
    test('evaluasi, penilaian and indikator accept pemdi2025', async () => {
        const ws = await t.load({
            'pemda.spbe': `pemda P { periode 2025..2029 evaluasi pemdi2025 }\n${opds}`,
            'penilaian.spbe': 'penilaian 2025 pemdi2025 { I01 2 I02 3 }',
            'peta.spbe': 'petaRencana { rencana R { muatan layanan penanggungJawab A tahun 2025 indikator pemdi2025.I01 -> 3 } }'
        });
        expect(ws.codes()).not.toContain(IssueCodes.Syntax);
        expect(model().pemda?.evaluasi).toBe('pemdi2025');
        expect(model().assessments[0]).toMatchObject({ framework: 'pemdi2025', year: 2025 });
        expect(model().items[0].indikator).toEqual([{ framework: 'pemdi2025', indicator: 'I01', level: 3 }]);
    });
});

const item = (name: string, body: string) => `rencana ${name} { muatan aplikasi penanggungJawab A tahun 2025..2026 anggaran 2025 1 ${body} }`;
const pemda = `pemda P { periode 2025..2029 }\n${opds}`;

describe('roadmap kode, prioritas and kegiatan', () => {
    test('written kode, prioritas and a kegiatan list reach the model', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'peta.spbe': `petaRencana { ${item('R', 'kode "AP.07" prioritas tinggi kegiatan "2.16.03.2.02", "2.16.03.2.02.0035"')} }` });
        expect(errors(ws)).toEqual([]);
        expect(model().items[0]).toMatchObject({ kode: 'AP.07', kodeDerived: false, prioritas: 'tinggi', kegiatan: ['2.16.03.2.02', '2.16.03.2.02.0035'] });
    });

    test('a v1 single kegiatan still parses, as a list of one; kegiatan twice is a duplicate-property', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'peta.spbe': `petaRencana { ${item('R', 'kegiatan "1.02.02.2.01"')} }` });
        expect(errors(ws)).toEqual([]);
        expect(model().items[0].kegiatan).toEqual(['1.02.02.2.01']);
        await t.clear();
        const twice = await t.load({ 'pemda.spbe': pemda, 'peta.spbe': `petaRencana { ${item('R', 'kegiatan "a" kegiatan "b" prioritas sedang prioritas rendah kode "X" kode "Y"')} }` });
        expect(twice.withCode(IssueCodes.DuplicateProperty).map(d => rangeText(twice.documents['peta.spbe'], d))).toEqual(['"b"', 'rendah', '"Y"']);
    });

    test('a prioritas outside tinggi|sedang|rendah is a syntax error', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'peta.spbe': `petaRencana { ${item('R', 'prioritas mendesak')} }` });
        expect(ws.codes('peta.spbe')).toContain(IssueCodes.Syntax);
    });
});

describe('derived kode', () => {
    test('muatan prefix and a two-digit number in workspace order (files in path order, then position)', async () => {
        await t.load({
            'pemda.spbe': pemda,
            'b.spbe': `petaRencana { ${item('B1', '')} rencana B2 { muatan keamanan penanggungJawab A tahun 2025 } }`,
            'a.spbe': `petaRencana { ${item('A1', '')} ${item('A2', 'kode "AP.09"')} ${item('A3', '')} rencana A4 { muatan tataKelola penanggungJawab A tahun 2025 } }`
        });
        const kodes = Object.fromEntries(model().items.map(i => [i.name, `${i.kode}${i.kodeDerived ? '*' : ''}`]));
        expect(kodes).toEqual({ A1: 'AP.01*', A2: 'AP.09', A3: 'AP.03*', A4: 'TK.01*', B1: 'AP.04*', B2: 'KS.01*' });
    });

    test('every muatan prefix; no muatan, no kode', () => {
        const muatan = ['tataKelola', 'manajemen', 'layanan', 'infrastruktur', 'aplikasi', 'keamanan', 'auditTik'];
        expect(itemKodes([...muatan.map(m => ({ muatan: m })), {}]).map(k => k?.kode))
            .toEqual(['TK.01', 'MN.01', 'LY.01', 'IN.01', 'AP.01', 'KS.01', 'AU.01', undefined]);
    });
});

describe('duplicate-name on a kode', () => {
    test('kode "" or blank: invalid-value saying a kode cannot be empty; the item keeps its derived kode', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'peta.spbe': `petaRencana { ${item('R1', 'kode ""')} ${item('R2', 'kode "  "')} }` });
        const invalid = ws.withCode(IssueCodes.InvalidValue);
        expect(invalid.map(d => rangeText(ws.documents['peta.spbe'], d))).toEqual(['""', '"  "']);
        expect(invalid[0].message).toContain('kode rincian tidak boleh kosong');
        expect(model().items.map(i => `${i.kode}${i.kodeDerived ? '*' : ''}`)).toEqual(['AP.01*', 'AP.02*']);
    });

    test('a written kode equal to a derived one: on both, with related information', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'peta.spbe': `petaRencana { ${item('R1', '')} ${item('R2', 'kode "AP.01"')} }` });
        const doc = ws.documents['peta.spbe'];
        const dups = ws.withCode(IssueCodes.DuplicateName, 'peta.spbe');
        expect(dups.map(d => rangeText(doc, d))).toEqual(['R1', '"AP.01"']);
        expect(dups[0].message).toContain("Kode rincian 'AP.01' dipakai lebih dari satu butir Peta Rencana");
        expect(dups[0].message).toContain('diturunkan');
        expect(dups[0].relatedInformation?.map(r => doc.textDocument.getText(r.location.range))).toEqual(['"AP.01"']);
        expect(dups[1].relatedInformation?.map(r => doc.textDocument.getText(r.location.range))).toEqual(['R1']);
    });

    test('two written kodes across files; distinct kodes give nothing', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'a.spbe': `petaRencana { ${item('R1', 'kode "K.1"')} }`, 'b.spbe': `petaRencana { ${item('R2', 'kode "K.1"')} }` });
        expect(ws.withCode(IssueCodes.DuplicateName).length).toBe(2);
        expect(ws.withCode(IssueCodes.DuplicateName, 'a.spbe')[0].relatedInformation?.[0].location.uri).toContain('b.spbe');
        await t.clear();
        const fine = await t.load({ 'pemda.spbe': pemda, 'a.spbe': `petaRencana { ${item('R1', '')} ${item('R2', '')} ${item('R3', 'kode "AP.09"')} }` });
        expect(fine.withCode(IssueCodes.DuplicateName)).toEqual([]);
    });
});

const kinerja = (body: string) => `petaRencana { ${item('R', `indikatorKinerja "Persentase OPD" { ${body} }`)} }`;

describe('indikatorKinerja', () => {
    test('satuan, awal and targets reach the model; repeatable blocks keep their order', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'peta.spbe': `petaRencana { ${item('R', `
            indikatorKinerja "Persentase OPD" { satuan "%" awal 2024 40 target 2025 80 target 2026 100 }
            indikatorKinerja "Waktu layanan" { satuan "hari" target 2026 2,5 }`)} }` });
        expect(errors(ws)).toEqual([]);
        expect(model().items[0].indikatorKinerja).toEqual([
            { name: 'Persentase OPD', satuan: '%', awal: { year: 2024, value: 40 }, targets: [{ year: 2025, value: 80 }, { year: 2026, value: 100 }] },
            { name: 'Waktu layanan', satuan: 'hari', awal: undefined, targets: [{ year: 2026, value: 2.5 }] }
        ]);
    });

    test('satuan is required: missing-property on the indicator name', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'peta.spbe': kinerja('target 2025 1') });
        const missing = ws.withCode(IssueCodes.MissingProperty, 'peta.spbe');
        expect(missing.map(d => rangeText(ws.documents['peta.spbe'], d))).toEqual(['"Persentase OPD"']);
        expect(missing[0].message).toContain("'satuan'");
    });

    test('one target per year; satuan or awal twice: duplicate-property on the later one', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'peta.spbe': kinerja('satuan "%" satuan "x" awal 2024 1 awal 2024 2 target 2025 1 target 2025 2 target 2026 3') });
        expect(ws.withCode(IssueCodes.DuplicateProperty).map(d => rangeText(ws.documents['peta.spbe'], d)).sort()).toEqual(['"x"', 'awal 2024 2', 'target 2025 2']);
        expect(model().items[0].indikatorKinerja[0].targets).toEqual([{ year: 2025, value: 1 }, { year: 2026, value: 3 }]);
    });

    test('target years: inside the periode, then inside the item; awal may precede the periode but not follow it', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'peta.spbe': kinerja('satuan "%" awal 2020 1 target 2031 1 target 2027 1 target 2026 1') });
        const doc = ws.documents['peta.spbe'];
        expect(ws.withCode(IssueCodes.RoadmapYearOutsidePeriod).map(d => rangeText(doc, d))).toEqual(['2031']);
        expect(ws.withCode(IssueCodes.RoadmapYearOutsideItem).map(d => rangeText(doc, d))).toEqual(['2027']);
        await t.clear();
        const late = await t.load({ 'pemda.spbe': pemda, 'peta.spbe': kinerja('satuan "%" awal 2030 1') });
        expect(late.withCode(IssueCodes.RoadmapYearOutsidePeriod).map(d => rangeText(late.documents['peta.spbe'], d))).toEqual(['2030']);
    });

    test('a year that is not four digits is invalid-value', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'peta.spbe': kinerja('satuan "%" awal 24 1 target 2025 1') });
        expect(ws.withCode(IssueCodes.InvalidValue).map(d => rangeText(ws.documents['peta.spbe'], d))).toEqual(['24']);
    });
});

describe('v1 workspaces keep parsing', () => {
    test('every v2 keyword is a keyword, and names an OPD, an element and a roadmap item, and is referred to', async () => {
        for (const word of KeywordsUsableAsNames) {
            expect(GrammarKeywords, word).toContain(word);
            const ws = await t.load({ 'a.spbe': `opd ${word} { pic "p" data ${word} { sifat terbuka walidata ${word} } layanan L { data ${word}.${word} } }
                petaRencana { rencana ${word} { muatan aplikasi penanggungJawab ${word} tahun 2025 } rencana R2 { muatan aplikasi penanggungJawab ${word} tahun 2025 setelah ${word} } }` });
            expect(ws.codes().filter(c => c === IssueCodes.Syntax || c === IssueCodes.UnresolvedReference), word).toEqual([]);
            await t.clear();
        }
    });

    test('the words v2 made keywords still name declarations and references', async () => {
        const ws = await t.load({ 'a.spbe': `opd kota { pic "p"
            data pribadi { sifat terbuka walidata kota }
            aplikasi kesehatan { data pribadi hosting tempat }
            infrastruktur tempat { jenis server } }
            petaRencana { rencana kode { muatan aplikasi penanggungJawab kota tahun 2025 mewujudkan kota.kesehatan }
                rencana awal { muatan aplikasi penanggungJawab kota tahun 2025 setelah kode } }` });
        expect(ws.codes()).not.toContain(IssueCodes.Syntax);
        expect(ws.codes()).not.toContain(IssueCodes.UnresolvedReference);
        expect(model().elements.filter(e => e.opd === 'kota').map(e => e.id)).toEqual(['kota.pribadi', 'kota.kesehatan', 'kota.tempat']);
    });
});
