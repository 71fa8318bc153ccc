import { afterEach, describe, expect, test } from 'vitest';
import { IssueCodes } from 'spbe-model';
import { createTestServices, rangeText } from '../../helpers/test-services.js';
import { marked as markedIn } from './_marked.js';

const t = createTestServices();
afterEach(() => t.clear());

const marked = (code: string, text: string, extra: Record<string, string> = {}) => markedIn(t, code, text, extra);

describe('duplicate-property', () => {
    test('a single-valued property written twice is reported on the second occurrence', async () => {
        expect(await marked(IssueCodes.DuplicateProperty, 'opd A { data D { sifat terbuka sifat tertutup } }')).toEqual(['tertutup']);
        expect(await marked(IssueCodes.DuplicateProperty, 'opd A { pic "x" pic "y" pic "z" }')).toEqual(['"y"', '"z"']);
    });

    test('a list property written twice is reported on the second list', async () => {
        expect(await marked(IssueCodes.DuplicateProperty, 'opd A { data X { sifat terbuka } data Y { sifat terbuka } layanan L { data X data Y } }')).toEqual(['Y']);
    });

    test('target and anggaran are repeatable but once per year', async () => {
        const found = await marked(IssueCodes.DuplicateProperty, `petaRencana { rencana R {
            target 2025 "a" target 2026 "b" target 2025 "c"
            anggaran 2025 1 anggaran 2025 2 } }`);
        expect(found).toEqual(['target 2025 "c"', 'anggaran 2025 2']);
    });

    test('not reported for repeatable properties or single occurrences', async () => {
        expect(await marked(IssueCodes.DuplicateProperty, `pemda P { periode 2025..2029 reviu 2026-01-01 reviu 2027-01-01
            kodeLokal RAB.09.04.01 "a" kodeLokal RAB.09.04.02 "b" }
            opd A { pic "x" data D { sifat terbuka } }
            petaRencana { rencana R { target 2025 "a" target 2026 "b" anggaran 2025 1 anggaran 2026 1 } }`)).toEqual([]);
    });
});

describe('missing-property', () => {
    test.each([
        ['data', 'opd A { data D {} }', 'D', 'sifat'],
        ['infrastruktur', 'opd A { infrastruktur I {} }', 'I', 'jenis'],
        ['keamanan', 'opd A { keamanan K {} }', 'K', 'jenis'],
        ['pemda', 'pemda P {}', 'P', 'periode']
    ])('%s without its required property, reported on the name', async (_kind, text, name, property) => {
        const ws = await t.load({ 'main.spbe': text });
        const [d] = ws.withCode(IssueCodes.MissingProperty);
        expect(rangeText(ws.documents['main.spbe'], d)).toBe(name);
        expect(d.message).toContain(property);
        expect(d.severity).toBe(1);
    });

    test('integrasi needs dari and ke; rencana needs muatan, penanggungJawab and tahun', async () => {
        const ws = await t.load({ 'main.spbe': 'opd A { integrasi I {} } petaRencana { rencana R {} }' });
        const messages = ws.withCode(IssueCodes.MissingProperty).map(d => d.message);
        for (const property of ['dari', 'ke', 'muatan', 'penanggungJawab', 'tahun']) {
            expect(messages.some(m => m.includes(`'${property}'`))).toBe(true);
        }
        expect(messages).toHaveLength(5);
    });

    test('not reported when the required properties are there', async () => {
        expect(await marked(IssueCodes.MissingProperty, `pemda P { periode 2025..2029 }
            opd A { data D { sifat terbuka } infrastruktur I { jenis server } keamanan K { jenis audit }
                aplikasi X {} aplikasi Y {} integrasi IN { dari X ke Y } }
            petaRencana { rencana R { muatan aplikasi penanggungJawab A tahun 2025 } }`)).toEqual([]);
    });
});

describe('missing-pemda and multiple-pemda', () => {
    test('OPDs without a pemda: one warning on the first OPD of the first file', async () => {
        const ws = await t.load({ 'b.spbe': 'opd B { pic "b" }', 'a.spbe': 'opd A2 { pic "a" }\nopd A1 { pic "a" }' });
        const found = ws.withCode(IssueCodes.MissingPemda);
        expect(found).toHaveLength(1);
        expect(rangeText(ws.documents['a.spbe'], found[0])).toBe('A2');
        expect(found[0].severity).toBe(2);
    });

    test('no warning with a pemda, nor for a workspace without OPDs', async () => {
        expect((await t.load({ 'a.spbe': 'pemda P { periode 2025..2029 } opd A { pic "a" }' })).withCode(IssueCodes.MissingPemda)).toEqual([]);
        await t.clear();
        expect((await t.load({ 'a.spbe': 'petaRencana {}' })).withCode(IssueCodes.MissingPemda)).toEqual([]);
    });

    test('two pemda: an error on each, pointing at the other', async () => {
        const ws = await t.load({ 'a.spbe': 'pemda P1 { periode 2025..2029 }', 'b.spbe': 'pemda P2 { periode 2025..2029 }' });
        const found = ws.withCode(IssueCodes.MultiplePemda);
        expect(found).toHaveLength(2);
        expect(found[0].relatedInformation?.[0].location.uri).toContain('b.spbe');
        expect(found[1].relatedInformation?.[0].location.uri).toContain('a.spbe');
    });
});

