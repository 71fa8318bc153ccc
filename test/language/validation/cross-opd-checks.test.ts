import { afterEach, describe, expect, test } from 'vitest';
import { IssueCodes } from 'spbe-model';
import { createTestServices, rangeText } from '../../helpers/test-services.js';
import { marked as markedIn } from './_marked.js';

const t = createTestServices();
afterEach(() => t.clear());
const marked = (code: string, text: string, extra: Record<string, string> = {}) => markedIn(t, code, text, extra);

const owner = (sifat: string, bagiPakai = '') => ({ 'owner.spbe': `opd B { data DT { sifat ${sifat} ${bagiPakai} } }` });

describe('cross-opd-data-not-shared', () => {
    test('terbatas data of another OPD is a warning, tertutup an error, on the list entry', async () => {
        for (const [sifat, severity] of [['terbatas', 2], ['tertutup', 1]] as const) {
            const ws = await t.load({ 'main.spbe': 'opd A { data OWN { sifat terbuka } layanan L { data OWN, B.DT } }', ...owner(sifat) });
            const [d] = ws.withCode(IssueCodes.CrossOpdDataNotShared);
            expect(rangeText(ws.documents['main.spbe'], d)).toBe('B.DT');
            expect(d.severity).toBe(severity);
            expect(d.message).toContain('A');
            await t.clear();
        }
    });

    test('applies to aplikasi.data and integrasi.data too', async () => {
        expect(await marked(IssueCodes.CrossOpdDataNotShared,
            'opd A { aplikasi X { data B.DT } aplikasi Y {} integrasi I { dari X ke Y data B.DT } }', owner('terbatas'))).toEqual(['B.DT', 'B.DT']);
    });

    test('not reported for terbuka data, a bagiPakai grant, bagiPakai semua, or the OPD\'s own data', async () => {
        const user = 'opd A { layanan L { data B.DT } }';
        expect(await marked(IssueCodes.CrossOpdDataNotShared, user, owner('terbuka'))).toEqual([]);
        await t.clear();
        expect(await marked(IssueCodes.CrossOpdDataNotShared, user, owner('tertutup', 'bagiPakai C, A'))).toEqual([]);
        await t.clear();
        expect(await marked(IssueCodes.CrossOpdDataNotShared, user, owner('terbatas', 'bagiPakai semua'))).toEqual([]);
        await t.clear();
        expect(await marked(IssueCodes.CrossOpdDataNotShared, 'opd B { data DT { sifat tertutup } layanan L { data DT } }')).toEqual([]);
    });
});

describe('cross-opd-app-not-shared', () => {
    const app = (pengguna = '') => ({ 'owner.spbe': `opd B { aplikasi APP { ${pengguna} } }` });

    test('a layanan of A using an aplikasi of B that does not list A', async () => {
        const ws = await t.load({ 'main.spbe': 'opd A { layanan L { aplikasi B.APP } }', ...app('pengguna C') });
        const [d] = ws.withCode(IssueCodes.CrossOpdAppNotShared);
        expect(rangeText(ws.documents['main.spbe'], d)).toBe('B.APP');
        expect(d.severity).toBe(2);
    });

    test('not reported with pengguna A, pengguna semua, a national app, or the OPD\'s own app', async () => {
        expect(await marked(IssueCodes.CrossOpdAppNotShared, 'opd A { layanan L { aplikasi B.APP } }', app('pengguna A'))).toEqual([]);
        await t.clear();
        expect(await marked(IssueCodes.CrossOpdAppNotShared, 'opd A { layanan L { aplikasi B.APP } }', app('pengguna semua'))).toEqual([]);
        await t.clear();
        expect(await marked(IssueCodes.CrossOpdAppNotShared, 'opd A { aplikasi OWN {} layanan L { aplikasi OWN, nasional.SRIKANDI } }')).toEqual([]);
    });
});

describe('integration-bypasses-splp', () => {
    test('between applications of two OPDs, or with a national app, without via', async () => {
        expect(await marked(IssueCodes.IntegrationBypassesSplp, `opd A { aplikasi X {}
            integrasi I1 { dari X ke B.Y }
            integrasi I2 { dari nasional.SIASN ke X } }`, { 'b.spbe': 'opd B { aplikasi Y {} }' })).toEqual(['I1', 'I2']);
    });

    test('not reported via a sistemPenghubung, nor inside one OPD', async () => {
        expect(await marked(IssueCodes.IntegrationBypassesSplp, `opd A { aplikasi X {} aplikasi Z {}
            integrasi I1 { dari X ke B.Y via nasional.SPLP }
            integrasi I2 { dari X ke Z } }`, { 'b.spbe': 'opd B { aplikasi Y {} }' })).toEqual([]);
    });
});

