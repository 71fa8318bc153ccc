import { afterEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { generateRoadmap } from 'spbe-generators';
import { IssueCodes, readSpbeNumber, suggestSpbeNumber } from 'spbe-model';
import { createTestServices, rangeText } from '../helpers/test-services.js';

/**
 * Spec §2 (v2): numbers written the Indonesian way (`1.500.000`, `12,5`, `1.250,75`) next to
 * `150_000_000`; money stays whole; a number the language cannot read is one `syntax` diagnostic
 * saying how to write it, in the user's language.
 */
const t = createTestServices();
afterEach(() => { t.services.spbe.Settings.locale = 'id'; return t.clear(); });

const tokens = (text: string) => t.services.parser.Lexer.tokenize(text).tokens.map(k => `${k.tokenType.name}:${k.image}`);
const pemda = 'pemda P { periode 2025..2029 }\nopd A { pic "p" }\n';
const withAmount = (amount: string) => `petaRencana { rencana R { muatan layanan penanggungJawab A tahun 2025 anggaran 2025 ${amount} } }`;
const withMeasure = (value: string) => `petaRencana { rencana R { muatan layanan penanggungJawab A tahun 2025..2026 anggaran 2025 1
    indikatorKinerja "Cakupan" { satuan "%" awal 2024 ${value} target 2025 ${value} } } }`;

describe('lexing numbers next to codes, dates, ranges and indicators', () => {
    test('the v1 terminals lex as before', () => {
        expect(tokens('ref RAB.09.07')).toEqual(['ref:ref', 'CODE:RAB.09.07']);
        expect(tokens('reviu 2025-03-14')).toEqual(['reviu:reviu', 'DATE:2025-03-14']);
        expect(tokens('periode 2025..2029')).toEqual(['periode:periode', 'INT:2025', '..:..', 'INT:2029']);
        expect(tokens('indikator spbe2020.I30 -> 3, pemdi2026.I16 -> 3')).toEqual([
            'indikator:indikator', 'spbe2020:spbe2020', '.:.', 'ID:I30', '->:->', 'INT:3', ',:,',
            'pemdi2026:pemdi2026', '.:.', 'ID:I16', '->:->', 'INT:3'
        ]);
        expect(tokens('I01 3   I02 2')).toEqual(['ID:I01', 'INT:3', 'ID:I02', 'INT:2']);
        expect(tokens('anggaran 2025 150_000_000')).toEqual(['anggaran:anggaran', 'INT:2025', 'INT:150_000_000']);
        expect(tokens('kodeLokal RAB.09.04.01 "x"')).toEqual(['kodeLokal:kodeLokal', 'CODE:RAB.09.04.01', 'STRING:"x"']);
        expect(tokens('indikator pemdi2025.I01 -> 2')).toEqual(['indikator:indikator', 'pemdi2025:pemdi2025', '.:.', 'ID:I01', '->:->', 'INT:2']);
    });

    test('an Indonesian number, readable or not, is one token', () => {
        for (const n of ['1.500.000.000', '12.500', '12,5', '1.250,75', '1.50.000', '1,500,000', '12.5']) {
            expect(tokens(`anggaran 2025 ${n}`), n).toEqual(['anggaran:anggaran', 'INT:2025', `INT:${n}`]);
        }
        // A range of Indonesian numbers is still a range; a dot must be followed by a digit.
        expect(tokens('1.500..2.000')).toEqual(['INT:1.500', '..:..', 'INT:2.000']);
    });
});

describe('reading numbers', () => {
    test('the accepted ways', () => {
        expect(readSpbeNumber('1.500.000.000')?.value).toBe(1_500_000_000);
        expect(readSpbeNumber('12.500')?.value).toBe(12_500);
        expect(readSpbeNumber('12,5')?.value).toBe(12.5);
        expect(readSpbeNumber('1.250,75')?.value).toBe(1250.75);
        expect(readSpbeNumber('150_000_000')?.value).toBe(150_000_000);
        expect(readSpbeNumber('0,5')?.value).toBe(0.5);
        expect(readSpbeNumber('007')?.value).toBe(7);
    });

    test('what the language cannot read', () => {
        for (const n of ['1.50.000', '1,500,000', '12.5', '1.5000', '0.500', '1500.000', '1.500_000', '12,5_0', '1,2,3', '100_', '1__0', '1_']) {
            expect(readSpbeNumber(n), n).toBeUndefined();
        }
    });

    test('suggestions only where the intent is clear', () => {
        expect(suggestSpbeNumber('1,500,000')).toEqual({ dotted: '1.500.000', underscored: '1_500_000' });
        expect(suggestSpbeNumber('1.50.000')).toEqual({ dotted: '150.000', underscored: '150_000' });
        expect(suggestSpbeNumber('12.5')).toBeUndefined();
        expect(suggestSpbeNumber('1.500,000,5')).toBeUndefined();
    });

    test('the parser gives amounts and measured values their value', async () => {
        await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount('1.500.000.000') });
        expect(t.services.spbe.Model.get().items[0].anggaran).toEqual([{ year: 2025, amount: 1_500_000_000 }]);
        await t.clear();
        await t.load({ 'pemda.spbe': pemda, 'main.spbe': withMeasure('1.250,75') });
        const kinerja = t.services.spbe.Model.get().items[0].indikatorKinerja[0];
        expect(kinerja.awal).toEqual({ year: 2024, value: 1250.75 });
        expect(kinerja.targets).toEqual([{ year: 2025, value: 1250.75 }]);
    });
});

