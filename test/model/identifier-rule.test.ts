import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { GrammarKeywords, identifierSource, invalidIdentifierReason, isUsableName, matchesIdentifier } from 'spbe-model';
import { deriveName } from '../../packages/server/src/inventory/element-names.js';
import { repoRoot } from '../helpers/run-cli.js';
import { checkScaffoldOptions } from 'spbe-server';
import { renameRefusal, type RenameTarget } from '../../packages/language/src/lsp/rename-check.js';
import type { SpbeSymbolTable } from '../../packages/language/src/references/spbe-symbol-table.js';
import { declaredOpd, nameInputProblem } from '../../packages/vscode/src/extension/identifier-input.js';
import { parsePreviewMessage } from '../../packages/vscode/src/extension/preview/preview-messages.js';

// Every place that checks a name uses spbe-model's one rule; these places used to carry their own
// copies (the extension's prompts accepted keywords, rename and import disagreed). Each must now
// give the same verdict as invalidIdentifierReason for the same name.

const keywordNames = GrammarKeywords.filter(matchesIdentifier);
const malformed = ['', '1A', 'a-b', 'Kota Contoh', 'é', 'A.B'];
const valid = ['A', '_x', 'KotaContoh', 'BAPPEDA_2', 'Opd'];

// renameRefusal checks the name first; renaming a target to its own name never looks for clashes,
// so only the identifier rule can refuse here.
const refuseRename = (name: string) => renameRefusal({ name } as unknown as RenameTarget, name, {} as SpbeSymbolTable, 'en');
const refuseInit = (name: string) => checkScaffoldOptions({ name, title: 'Pemerintah Kota Contoh', startYear: 2025 }).problems.length > 0;

test('the grammar has keywords that look like names, and the rule refuses each of them', () => {
    expect(keywordNames).toEqual(expect.arrayContaining(['opd', 'aplikasi', 'terbuka', 'pemda']));
    for (const name of [...keywordNames, ...malformed]) {
        expect(invalidIdentifierReason(name, 'en'), name).toBeDefined();
    }
    for (const name of valid) {
        expect(invalidIdentifierReason(name, 'id'), name).toBeUndefined();
    }
});

test('rename, init and the extension\'s name prompts refuse exactly what the rule refuses, keywords included', () => {
    for (const name of [...keywordNames, ...malformed, ...valid]) {
        const refused = invalidIdentifierReason(name, 'en') !== undefined;
        expect(refuseRename(name) !== undefined, `rename ${name}`).toBe(refused);
        expect(refuseInit(name), `init ${name}`).toBe(refused);
        expect(nameInputProblem(name, 'en') !== undefined, `prompt ${name}`).toBe(refused);
    }
    expect(refuseRename('opd')).toBe('\'opd\' cannot be used as a name: a keyword of the .spbe language.');
    expect(nameInputProblem('opd', 'id')).toBe('Kata kunci bahasa .spbe');
    expect(nameInputProblem('1A', 'en')).toBe('Only letters, digits and _, not starting with a digit');
});

test('the extension finds the active file\'s OPD and accepts preview OPD codes by the same rule', () => {
    expect(declaredOpd('// kota\n  opd BAPPEDA_2 {\n}\nopd DINSOS {}')).toBe('BAPPEDA_2');
    expect(declaredOpd('pemda K { }')).toBeUndefined();
    expect(declaredOpd('opd 1X {}')).toBeUndefined();
    const preview = (opd: string) => parsePreviewMessage({ type: 'request', params: { view: 'opd', opd } });
    for (const name of [...malformed, ...valid]) {
        expect(preview(name) !== undefined, `preview ${name}`).toBe(matchesIdentifier(name));
    }
    expect(preview('A'.repeat(101))).toBeUndefined();
});

test('names derived from inventory titles pass the rule; a keyword or a leading digit gets the kind prefix', () => {
    for (const name of [...keywordNames, ...malformed, ...valid]) {
        expect(isUsableName(name), name).toBe(invalidIdentifierReason(name, 'en') === undefined);
    }
    const never = () => false;
    expect(deriveName('APBD', 'data', never)).toBe('DT_APBD');
    expect(deriveName('2024 Rekap', 'aplikasi', never)).toBe('APL_2024_REKAP');
    expect(deriveName('Rekap 2024', 'aplikasi', never)).toBe('REKAP_2024');
});

test('the editor\'s word pattern (language-configuration.json, static JSON) spells the identifier rule as the grammar does', () => {
    const config = JSON.parse(readFileSync(join(repoRoot, 'packages/vscode/language-configuration.json'), 'utf-8')) as { wordPattern: string };
    // identifierSource is `(?:ID)`; the word pattern holds ID itself, alone or qualified (`OPD.NAME`).
    const id = identifierSource.slice('(?:'.length, -1);
    expect(config.wordPattern).toContain(`|${id}(\\.${id})?|`);
});