describe('duplicate-application', () => {
    test('two active applications of different OPDs with one fungsi, each pointing at the other', async () => {
        const ws = await t.load({ 'main.spbe': 'opd A { aplikasi KEU_A { fungsi keuangan } }', 'b.spbe': 'opd B { aplikasi KEU_B { fungsi keuangan } }' });
        const found = ws.withCode(IssueCodes.DuplicateApplication);
        expect(found).toHaveLength(2);
        const [mine] = ws.withCode(IssueCodes.DuplicateApplication, 'main.spbe');
        expect(rangeText(ws.documents['main.spbe'], mine)).toBe('KEU_A');
        expect(mine.relatedInformation?.[0].location.uri).toContain('b.spbe');
    });

    test('not reported within one OPD, for sektoral/lainnya, or when one is dihentikan', async () => {
        expect(await marked(IssueCodes.DuplicateApplication, `opd A { aplikasi K1 { fungsi keuangan } aplikasi K2 { fungsi keuangan }
            aplikasi S { fungsi sektoral } aplikasi L { fungsi lainnya } aplikasi P { fungsi perencanaan status dihentikan hingga 2025 } }`,
        { 'b.spbe': 'opd B { aplikasi S { fungsi sektoral } aplikasi L { fungsi lainnya } aplikasi P { fungsi perencanaan } }' })).toEqual([]);
    });
});

describe('duplicates-aplikasi-umum', () => {
    test('local apps whose fungsi a national Aplikasi Umum serves (nine areas since v2)', async () => {
        expect(await marked(IssueCodes.DuplicatesAplikasiUmum, `opd A {
            aplikasi SURGA { fungsi pengaduan } aplikasi ARSIP { fungsi kearsipan }
            aplikasi LPSE { fungsi pengadaan } aplikasi SIMPEG { fungsi kepegawaian }
            aplikasi RENCANA { fungsi perencanaan } aplikasi ANGGARAN { fungsi penganggaran } aplikasi KEU { fungsi keuangan }
            aplikasi KINERJA { fungsi kinerjaPegawai } aplikasi HUKUM { fungsi jdih }
            aplikasi ASET { fungsi asetDaerah } aplikasi DATA { fungsi dataTerbuka } aplikasi RS { fungsi kesehatan } }`))
            .toEqual(['SURGA', 'ARSIP', 'LPSE', 'SIMPEG', 'RENCANA', 'ANGGARAN', 'KEU', 'KINERJA', 'HUKUM']);
    });

    test('(v2) the message names the mapped national app: SIPD for keuangan, EKINERJA, JDIHN', async () => {
        const ws = await t.load({ 'main.spbe': 'opd A { aplikasi KEU { fungsi keuangan } aplikasi K { fungsi kinerjaPegawai } aplikasi H { fungsi jdih } }' });
        expect(ws.withCode(IssueCodes.DuplicatesAplikasiUmum).map(d => /nasional\.\w+/.exec(d.message)![0]))
            .toEqual(['nasional.SIPD', 'nasional.EKINERJA', 'nasional.JDIHN']);
    });

    test('(v2) an integrasi with SIPD covers perencanaan, penganggaran and keuangan apps', async () => {
        expect(await marked(IssueCodes.DuplicatesAplikasiUmum, `opd A {
            aplikasi KEU { fungsi keuangan } integrasi I { dari KEU ke nasional.SIPD via nasional.SPLP } }`)).toEqual([]);
    });

    test('not reported with an integrasi to that national app (either direction) or a roadmap item retiring it', async () => {
        expect(await marked(IssueCodes.DuplicatesAplikasiUmum, `opd A {
            aplikasi SURGA { fungsi pengaduan } integrasi I1 { dari SURGA ke nasional.SP4N_LAPOR via nasional.SPLP }
            aplikasi ARSIP { fungsi kearsipan } integrasi I2 { dari nasional.SRIKANDI ke ARSIP via nasional.SPLP }
            aplikasi LPSE { fungsi pengadaan } }
            petaRencana { rencana R { menghentikan A.LPSE } }`)).toEqual([]);
    });

    test('an integrasi with another national app does not count', async () => {
        expect(await marked(IssueCodes.DuplicatesAplikasiUmum,
            'opd A { aplikasi SURGA { fungsi pengaduan } integrasi I { dari SURGA ke nasional.SRIKANDI via nasional.SPLP } }')).toEqual(['SURGA']);
    });
});

describe('data-classification-leak', () => {
    test('a public layanan listing tertutup data is an error on the entry', async () => {
        const ws = await t.load({ 'main.spbe': 'opd A { data RAHASIA { sifat tertutup } data BUKA { sifat terbuka } layanan L { jenis publik data BUKA, RAHASIA } }' });
        const [d] = ws.withCode(IssueCodes.DataClassificationLeak);
        expect(rangeText(ws.documents['main.spbe'], d)).toBe('RAHASIA');
        expect(d.severity).toBe(1);
    });

    test('not reported for administrasi layanan or terbatas data', async () => {
        expect(await marked(IssueCodes.DataClassificationLeak, `opd A { data R { sifat tertutup } data T { sifat terbatas }
            layanan L1 { jenis administrasi data R } layanan L2 { jenis publik data T } }`)).toEqual([]);
    });
});

describe('walidata-without-role', () => {
    test('walidata names an OPD without peran walidata', async () => {
        expect(await marked(IssueCodes.WalidataWithoutRole, 'opd A { data D { sifat terbuka walidata B } } opd B { peran csirt }')).toEqual(['B']);
    });

    test('not reported when the OPD has the role', async () => {
        expect(await marked(IssueCodes.WalidataWithoutRole, 'opd A { data D { sifat terbuka walidata B } } opd B { peran csirt, walidata }')).toEqual([]);
    });
});
