import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

/**
 * `f(...list)` passes each item as an argument and overflows the stack at about 120k items; on a
 * user-sized list (elements, findings, rows) that crashed validation. The few call spreads left are
 * over lists bounded by the program (output formats, one sheet's tables, one diagnostic's fixes).
 */
const bounded = new Set([
    // One entry per output format.
    'packages/server/src/lsp/language-server.ts: .push(...await writeOutputs(',
    // One entry per sheet of a workbook.
    'packages/server/src/inventory/import-inventory.ts: .push(...await readInventoryXlsx(',
    // The fixes of one diagnostic.
    'packages/language/src/lsp/spbe-code-action-provider.ts: .push(...fix(',
    // One entry per band of the diagram (six).
    'packages/generators/src/diagram/elk-layout.ts: Math.max(0, ...[...byBand.values(',
    'packages/generators/src/diagram/elk-layout.ts: Math.max(400, ...rowWidths',
    // The properties of one element (bounded by the grammar); a doc comment's lines.
    'packages/server/src/inventory/inventory-source.ts: .push(...element.properties.map(',
    'packages/server/src/inventory/inventory-source.ts: .push(...docComment('
]);

function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const full = join(dir, entry.name);
        return entry.isDirectory() ? (entry.name === 'generated' ? [] : sources(full)) : entry.name.endsWith('.ts') ? [full] : [];
    });
}

test('no call spreads a user-sized array into arguments (push(...x), Math.max(...x))', () => {
    const found: string[] = [];
    for (const pkg of ['language', 'cli', 'vscode']) {
        for (const file of sources(join(repoRoot, 'packages', pkg, 'src'))) {
            const text = readFileSync(file, 'utf-8').split('\n').filter(line => !/^\s*(\*|\/\/|\/\*)/.test(line)).join('\n');
            for (const match of text.matchAll(/(?:\.(?:push|unshift)|Math\.(?:max|min)|String\.fromCharCode|\.apply)\((?:[^()[\]]*?,\s*)?\.\.\.[^,)]{0,24}/g)) {
                const where = `${relative(repoRoot, file).split('\\').join('/')}: ${match[0]}`;
                if (![...bounded].some(b => where.startsWith(b))) {
                    found.push(where);
                }
            }
        }
    }
    expect(found).toEqual([]);
});
