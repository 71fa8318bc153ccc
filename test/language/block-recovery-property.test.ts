import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { AstUtils, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { createTestServices } from '../helpers/test-services.js';

/**
 * Issue 18 (spec §5.1) as a property: one misplaced property written right after any `{` of any
 * file of the Kota Kediri example loses no declaration of that file (the same OPDs, elements,
 * rencana items and penilaian blocks, by kind and name, in the same order).
 */
const t = createTestServices();
const parser = t.services.parser.LangiumParser;
const lexer = t.services.parser.Lexer;

const root = join(__dirname, '../../examples/kota-kediri');
const files = (function walk(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : name.endsWith('.spbe') ? [path] : [];
    });
})(root);

// Properties of one block or another; each is misplaced in most blocks (and harmless where it belongs).
const misplaced = [
    'kode "Q"', 'prioritas tinggi', 'muatan aplikasi', 'tahun 2027', 'setelah R1', 'anggaran 2026 5', 'satuan 5',
    'satuan "%"', 'indikatorKinerja "x" { satuan "%" target 2026 1 }', 'rencana Q "q" { muatan aplikasi }',
    'pribadi', 'tier 3', 'fungsi lainnya', 'pic "p"', 'aplikasi Z "z" { fungsi lainnya }', 'periode 2026..2030'
];

/** `Type name` of every declaration (a node with a name, or a penilaian), in document order. */
function declarations(text: string): string[] {
    const root = parser.parse(text).value as AstNode;
    return AstUtils.streamAst(root)
        .filter(n => typeof (n as { name?: unknown }).name === 'string' || n.$type === 'Penilaian')
        .map(n => `${n.$type} ${(n as { name?: string }).name ?? (n as { year?: number }).year}`)
        .toArray();
}

describe('a misplaced property loses no declaration (Kota Kediri, property)', () => {
    test('the example files exist and parse without errors', () => {
        expect(files.length).toBeGreaterThan(10);
        for (const file of files) {
            const result = parser.parse(readFileSync(file, 'utf8'));
            expect(result.parserErrors, relative(root, file)).toEqual([]);
        }
    });

    test('inserting one property after any `{` keeps every declaration', () => {
        const sources = files.map(file => {
            const text = readFileSync(file, 'utf8');
            const opens = lexer.tokenize(text).tokens.filter(tok => tok.image === '{').map(tok => tok.endOffset + 1);
            return { file: relative(root, file), text, opens, names: declarations(text) };
        });
        fc.assert(fc.property(
            fc.nat({ max: sources.length - 1 }), fc.nat(), fc.constantFrom(...misplaced),
            (index, pick, property) => {
                const source = sources[index];
                const at = source.opens[pick % source.opens.length];
                const text = `${source.text.slice(0, at)}\n    ${property}\n${source.text.slice(at)}`;
                const inserted = declarations(text).filter(d => !/ (Q|Z)$/.test(d) && d !== 'IndikatorKinerja undefined');
                expect(inserted, `${source.file} at ${at}: ${property}`).toEqual(source.names);
            }
        ), { numRuns: 300 });
    });
});