describe('duplicate-name', () => {
    test('two OPDs with one code in two files: both reported, each pointing at the other', async () => {
        const ws = await t.load({ 'a.spbe': 'opd DINKES { pic "a" }', 'b.spbe': 'opd DINKES { pic "b" }' });
        const found = ws.withCode(IssueCodes.DuplicateName);
        expect(found).toHaveLength(2);
        expect(rangeText(ws.documents['a.spbe'], ws.withCode(IssueCodes.DuplicateName, 'a.spbe')[0])).toBe('DINKES');
        expect(ws.withCode(IssueCodes.DuplicateName, 'a.spbe')[0].relatedInformation?.[0].location.uri).toContain('b.spbe');
    });

    test('two elements of one OPD with one name, even of different kinds', async () => {
        expect(await marked(IssueCodes.DuplicateName, 'opd A { aplikasi X {} data X { sifat terbuka } }')).toEqual(['X', 'X']);
    });

    test('two roadmap items with one name in different files', async () => {
        const ws = await t.load({ 'a.spbe': 'petaRencana { rencana R {} }', 'b.spbe': 'petaRencana { rencana R {} }' });
        expect(ws.withCode(IssueCodes.DuplicateName)).toHaveLength(2);
    });

    test('one name in different OPDs, or an OPD and an item sharing a name, is fine', async () => {
        expect(await marked(IssueCodes.DuplicateName, 'opd A { aplikasi X {} } opd B { aplikasi X {} } petaRencana { rencana A {} }')).toEqual([]);
    });
});

test('opd-missing-pic: a warning on the OPD name, none when pic is written', async () => {
    expect(await marked(IssueCodes.OpdMissingPic, 'opd A {} opd B { pic "b" }')).toEqual(['A']);
});

describe('invalid-value', () => {
    test('years that are not four digits', async () => {
        expect(await marked(IssueCodes.InvalidValue, `pemda P { periode 202..2029 }
            opd A { aplikasi X { status dihentikan hingga 20270 } }
            petaRencana { rencana R { tahun 2025 target 99 "x" anggaran 2_025 1 } }
            penilaian 24 spbe2020 {}`)).toEqual(['202', '20270', '99', '2_025', '24']);
    });

    test('a range whose start is after its end, and no year rule on it', async () => {
        const ws = await t.load({ 'main.spbe': 'pemda P { periode 2025..2029 } petaRencana { rencana R { tahun 2027..2025 target 2026 "x" } }' });
        expect(ws.withCode(IssueCodes.InvalidValue).map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['2025']);
        expect(ws.withCode(IssueCodes.RoadmapYearOutsideItem)).toEqual([]);
        expect(ws.withCode(IssueCodes.RoadmapYearOutsidePeriod)).toEqual([]);
    });

    test('tier outside 1..4', async () => {
        expect(await marked(IssueCodes.InvalidValue, 'opd A { infrastruktur I0 { jenis server tier 0 } infrastruktur I5 { jenis server tier 5 } infrastruktur I4 { jenis server tier 4 } }'))
            .toEqual(['0', '5']);
    });

    test('a decimal tier or level is not a whole number, rather than outside the range', async () => {
        const ws = await t.load({ 'main.spbe': 'opd A { infrastruktur I { jenis server tier 2,5 } }\npenilaian 2024 spbe2020 { I01 3,5 }' });
        expect(ws.withCode(IssueCodes.InvalidValue).map(d => d.message)).toEqual([
            expect.stringContaining('tier 2,5 harus bilangan bulat 1..4'), expect.stringContaining('level 3,5 harus bilangan bulat 1..5')]);
        expect(ws.withCode(IssueCodes.InvalidValue).some(d => d.message.includes('di luar'))).toBe(false);
    });

    test('dates must be real calendar dates, leap years included', async () => {
        expect(await marked(IssueCodes.InvalidValue, `pemda P { periode 2025..2029 reviu 2025-02-29 reviu 2024-02-29 reviu 2025-13-01
            ditetapkan "x" 2025-04-31 }
            opd A { keamanan K { jenis audit tanggal 2100-02-29 } keamanan K2 { jenis audit tanggal 2000-02-29 } }`))
            .toEqual(['2025-02-29', '2025-13-01', '2025-04-31', '2100-02-29']);
    });

    test('indicator levels outside 1..5', async () => {
        expect(await marked(IssueCodes.InvalidValue, `penilaian 2024 spbe2020 { I01 0 I02 6 I03 5 I04 1 }
            petaRencana { rencana R { indikator spbe2020.I01 -> 9, spbe2020.I02 -> 4 } }`)).toEqual(['0', '6', '9']);
    });
});
