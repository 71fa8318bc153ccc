import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createSpbeServices, formatSource } from 'spbe-language';
import { type SpbeModel } from 'spbe-model';
import { repoRoot } from '../helpers/run-cli.js';
import { load } from './pipeline.js';

const services = createSpbeServices(EmptyFileSystem).Spbe;

function sources(dir: string): Map<string, string> {
    const found = new Map<string, string>();
    const walk = (d: string): void => readdirSync(d).forEach(f => {
        const p = join(d, f);
        if (statSync(p).isDirectory()) {
            walk(p);
        } else if (f.endsWith('.spbe')) {
            found.set(relative(dir, p), readFileSync(p, 'utf-8'));
        }
    });
    walk(dir);
    return found;
}

/** What the formatter must not change: the model without source positions. */
function meaning(model: SpbeModel): unknown {
    return JSON.parse(JSON.stringify(model, (key, value) => (key === 'source' ? undefined : value)));
}

async function modelOf(files: Map<string, string>): Promise<unknown> {
    return meaning((await load(new Map([...files].map(([f, t]) => [f, Buffer.from(t)])))).model());
}

function formatAll(files: Map<string, string>): Map<string, string> {
    return new Map([...files].map(([f, t]) => {
        const formatted = formatSource(services, t);
        expect(formatted, f).toBeDefined();
        return [f, formatted!];
    }));
}

const kediri = sources(join(repoRoot, 'examples/kota-kediri'));

describe('formatting never changes meaning', () => {
    test.each(['kota-kediri', 'minimal'])('every file of examples/%s: format → the same semantic model; twice = once', async example => {
        const files = sources(join(repoRoot, 'examples', example));
        const once = formatAll(files);
        expect(await modelOf(once)).toEqual(await modelOf(files));
        expect(formatAll(once)).toEqual(once);
    });

    const names = ['opd/diskominfo.spbe', 'opd/dinsos.spbe', 'peta-rencana.spbe', 'pemda.spbe'];
    const respace = (name: string, pool: readonly string[], lineBreaksOnly = false) => {
        let n = 0;
        // Every run of whitespace between tokens (outside strings and comments; a line comment keeps
        // the line break that ends it) becomes another one; or only the runs that hold a line break.
        return kediri.get(name)!.replace(/("(?:\\.|[^"\\\n])*"|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)|[ \t]*\n[ \t]*|[ \t]+/g,
            (match: string, kept: string | undefined) => kept ?? (lineBreaksOnly && !match.includes('\n') ? match : pool[n++ % pool.length]));
    };

    test('re-spaced variants of valid files (fast-check) always format, to the same model, idempotently', async () => {
        const base = await modelOf(kediri);
        const whitespace = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\n\n', ' \t\n ');
        await fc.assert(fc.asyncProperty(fc.constantFrom(...names), fc.array(whitespace, { minLength: 50, maxLength: 50 }), async (name, pool) => {
            const variant = respace(name, pool);
            const formatted = formatSource(services, variant);
            expect(formatted).toBeDefined();
            expect(formatSource(services, formatted!)).toBe(formatted);
            expect(await modelOf(new Map(kediri).set(name, formatted!))).toEqual(base);
        }), { numRuns: 25, seed: 42 });
    }, 120_000);

    // A block comment just before a declaration is its doc comment, so a variant may mean something
    // else than the original; what matters is that formatting it changes nothing more.
    test('with comments added at line ends, the formatter formats, keeps every comment and the meaning', async () => {
        const comments = (s: string) => (s.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? []).map(c => c.trim());
        const gap = fc.oneof({ arbitrary: fc.constantFrom('\n', '\n\n', '\n    '), weight: 8 }, { arbitrary: fc.constantFrom(' // c\n', '\n/* c */\n', ' /* c */\n'), weight: 1 });
        await fc.assert(fc.asyncProperty(fc.constantFrom(...names), fc.array(gap, { minLength: 50, maxLength: 50 }), async (name, pool) => {
            const variant = respace(name, pool, true);
            const formatted = formatSource(services, variant);
            expect(formatted).toBeDefined();
            expect(comments(formatted!)).toEqual(comments(variant));
            expect(formatSource(services, formatted!)).toBe(formatted);
            expect(await modelOf(new Map(kediri).set(name, formatted!))).toEqual(await modelOf(new Map(kediri).set(name, variant)));
        }), { numRuns: 25, seed: 7 });
    }, 120_000);
});