describe('syntax: a number the language cannot read', () => {
    test('one syntax diagnostic on the number, saying how to write it (id)', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount('1,500,000') });
        expect(ws.diagnostics('main.spbe').filter(d => d.severity === 1).map(d => d.code)).toEqual([IssueCodes.Syntax]);
        const [d] = ws.withCode(IssueCodes.Syntax, 'main.spbe');
        expect(rangeText(ws.documents['main.spbe'], d)).toBe('1,500,000');
        expect(d.message).toContain('Angka `1,500,000` tidak dapat dibaca');
        expect(d.message).toContain('`1.500.000` atau `1_500_000`');
        expect(d.message).not.toMatch(/Expecting|token/);
        // No value the parser only partly recovered: the amount is left out and flagged.
        const item = t.services.spbe.Model.get().items[0];
        expect(item.anggaran).toEqual([]);
        expect(item.anggaranDropped).toEqual([2025]);
    });

    test('in English with locale en; without a clear intent, the rule and examples', async () => {
        t.services.spbe.Settings.locale = 'en';
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount('12.5') });
        const [d] = ws.withCode(IssueCodes.Syntax, 'main.spbe');
        expect(d.message).toContain('The number `12.5` cannot be read');
        expect(d.message).toContain('`1.500.000` or `1_500_000`');
        expect(d.message).not.toContain('Did you mean');
    });

    test('a `_` at the end or doubled is a syntax error with the `_` rule and the digits meant (id, en); a leading zero is read', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount('100_') + '\n' + withAmount('1__0').replace('rencana R', 'rencana S') });
        const syntax = ws.withCode(IssueCodes.Syntax, 'main.spbe');
        expect(syntax.map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['100_', '1__0']);
        expect(syntax[0].message).toContain('`_` hanya boleh berada di antara dua angka');
        expect(syntax[0].message).toContain('Mungkin maksudnya `100`?');
        expect(syntax[1].message).toContain('Mungkin maksudnya `10`?');
        expect(t.services.spbe.Model.get().items.map(i => i.anggaran)).toEqual([[], []]);
        await t.clear();
        t.services.spbe.Settings.locale = 'en';
        const en = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount('2_000_') });
        expect(en.withCode(IssueCodes.Syntax, 'main.spbe')[0].message).toContain('a `_` may only stand between two digits, one at a time (e.g. `1_500_000`). Did you mean `2000`?');
        await t.clear();
        const zero = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount('01') });
        expect(zero.withCode(IssueCodes.Syntax)).toEqual([]);
        expect(t.services.spbe.Model.get().items[0].anggaran).toEqual([{ year: 2025, amount: 1 }]);
    });

    test('a malformed year is the syntax error only (no invalid-value on top); a readable one is fine', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': 'petaRencana { rencana R { muatan layanan penanggungJawab A tahun 2.02.5 } }' });
        expect(ws.codes('main.spbe').filter(c => c === IssueCodes.Syntax || c === IssueCodes.InvalidValue)).toEqual([IssueCodes.Syntax]);
    });

    test('a document generated with the error shows no recovered amount', async () => {
        await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount('1.50.000') });
        const files = await generateRoadmap(t.services.spbe.Model.get(), 'md', { locale: 'id' });
        expect(files.map(f => String(f.content)).join('\n')).not.toMatch(/150[._]?000|\b1\b.*\b50\b/);
    });
});

