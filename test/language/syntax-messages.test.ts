import { afterEach, describe, expect, test } from 'vitest';
import { IssueCodes, KeywordRules, syntaxRuleWords } from 'spbe-model';
import type { IToken, TokenType } from 'chevrotain';
import { grammarBlocks } from '../../packages/language/src/parser/grammar-blocks.js';
import { decodeSyntaxProblem } from '../../packages/language/src/parser/syntax-problems.js';
import { syntaxProblemMessage } from '../../packages/language/src/parser/syntax-message.js';
import { createTestServices, rangeText } from '../helpers/test-services.js';

/**
 * Issue 18 (spec §5): every `syntax` message is one line in the user's language that names what was
 * written and what is allowed there in words — never Chevrotain's English ("Expecting: one of these
 * possible Token sequences: …" over several lines).
 */
const t = createTestServices();
afterEach(() => { t.services.spbe.Settings.locale = 'id'; return t.clear(); });

const pemda = (props = '') => `pemda P { periode 2025..2029 ${props} }\nopd A { pic "p" }\n`;
const item = (props: string) => `petaRencana { rencana R { muatan layanan penanggungJawab A tahun 2025 ${props} } }`;

async function syntaxMessages(files: Record<string, string>, locale: 'id' | 'en' = 'id'): Promise<Array<{ text: string; message: string }>> {
    t.services.spbe.Settings.locale = locale;
    const ws = await t.load(files);
    return Object.entries(ws.documents).flatMap(([path, doc]) =>
        ws.withCode(IssueCodes.Syntax, path).map(d => ({ text: rangeText(doc, d), message: d.message })));
}

/** No Chevrotain English, no second line, no token-type names. */
function expectPlain(message: string): void {
    expect(message).not.toMatch(/Expecting|possible Token|but found|token of type|\n/);
    expect(message).not.toMatch(/\bID\b|\bSTRING\b|\bINT\b|'}'/);
}

describe('syntax: a keyword value the rule does not know', () => {
    test('prioritas sangatTinggi names the value and the three priorities (id)', async () => {
        const [d, ...rest] = await syntaxMessages({ 'a.spbe': pemda() + item('prioritas sangatTinggi') });
        expect(rest).toEqual([]);
        expect(d.text).toBe('sangatTinggi');
        expect(d.message).toBe('Kesalahan sintaks: `sangatTinggi` bukan prioritas yang dikenal; gunakan `tinggi`, `sedang` atau `rendah`.');
        expectPlain(d.message);
    });

    test('prioritas sangatTinggi in English', async () => {
        const [d] = await syntaxMessages({ 'a.spbe': pemda() + item('prioritas sangatTinggi') }, 'en');
        expect(d.message).toBe('Syntax error: `sangatTinggi` is not a known priority; use `tinggi`, `sedang` or `rendah`.');
    });

    test('jenis kotamadya in the pemda names the pemda types', async () => {
        const [d] = await syntaxMessages({ 'a.spbe': pemda('jenis kotamadya') });
        expect(d.text).toBe('kotamadya');
        expect(d.message).toBe('Kesalahan sintaks: `kotamadya` bukan jenis pemda yang dikenal; gunakan `kota`, `kabupaten` atau `provinsi`.');
        const [en] = await syntaxMessages({ 'a.spbe': pemda('jenis kotamadya') }, 'en');
        expect(en.message).toBe('Syntax error: `kotamadya` is not a known pemda type; use `kota`, `kabupaten` or `provinsi`.');
    });
});

describe('syntax: a value that is missing rather than unknown', () => {
    test('sifat followed by the closing brace asks for a data classification', async () => {
        const text = pemda() + 'opd B { pic "p" data D { sifat } }';
        const [d] = await syntaxMessages({ 'a.spbe': text });
        expect(d.message).toBe('Kesalahan sintaks: Di sini diharapkan sifat data (`terbuka`, `terbatas` atau `tertutup`), tetapi tertulis `}`.');
        const [en] = await syntaxMessages({ 'a.spbe': text }, 'en');
        expect(en.message).toBe('Syntax error: A data classification (`terbuka`, `terbatas` or `tertutup`) is expected here, but `}` is written.');
    });

    test('a property of the block the parser could not read to its end is not called "no property"', () => {
        const provider = t.services.parser.ParserErrorMessageProvider;
        const token = (name: string) => ({ image: name, tokenType: { name } }) as unknown as IToken;
        const text = provider.buildMismatchTokenMessage({ expected: { name: '}' } as TokenType, actual: token('target'), previous: token('2025'), ruleName: 'Rencana\u200B' });
        const problem = decodeSyntaxProblem(text)!;
        expect(problem.kind).toBe('incomplete');
        expect(syntaxProblemMessage(problem, 'id')).toBe('Properti `target` di butir Peta Rencana (rencana) tidak dapat dibaca sampai habis; periksa nilai yang ditulis sesudahnya.');
        expect(syntaxProblemMessage(problem, 'en')).toBe('The property `target` in a roadmap item (rencana) cannot be read to its end; check the value written after it.');
    });
});

