import { afterEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { IssueCodes, parseKegiatanCode, withKegiatanLevel, type KegiatanCode } from 'spbe-model';
import { createTestServices, rangeText } from '../../helpers/test-services.js';
import { marked as markedIn } from './_marked.js';

const t = createTestServices();
afterEach(() => t.clear());
const marked = (code: string, text: string, extra: Record<string, string> = {}) => markedIn(t, code, text, extra);
const item = (kegiatan: string) => `petaRencana { rencana R { kegiatan ${kegiatan} } }`;

describe('kegiatan-code-invalid', () => {
    test('an entry that is not U.BB.PP.L.KK or U.BB.PP.L.KK.SSSS is an error on that entry', async () => {
        const ws = await t.load({ 'main.spbe': item('"2.16.03.2.02", "2.16.3.2.02", "2.16.03.3.02", "2.16.03.2.02.35", "Kegiatan X", "2.16.03.2.02.0035"') });
        const found = ws.withCode(IssueCodes.KegiatanCodeInvalid);
        expect(found.map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['"2.16.3.2.02"', '"2.16.03.3.02"', '"2.16.03.2.02.35"', '"Kegiatan X"']);
        expect(found.every(d => d.severity === 1)).toBe(true);
        expect(found[3].message).toContain("'Kegiatan X' bukan kode kegiatan Kepmendagri");
    });

    test('valid kegiatan and sub-kegiatan codes, at either level, are not reported', async () => {
        expect(await marked(IssueCodes.KegiatanCodeInvalid, item('"2.16.03.2.02", "1.02.02.1.01.0001", "2.16.03.1.02"'))).toEqual([]);
    });

    test('property: exactly the digit shapes with L in {1,2} parse', () => {
        const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map(a => a.join(''));
        fc.assert(fc.property(digits(1), digits(2), digits(2), fc.constantFrom('1', '2'), digits(2), fc.option(digits(4)), (u, b, p, l, k, s) => {
            const code = `${u}.${b}.${p}.${l}.${k}${s === null ? '' : `.${s}`}`;
            const parsed: KegiatanCode | undefined = parseKegiatanCode(code);
            return parsed?.level === l && parsed.subKegiatan === (s !== null) && withKegiatanLevel(code, l === '1' ? '2' : '1').length === code.length;
        }));
        fc.assert(fc.property(fc.string(), value => parseKegiatanCode(value) === undefined || /^\d\.\d\d\.\d\d\.[12]\.\d\d(\.\d{4})?$/.test(value)));
    });
});

describe('kegiatan-code-wrong-level', () => {
    test('level 1 (provinsi) in a kota, written jenis; a warning on the entry', async () => {
        const ws = await t.load({ 'main.spbe': item('"2.16.03.1.02", "2.16.03.2.02", "x"'), 'pemda.spbe': 'pemda P { jenis kota }' });
        const found = ws.withCode(IssueCodes.KegiatanCodeWrongLevel);
        expect(found.map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['"2.16.03.1.02"']);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toBe("Kode kegiatan '2.16.03.1.02' berlevel 1 (provinsi), padahal pemda ini kota: kode untuk kota memakai level 2.");
    });

    test('level 2 in a provinsi, jenis derived from the title; kabupaten from the title too', async () => {
        expect(await marked(IssueCodes.KegiatanCodeWrongLevel, item('"2.16.03.2.02.0035", "2.16.03.1.02"'),
            { 'pemda.spbe': 'pemda P "Pemerintah Provinsi Jawa Timur" {}' })).toEqual(['"2.16.03.2.02.0035"']);
        await t.clear();
        expect(await marked(IssueCodes.KegiatanCodeWrongLevel, item('"2.16.03.1.02"'),
            { 'pemda.spbe': 'pemda P "Pemerintah Kabupaten Kediri" {}' })).toEqual(['"2.16.03.1.02"']);
    });

    test('skipped when the jenis is unknown, for codes that fit, and for invalid codes', async () => {
        expect(await marked(IssueCodes.KegiatanCodeWrongLevel, item('"2.16.03.1.02"'), { 'pemda.spbe': 'pemda P "Kediri" {}' })).toEqual([]);
        await t.clear();
        expect(await marked(IssueCodes.KegiatanCodeWrongLevel, item('"2.16.03.1.02"'))).toEqual([]);
        await t.clear();
        expect(await marked(IssueCodes.KegiatanCodeWrongLevel, item('"2.16.03.2.02", "2.16.3.1.02"'), { 'pemda.spbe': 'pemda P { jenis kota }' })).toEqual([]);
    });
});