describe('a year written with a separator (issue 18)', () => {
    const withYear = (year: string) => `petaRencana { rencana R { muatan layanan penanggungJawab A tahun 2025..2026 anggaran 2025 5 anggaran ${year} 100.000.000 } }`;

    test('anggaran 2.026: the amount is left out of every total like an unreadable one; the message says how to write it', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withYear('2.026') });
        const invalid = ws.withCode(IssueCodes.InvalidValue, 'main.spbe');
        expect(invalid.map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['2.026']);
        expect(invalid[0].message).toContain('tahun ditulis tanpa titik: 2026');
        expect(invalid[0].message).not.toContain('4 digit');
        const item = t.services.spbe.Model.get().items[0];
        expect(item.anggaran).toEqual([{ year: 2025, amount: 5 }]);
        expect(item.anggaranDropped).toEqual([2026]);
        const md = (await generateRoadmap(t.services.spbe.Model.get(), 'md', { locale: 'id' })).map(f => String(f.content)).join('\n');
        expect(md).not.toMatch(/100[._]?000[._]?000/);
    });

    test('in English; 20_26 names the underscore; 2026 written plainly is kept', async () => {
        t.services.spbe.Settings.locale = 'en';
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withYear('20_26') });
        expect(ws.withCode(IssueCodes.InvalidValue, 'main.spbe')[0].message).toContain('write the year without _: 2026');
        await t.clear();
        await t.load({ 'pemda.spbe': pemda, 'main.spbe': withYear('2026') });
        expect(t.services.spbe.Model.get().items[0].anggaran).toEqual([{ year: 2025, amount: 5 }, { year: 2026, amount: 100_000_000 }]);
    });
});

describe('invalid-value: money is whole rupiah', () => {
    test('a decimal part in an anggaran is invalid-value on the amount, and the amount is left out', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount('1.500.000,50') });
        const invalid = ws.withCode(IssueCodes.InvalidValue, 'main.spbe');
        expect(invalid.map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['1.500.000,50']);
        expect(invalid[0].message).toContain('memuat desimal');
        expect(invalid[0].message).not.toContain('maksudnya');
        expect(ws.withCode(IssueCodes.Syntax)).toEqual([]);
        expect(t.services.spbe.Model.get().items[0].anggaran).toEqual([]);
    });

    test('`1,000` as money: "memuat desimal" with the hint that 1.000 was probably meant (id, en)', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount('1,000') });
        expect(ws.withCode(IssueCodes.InvalidValue, 'main.spbe')[0].message).toBe("Nilai tidak valid: anggaran '1,000' memuat desimal; anggaran ditulis dalam rupiah bulat (mis. 1.500.000); maksudnya 1.000?");
        await t.clear();
        t.services.spbe.Settings.locale = 'en';
        const en = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount('1.500,000') });
        expect(en.withCode(IssueCodes.InvalidValue, 'main.spbe')[0].message).toMatch(/did you mean 1\.500\.000\?$/);
    });

    test('an amount written with dots above Number.MAX_SAFE_INTEGER is invalid-value; the largest exact one is not', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount('9.007.199.254.740.992') });
        expect(ws.withCode(IssueCodes.InvalidValue, 'main.spbe')[0].message).toContain('Rp9.007.199.254.740.992 melebihi');
        await t.clear();
        const ok = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount('9.007.199.254.740.991') });
        expect(ok.withCode(IssueCodes.InvalidValue)).toEqual([]);
        expect(t.services.spbe.Model.get().items[0].anggaran[0].amount).toBe(Number.MAX_SAFE_INTEGER);
    });

    test('a measured value may have a decimal part; a level or tier may not', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withMeasure('12,5') + '\nopd B { pic "p" infrastruktur S { jenis server tier 2,5 } }' });
        expect(ws.withCode(IssueCodes.InvalidValue, 'main.spbe').map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['2,5']);
    });
});