describe('syntax: a property in a block that does not have it', () => {
    const aplikasi = (props: string) => pemda() + `opd B { pic "p" aplikasi X { fungsi keuangan ${props} } }`;

    test('pribadi inside an aplikasi: only data elements have it', async () => {
        const [d] = await syntaxMessages({ 'a.spbe': aplikasi('pribadi') });
        expect(d.text).toBe('pribadi');
        expect(d.message).toBe('Kesalahan sintaks: Properti `pribadi` hanya berlaku untuk elemen data, tidak di elemen aplikasi.');
        const [en] = await syntaxMessages({ 'a.spbe': aplikasi('pribadi') }, 'en');
        expect(en.message).toBe('Syntax error: The property `pribadi` applies only to a data element, not in an aplikasi element.');
    });

    test('a misspelt property lists the properties of the block', async () => {
        const [d] = await syntaxMessages({ 'a.spbe': aplikasi('hostingg DC') });
        expect(d.message).toMatch(/^Kesalahan sintaks: `hostingg` bukan properti elemen aplikasi; gunakan `fungsi`, .*`hosting`.*, atau tutup blok dengan `}`\.$/);
        expectPlain(d.message);
    });
});

describe('syntax: other parse errors', () => {
    test('a missing name and the end of the file are said in words', async () => {
        const [d] = await syntaxMessages({ 'a.spbe': pemda() + 'opd' });
        expect(d.message).toBe('Kesalahan sintaks: Berkas berakhir, padahal di sini diharapkan nama.');
        const [en] = await syntaxMessages({ 'a.spbe': pemda() + 'opd' }, 'en');
        expect(en.message).toBe('Syntax error: The file ends where a name was expected.');
    });

    test('a token where another is expected names both', async () => {
        const [d] = await syntaxMessages({ 'a.spbe': pemda() + item('anggaran 2025 "satu juta"') });
        expect(d.message).toBe('Kesalahan sintaks: Tertulis `"satu juta"`, padahal di sini diharapkan angka.');
        expectPlain(d.message);
    });

    test('an unknown character', async () => {
        const [d] = await syntaxMessages({ 'a.spbe': pemda('@') });
        expect(d.message).toBe('Kesalahan sintaks: Karakter `@` tidak dikenal dalam bahasa .spbe.');
        const [en] = await syntaxMessages({ 'a.spbe': pemda('@') }, 'en');
        expect(en.message).toBe('Syntax error: The character `@` is not part of the .spbe language.');
    });

    test('the language is the one at validation time, not at parse time (the editor may switch it)', async () => {
        t.services.spbe.Settings.locale = 'id';
        const document = await t.parse(pemda() + item('prioritas sangatTinggi'));
        t.services.spbe.Settings.locale = 'en';
        const diagnostics = await t.services.validation.DocumentValidator.validateDocument(document);
        expect(diagnostics.filter(d => d.code === IssueCodes.Syntax).map(d => d.message))
            .toEqual(['Syntax error: `sangatTinggi` is not a known priority; use `tinggi`, `sedang` or `rendah`.']);
    });

    test('a garbled file gives only one-line messages in the user language', async () => {
        const garbled = 'pemda { ] opd X { aplikasi { fungsi } } petaRencana { rencana { tahun .. } } penilaian 2025 { I01 } "x" 12 ->';
        for (const locale of ['id', 'en'] as const) {
            const found = await syntaxMessages({ 'a.spbe': garbled }, locale);
            expect(found.length).toBeGreaterThan(0);
            found.forEach(d => expectPlain(d.message));
            await t.clear();
        }
    });
});

describe('the words of the grammar rules', () => {
    const blocks = grammarBlocks(t.services.Grammar);

    test('every data-type rule and every block has words in both languages', () => {
        const rules = [...Object.keys(KeywordRules), ...blocks.values.keys(), ...blocks.properties.keys()];
        const missing = rules.filter(r => syntaxRuleWords(r, 'id') === undefined || syntaxRuleWords(r, 'en') === undefined);
        expect(missing).toEqual([]);
    });

    test('the blocks are read from the grammar: the data element has pribadi, the aplikasi does not', () => {
        expect(blocks.properties.get('Data')).toContain('pribadi');
        expect(blocks.properties.get('Aplikasi')).not.toContain('pribadi');
        expect(blocks.values.get('Prioritas')).toEqual(['tinggi', 'sedang', 'rendah']);
    });
});
