import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffWord, editorLabel, heading, indexLabel, term } from 'spbe-model';
import { repoRoot } from '../helpers/run-cli.js';

/**
 * The model package is the one home of the Indonesian/English words: a word is translated once and
 * looked up, never restated in a second table or spelled out in an inline `locale === 'id' ? … : …`.
 */

const root = repoRoot;
// The extension has its own l10n system (package.nls.json, vscode.l10n).
const checkedPackages = ['model', 'language', 'generators', 'server', 'cli'];

function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
            return entry.name === 'generated' ? [] : sources(path);
        }
        return entry.name.endsWith('.ts') ? [path] : [];
    });
}

const files = checkedPackages.flatMap(p => sources(join(root, 'packages', p, 'src')))
    .map(path => ({ path: relative(root, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }));

describe('Indonesian/English labels', () => {
    test('no two label entries anywhere translate the same text the same way', () => {
        const entry = /\{ id: '((?:[^'\\]|\\.)*)', en: '((?:[^'\\]|\\.)*)' \}/g;
        const seen = new Map<string, string>();
        const repeated: string[] = [];
        for (const file of files) {
            for (const match of file.text.matchAll(entry)) {
                const key = `${match[1]} | ${match[2]}`;
                const first = seen.get(key);
                if (first) {
                    repeated.push(`${key}: ${first} and ${file.path}`);
                } else {
                    seen.set(key, file.path);
                }
            }
        }
        expect(seen.size).toBeGreaterThan(50);
        expect(repeated).toEqual([]);
    });

    test('no package chooses words by an inline locale ternary; they look them up in a table', () => {
        // `\s` spans line breaks: `locale === 'en'` on one line and `? …` on the next is a ternary too.
        const ternary = /locale\s*[!=]==?\s*'(id|en)'\s*\?|const id = [^;\n]*locale/g;
        // The decimal separator is the definition the tables build on.
        const allowed = new Set(['packages/model/src/i18n/format-values.ts']);
        const offenders = files
            .filter(f => !allowed.has(f.path))
            .flatMap(f => [...f.text.matchAll(ternary)].map(m => `${f.path}:${f.text.slice(0, m.index).split('\n').length}`));
        expect(offenders).toEqual([]);
    });

    test('a word shared by several outputs reads the same in each of them', () => {
        for (const locale of ['id', 'en'] as const) {
            expect(heading('anggaran', locale)).toBe(term('budget', locale));
            expect(indexLabel('budget', locale)).toBe(term('budget', locale));
            expect(editorLabel('budget', locale)).toBe(term('budget', locale));
            expect(editorLabel('owner', locale)).toBe(heading('opd', locale));
            expect(editorLabel('crossRefs', locale)).toBe(term('crossOpdReferences', locale));
            expect(indexLabel('none', locale)).toBe(heading('none', locale));
        }
        expect(diffWord('none', 'id')).toBe('(tidak ada)');
    });
});