describe('invalid-value: a measured value the double cannot hold as written', () => {
    test('a whole number above 2^53 − 1 is too large, is left out of the model and is not shown as 1e+29 (id, en)', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withMeasure('99999999999999999999999999999') });
        const invalid = ws.withCode(IssueCodes.InvalidValue, 'main.spbe');
        expect(invalid.map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['99999999999999999999999999999', '99999999999999999999999999999']);
        expect(invalid[0].message).toContain("nilai '99999999999999999999999999999' terlalu besar untuk dibaca tepat");
        const kinerja = t.services.spbe.Model.get().items[0].indikatorKinerja[0];
        expect(kinerja.awal).toBeUndefined();
        expect(kinerja.targets).toEqual([]);
        const files = await generateRoadmap(t.services.spbe.Model.get(), 'md', { locale: 'id' });
        expect(files.map(f => String(f.content)).join('\n')).not.toMatch(/e\+29|1\.?0{3}\.?0{3}\.?0{3}/);
        await t.clear();
        t.services.spbe.Settings.locale = 'en';
        const en = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withMeasure('99999999999999999999999999999') });
        expect(en.withCode(IssueCodes.InvalidValue, 'main.spbe')[0].message).toContain("value '99999999999999999999999999999' is too large to be read exactly");
    });

    test('a decimal of more than 15 significant digits is too precise and left out', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withMeasure('12,123456789012345678') });
        const invalid = ws.withCode(IssueCodes.InvalidValue, 'main.spbe');
        expect(invalid.map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['12,123456789012345678', '12,123456789012345678']);
        expect(invalid[0].message).toContain('terlalu presisi untuk dibaca tepat (paling banyak 15 angka bermakna)');
        expect(t.services.spbe.Model.get().items[0].indikatorKinerja[0].targets).toEqual([]);
    });

    test('the largest exact values are kept: 2^53 − 1, 15 significant digits, trailing zeros', async () => {
        for (const [text, value] of [['9.007.199.254.740.991', Number.MAX_SAFE_INTEGER], ['1.234.567.890,12345', 1234567890.12345],
            ['0,000123456789012345', 0.000123456789012345], ['12,500000000000000000', 12.5]] as const) {
            await t.clear();
            const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withMeasure(text) });
            expect(ws.withCode(IssueCodes.InvalidValue), text).toEqual([]);
            expect(t.services.spbe.Model.get().items[0].indikatorKinerja[0].targets, text).toEqual([{ year: 2025, value }]);
        }
    });

    test('readSpbeNumber says whether a number is exact', () => {
        expect(readSpbeNumber('9007199254740991')?.exact).toBe(true);
        expect(readSpbeNumber('9007199254740992')?.exact).toBe(false);
        expect(readSpbeNumber('0009007199254740991')?.exact).toBe(true);
        expect(readSpbeNumber('123456789012345,6')?.exact).toBe(false);
        expect(readSpbeNumber('12345678901234,5')?.exact).toBe(true);
    });
});

describe('invalid-value: a tier or level must be a whole number', () => {
    test('tier 2,5 and level 2,5 say "whole number", not "outside the range" (id, en)', async () => {
        const text = 'opd B { pic "p" infrastruktur S { jenis server tier 2,5 } }\npenilaian 2025 spbe2020 { I01 2,5 }';
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': text });
        expect(ws.withCode(IssueCodes.InvalidValue, 'main.spbe').map(d => d.message)).toEqual([
            expect.stringContaining('tier 2,5 harus bilangan bulat 1..4'),
            expect.stringContaining('level 2,5 harus bilangan bulat 1..5')
        ]);
        await t.clear();
        t.services.spbe.Settings.locale = 'en';
        const en = await t.load({ 'pemda.spbe': pemda, 'main.spbe': text });
        expect(en.withCode(IssueCodes.InvalidValue, 'main.spbe').map(d => d.message)).toEqual([
            expect.stringContaining('tier 2,5 must be a whole number 1..4'),
            expect.stringContaining('level 2,5 must be a whole number 1..5')
        ]);
    });
});

// ---- properties

/** Digits of a non-negative integer grouped the Indonesian way: `1500000` → `1.500.000`. */
const dotted = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** The digits with an underscore after random positions (never first). */
const underscored = (digits: string, cuts: readonly boolean[]) =>
    [...digits].map((c, i) => (i > 0 && cuts[i % cuts.length] ? '_' : '') + c).join('');

