import { afterEach, expect, test } from 'vitest';
import { expectCompletion } from 'langium/test';
import type { CompletionList } from 'vscode-languageserver';
import { MaxCompletionItems } from '../../packages/language/src/lsp/spbe-completion-provider.js';
import { createTestServices } from '../helpers/test-services.js';

/**
 * A reference with thousands of candidates answers at most `MaxCompletionItems`, the own OPD's
 * names first; the list stays marked incomplete (as all of Langium's are), so the editor asks again
 * as the user types and what is typed narrows it on the server. A short list comes whole.
 */
const t = createTestServices();
afterEach(() => t.clear());

async function listAt(text: string): Promise<CompletionList> {
    let list: CompletionList | undefined;
    await expectCompletion(t.services)({ text, index: 0, assert: completion => { list = completion; } });
    return list!;
}

test('a long candidate list is cut, own names first, and narrows as the user types', async () => {
    const servers = (opd: string, count: number) => `opd ${opd} {\n${Array.from({ length: count }, (_, i) => `    infrastruktur S${i} { jenis server }`).join('\n')}\n}\n`;
    await t.load({ 'a.spbe': servers('A', 400), 'c.spbe': servers('C', 100) });

    const all = await listAt('opd C {\n    infrastruktur OWN { jenis server }\n    aplikasi X { hosting <|> }\n}');
    expect(all.isIncomplete).toBe(true);
    expect(all.items).toHaveLength(MaxCompletionItems);
    expect(all.items[0].label).toBe('OWN');
    expect(all.items.slice(0, 5).every(i => !i.label.includes('.'))).toBe(true);

    // A.S399 sorts after the first 300 of the full list; typed, it is offered.
    expect(all.items.map(i => i.label)).not.toContain('A.S399');
    const narrowed = await listAt('opd C {\n    aplikasi X { hosting A.S39<|> }\n}');
    expect(narrowed.items.map(i => i.label)).toEqual(expect.arrayContaining(['A.S39', 'A.S399']));

    // A list under the limit (the data of the workspace) comes whole.
    const short = await listAt('opd C {\n    data D1 { sifat terbuka }\n    data D2 { sifat terbuka }\n    layanan L { data <|> }\n}');
    expect(short.items.map(i => i.label).sort()).toEqual(['D1', 'D2']);
});