// Issue 15 §3: a valid file with a comment anywhere between two tokens (between a name and `{`,
// between a keyword and its value, inside a dotted name or a list) must still be formatted.
describe('comments at any token boundary', () => {
    const minimal = sources(join(repoRoot, 'examples/minimal'));
    const workspaceOf = (name: string) => (minimal.has(name) ? minimal : kediri);
    const names = ['minimal.spbe', 'opd/bappeda.spbe', 'opd/dinsos.spbe', 'pemda.spbe', 'penilaian.spbe', 'peta-rencana.spbe'];
    /** Every token and comment in order: what "only whitespace changed" keeps. */
    const tokens = (text: string) => {
        const lexed = services.parser.Lexer.tokenize(text);
        expect(lexed.errors).toEqual([]);
        return [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset).map(t => t.image);
    };
    const commentsOf = (text: string) => tokens(text).filter(t => t.startsWith('//') || t.startsWith('/*'));
    /** Offsets between two adjacent tokens of a file (never inside a string, code or comment). */
    const boundaries = (text: string) => services.parser.Lexer.tokenize(text).tokens.map(t => t.endOffset! + 1).filter(o => o < text.length);
    /** The file with a numbered line or block comment at each chosen boundary. */
    const withComments = (text: string, picks: ReadonlyArray<{ at: number; line: boolean }>) => {
        const offsets = boundaries(text);
        const inserts = [...new Map(picks.map(p => [offsets[p.at % offsets.length], p.line])).entries()].sort((a, b) => a[0] - b[0]);
        let out = '';
        let from = 0;
        inserts.forEach(([offset, line], i) => {
            out += text.slice(from, offset) + (line ? ` // c${i}\n` : ` /* c${i} */ `);
            from = offset;
        });
        return out + text.slice(from);
    };
    const picks = fc.array(fc.record({ at: fc.nat(), line: fc.boolean() }), { minLength: 1, maxLength: 6 });

    test('a block comment between an element\'s name and `{`, and between a keyword and its value', () => {
        const text = 'opd A {\n    aplikasi X "T" /* catatan */ {\n        fungsi\n        /* nilai */ keuangan\n    }\n}\n';
        expect(formatSource(services, text.replace(/\n\s*/g, ' '))).toBe(text.replace('fungsi\n        /* nilai */', 'fungsi /* nilai */'));
    });

    // Exhaustive over the smallest example (every example file: 10,482 variants, 0 failures, ~2 min).
    test('examples/minimal with one comment at every token boundary: formatted, in order, idempotent, also sorted', () => {
        const text = minimal.get('minimal.spbe')!;
        const failures: string[] = [];
        for (const at of boundaries(text)) {
            for (const comment of [' /* c */ ', ' // c\n']) {
                const variant = text.slice(0, at) + comment + text.slice(at);
                for (const sortProperties of [false, true]) {
                    const once = formatSource(services, variant, { sortProperties });
                    const where = `at ${at} ${JSON.stringify(comment)}${sortProperties ? ' sorted' : ''}`;
                    if (once === undefined || formatSource(services, once, { sortProperties }) !== once) {
                        failures.push(`${where}: ${once === undefined ? 'left unformatted' : 'not idempotent'}`);
                    } else if (!sortProperties && tokens(once).join('\u0001') !== tokens(variant).join('\u0001')) {
                        failures.push(`${where}: tokens moved`);
                    }
                }
            }
        }
        expect(failures).toEqual([]);
    }, 120_000);

    test('(fast-check) every variant formats; only whitespace changes; same model; idempotent; sorting keeps every comment', async () => {
        await fc.assert(fc.asyncProperty(fc.constantFrom(...names), picks, async (name, chosen) => {
            const workspace = workspaceOf(name);
            const variant = withComments(workspace.get(name)!, chosen);
            const formatted = formatSource(services, variant);
            expect(formatted, variant).toBeDefined();
            expect(tokens(formatted!)).toEqual(tokens(variant));
            expect(formatSource(services, formatted!)).toBe(formatted);
            const model = await modelOf(new Map(workspace).set(name, variant));
            expect(await modelOf(new Map(workspace).set(name, formatted!))).toEqual(model);

            const sorted = formatSource(services, variant, { sortProperties: true });
            expect(sorted, variant).toBeDefined();
            expect(commentsOf(sorted!).sort()).toEqual(commentsOf(variant).sort());
            expect(formatSource(services, sorted!, { sortProperties: true })).toBe(sorted);
            expect(await modelOf(new Map(workspace).set(name, sorted!))).toEqual(model);
        }), { numRuns: 25, seed: 15 });
    }, 300_000);
});