describe('number writing properties (fast-check)', () => {
    const integer = fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) });

    test('every integer written plain, with underscores or with dots reads as the same value', () => {
        fc.assert(fc.property(integer, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (n, cuts) => {
            const digits = n.toString();
            for (const text of [digits, underscored(digits, cuts), dotted(n)]) {
                const read = readSpbeNumber(text);
                expect(read?.value, text).toBe(Number(n));
                expect(read?.integerDigits, text).toBe(digits);
            }
        }), { numRuns: 500 });
    });

    test('every decimal written with a comma reads as the same value, integer part plain or dotted', () => {
        fc.assert(fc.property(fc.bigInt({ min: 0n, max: 999_999_999n }), fc.stringMatching(/^[0-9]{1,6}$/), (n, decimals) => {
            const expected = Number(`${n}.${decimals}`);
            expect(readSpbeNumber(`${n},${decimals}`)?.value).toBe(expected);
            expect(readSpbeNumber(`${dotted(n)},${decimals}`)?.value).toBe(expected);
        }), { numRuns: 500 });
    });

    test('through the parser: amounts in each style give the model the same amount', async () => {
        await fc.assert(fc.asyncProperty(integer, async n => {
            for (const text of [n.toString(), dotted(n)]) {
                await t.clear();
                await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount(text) });
                expect(t.services.spbe.Model.get().items[0].anggaran, text).toEqual([{ year: 2025, amount: Number(n) }]);
            }
        }), { numRuns: 30 });
    });

    /** A dotted or comma-grouped integer with at least one group that is not three digits, or thousands grouped by commas. */
    const malformed = fc.oneof(
        fc.tuple(fc.stringMatching(/^[1-9][0-9]{0,2}$/), fc.array(fc.stringMatching(/^[0-9]{1,5}$/), { minLength: 1, maxLength: 4 }))
            .filter(([, groups]) => groups.some(g => g.length !== 3))
            .map(([head, groups]) => [head, ...groups].join('.')),
        fc.tuple(fc.stringMatching(/^[1-9][0-9]{0,2}$/), fc.array(fc.stringMatching(/^[0-9]{3}$/), { minLength: 2, maxLength: 4 }))
            .map(([head, groups]) => [head, ...groups].join(',')),
        fc.tuple(fc.stringMatching(/^[0-9]{1,4}$/), fc.stringMatching(/^[0-9]{1,3}$/), fc.stringMatching(/^[0-9]{1,3}$/))
            .map(([a, b, c]) => `${a},${b}.${c}`)
    );

    test('random malformed groupings give exactly one syntax diagnostic and never a crash', async () => {
        await fc.assert(fc.asyncProperty(malformed, async text => {
            expect(readSpbeNumber(text), text).toBeUndefined();
            await t.clear();
            const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount(text) });
            const syntax = ws.withCode(IssueCodes.Syntax, 'main.spbe');
            expect(syntax.map(d => rangeText(ws.documents['main.spbe'], d)), text).toEqual([text]);
            expect(ws.codes().filter(c => c === IssueCodes.InternalError)).toEqual([]);
            expect(t.services.spbe.Model.get().items[0].anggaran).toEqual([]);
        }), { numRuns: 40 });
    });
});

describe('a value next to a syntax error is not shown (spec v2 §6: never a partly recovered value)', () => {
    // Each of these parses a number out of text the user did not write as that number: the kept
    // part (1, 5, 1.500) would be a different amount in the documents.
    test.each(['1 500 000', '1e9', '-5', '1.500 000', '1.500.', '0x10'])('anggaran %s: left out and flagged, with a syntax error', async written => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': withAmount(written) });
        expect(ws.diagnostics('main.spbe').some(d => d.code === IssueCodes.Syntax)).toBe(true);
        const item = t.services.spbe.Model.get().items[0];
        expect(item.anggaran).toEqual([]);
        expect(item.anggaranDropped).toEqual([2025]);
    });

    test('a well-written amount stays, even in a file with a syntax error elsewhere', async () => {
        const ws = await t.load({ 'pemda.spbe': pemda, 'main.spbe': `${withAmount('1.500.000')}\nopd B { pic "p" @ }` });
        expect(ws.diagnostics('main.spbe').some(d => d.code === IssueCodes.Syntax)).toBe(true);
        expect(t.services.spbe.Model.get().items[0].anggaran).toEqual([{ year: 2025, amount: 1_500_000 }]);
    });
});
