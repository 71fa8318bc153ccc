import { afterEach, describe, expect, test } from 'vitest';
import { IssueCodes } from 'spbe-model';
import { isData, isOpd, type Opd } from 'spbe-language';
import { createTestServices, rangeText } from '../helpers/test-services.js';

/**
 * Strings know the escapes `\"`, `\\`, `\n`, `\t` (spec, strings). Any other escape is a `syntax`
 * error at the escape, and the value keeps the characters as written (no backslash dropped silently).
 */
const t = createTestServices();
afterEach(() => { t.services.spbe.Settings.locale = 'id'; return t.clear(); });

const titleOf = async (literal: string) => {
    const document = await t.parse(`opd A { data D ${literal} {} }`);
    const data = (document.parseResult.value.declarations[0] as Opd).elements[0];
    expect(isData(data)).toBe(true);
    return data.title;
};

describe('string escapes', () => {
    test('the four escapes of the spec are decoded', async () => {
        expect(await titleOf('"a\\"b\\\\c\\nd\\te"')).toBe('a"b\\c\nd\te');
    });

    test('unknown escapes keep their characters: a Windows path and \\0 \\v \\f \\u2028 stay as written', async () => {
        expect(await titleOf('"C:\\data\\baru \\0 \\v \\f"')).toBe('C:\\data\\baru \\0 \\v \\f');
        expect(await titleOf('"\\u2028"')).toBe('\\u2028');
        // An escaped backslash before a letter is a backslash and the letter.
        expect(await titleOf('"C:\\\\data"')).toBe('C:\\data');
    });

    test('each unknown escape is a syntax error at the escape, saying which escapes exist (id and en)', async () => {
        const text = 'opd A {\n    pic "p"\n    data D "C:\\data \\\\ok \\u2028" { sifat terbuka }\n}\n';
        const ws = await t.load({ 'a.spbe': text });
        const syntax = ws.withCode(IssueCodes.Syntax);
        expect(syntax.map(d => rangeText(ws.documents['a.spbe'], d))).toEqual(['\\d', '\\u']);
        expect(syntax[0].range.start).toEqual({ line: 2, character: text.split('\n')[2].indexOf('\\d') });
        expect(syntax[0].severity).toBe(1);
        expect(syntax[0].message).toContain('Escape `\\d` tidak dikenal');
        expect(syntax[0].message).toContain('Tulis \\\\ untuk garis miring terbalik');
        await t.clear();
        t.services.spbe.Settings.locale = 'en';
        const en = await t.load({ 'a.spbe': text });
        expect(en.withCode(IssueCodes.Syntax)[0].message).toContain('only \\" \\\\ \\n \\t exist. Write \\\\ for a backslash');
    });

    test('no diagnostic for the known escapes, nor for a backslash in a comment', async () => {
        const ws = await t.load({ 'a.spbe': '// C:\\data\nopd A { pic "a\\"b\\\\c\\nd\\te" /* \\x */ }\n' });
        expect(ws.withCode(IssueCodes.Syntax)).toEqual([]);
        expect(isOpd(ws.documents['a.spbe'].parseResult.value.declarations[0])).toBe(true);
    });
});
