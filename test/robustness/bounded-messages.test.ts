import { afterEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { GrammarKeywords, IssueCodes } from 'spbe-model';
import type { Diagnostic } from 'vscode-languageserver';
import { createTestServices, type LoadedFiles } from '../helpers/test-services.js';

/**
 * Issue 18: messages quoted whatever the user wrote, whole — a 200,000-digit number gave a 266 KB
 * message. Every piece of user text in a message is cut (`shownText`), so no message is longer than
 * {@link MessageMax} characters, whatever the input.
 */
const MessageMax = 600;

const t = createTestServices();
afterEach(() => { t.services.spbe.Settings.locale = 'id'; return t.clear(); });

function longest(ws: LoadedFiles): { length: number; message: string } {
    const messages = ws.diagnostics().flatMap((d: Diagnostic) => [d.message, ...(d.relatedInformation ?? []).map(r => r.message)]);
    const message = messages.reduce((a, b) => (b.length > a.length ? b : a), '');
    return { length: message.length, message: message.slice(0, 200) };
}

/** Something a hostile user might type in any place: long, malformed, or a keyword out of place. */
const hostile = fc.oneof(
    fc.integer({ min: 1, max: 3000 }).map(n => '9'.repeat(n)),
    fc.tuple(fc.integer({ min: 1, max: 500 }), fc.constantFrom('.', ',', '_')).map(([n, sep]) => Array.from({ length: n }, (_, i) => i % 7).join(sep)),
    fc.integer({ min: 1, max: 2000 }).map(n => `N${'a_1'.repeat(n)}`),
    fc.integer({ min: 0, max: 3000 }).map(n => `"${'kata '.repeat(n)}"`),
    fc.integer({ min: 1, max: 300 }).map(n => `RAB${'.09'.repeat(n)}`),
    fc.integer({ min: 1, max: 300 }).map(n => `${'2'.repeat(n)}-13-45`),
    fc.constantFrom(...GrammarKeywords),
    fc.string({ maxLength: 12 })
);

const workspace = (s: readonly string[]) => ({
    'pemda.spbe': `pemda ${s[0]} { periode 2025..${s[1]} jenis ${s[2]} reviu ${s[3]} kodeLokal ${s[4]} "x" }`,
    'opd.spbe': `opd ${s[5]} "t" { pic "p" aplikasi ${s[6]} { fungsi ${s[7]} hosting ${s[8]} data ${s[9]} }
        infrastruktur I { tier ${s[10]} ref ${s[4]} } data ${s[6]} { pribadi ${s[11]} } }`,
    'peta.spbe': `petaRencana {
        rencana ${s[12]} { muatan layanan penanggungJawab ${s[5]} tahun ${s[13]} anggaran 2025 ${s[14]} prioritas ${s[15]}
            kode ${s[3]} setelah ${s[12]} indikator pemdi2026.${s[0]} -> ${s[1]}
            indikatorKinerja "k" { satuan "%" target 2025 ${s[14]} awal 2024 ${s[13]} } }
        rencana ${s[12]} { muatan layanan penanggungJawab ${s[5]} tahun 2025 kegiatan ${s[3]} kode ${s[3]} } }`,
    'penilaian.spbe': `penilaian ${s[13]} spbe2020 { ${s[0]} ${s[14]} }`
});

describe('no message is longer than the bound, whatever the input', () => {
    test('a 200,000-digit number is one short message (id and en)', async () => {
        const digits = '1'.repeat(200_000);
        for (const locale of ['id', 'en'] as const) {
            t.services.spbe.Settings.locale = locale;
            const ws = await t.load({
                'a.spbe': `pemda P { periode 2025..2029 }\nopd A { pic "p" infrastruktur I { tier ${digits} } }\n`
                    + `petaRencana { rencana R { muatan layanan penanggungJawab A tahun 2025 anggaran 2025 ${digits}
                    indikatorKinerja "k" { satuan "%" target 2025 ${digits}.5 } } }\n`
                    + `penilaian 2025 spbe2020 { I01 ${digits} }`
            });
            expect(ws.codes()).toContain(IssueCodes.InvalidValue);
            expect(longest(ws).length, longest(ws).message).toBeLessThanOrEqual(MessageMax);
            await t.clear();
        }
    });

    test('a suggestion is given once when both spellings are the same', async () => {
        const ws = await t.load({ 'a.spbe': 'pemda P { periode 2025..2029 }\nopd A { pic "p" }\npetaRencana { rencana R { muatan layanan penanggungJawab A tahun 2025 anggaran 2025 1.5.5 } }' });
        const [d] = ws.withCode(IssueCodes.Syntax);
        expect(d.message).toContain('Mungkin maksudnya `155`?');
        expect(d.message).not.toContain('atau `155`');
    });

    test('a long name is cut in every message that names it', async () => {
        const name = `A${'b'.repeat(5000)}`;
        const ws = await t.load({ 'a.spbe': `opd ${name} { aplikasi ${name} { } }\nopd ${name} { }\npetaRencana { rencana ${name} { setelah ${name} } rencana ${name} { } }` });
        expect(ws.codes()).toContain(IssueCodes.DuplicateName);
        expect(ws.codes()).toContain(IssueCodes.RoadmapDependencyCycle);
        expect(longest(ws).length, longest(ws).message).toBeLessThanOrEqual(MessageMax);
        expect(ws.diagnostics().map(d => d.message).join('\n')).toContain('…');
    });

    test('property: hostile text in any place of a workspace (fast-check)', async () => {
        await fc.assert(fc.asyncProperty(fc.array(hostile, { minLength: 16, maxLength: 16 }), fc.constantFrom('id', 'en'), async (slots, locale) => {
            await t.clear();
            t.services.spbe.Settings.locale = locale;
            const ws = await t.load(workspace(slots));
            const found = longest(ws);
            expect(found.length, found.message).toBeLessThanOrEqual(MessageMax);
            expect(ws.codes()).not.toContain(IssueCodes.InternalError);
        }), { numRuns: 60 });
    }, 120_000);
});

describe('shownText', () => {
    test('short text is kept; long text is cut to the bound with …, never inside a surrogate pair; one line', async () => {
        const { shownText, ShownTextMax } = await import('../../packages/model/src/i18n/shown-text.js');
        expect(shownText('1.500.000')).toBe('1.500.000');
        expect(shownText('9'.repeat(41))).toBe(`${'9'.repeat(39)}…`);
        expect(Array.from(shownText('😀'.repeat(100)))).toHaveLength(ShownTextMax);
        expect(shownText('😀'.repeat(ShownTextMax))).toBe('😀'.repeat(ShownTextMax));
        expect(shownText('a\nb\r\nc')).toBe('a b c');
        fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), text => {
            const shown = Array.from(shownText(text));
            expect(shown.length).toBeLessThanOrEqual(ShownTextMax);
            expect(shown.join('')).not.toMatch(/[\r\n]|[\uD800-\uDBFF]$/);
        }));
    });
});
