import { afterEach, expect, test } from 'vitest';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IssueCatalog, IssueCodes, type IssueCode } from 'spbe-model';
import { createTestServices } from '../helpers/test-services.js';
import type { SpbeDocumentBuilder } from '../../packages/language/src/workspace/spbe-document-builder.js';

const t = createTestServices();
afterEach(() => t.clear());

/**
 * Reused fast results must never be stale: an edit in another file that changes what a reference
 * resolves to, or the pemda's local codes, must change the dependent document's diagnostics.
 */
test('fast diagnostics of a relinked document follow edits elsewhere', async () => {
    const files: Record<string, string> = {
        'pemda.spbe': 'pemda P { periode 2025..2029 }',
        'a.spbe': 'opd A { pic "a" infrastruktur DC { jenis server } }',
        'b.spbe': 'opd B { pic "b" aplikasi X { hosting A.DC ref RAB.09.04.77 } }'
    };
    await t.load(files);
    const shared = t.services.shared;
    shared.workspace.DocumentBuilder.updateBuildOptions = { validation: { categories: ['built-in', 'fast'] } };
    const documents = shared.workspace.LangiumDocuments;
    const codesOfB = () => (documents.all.find(d => d.uri.path.endsWith('/b.spbe'))!.diagnostics ?? [])
        .map(d => String(d.code)).filter(code => !IssueCatalog[code as IssueCode].slow).sort();
    let version = 1;
    const edit = async (name: string, text: string) => {
        const uri = documents.all.find(d => d.uri.path.endsWith(`/${name}`))!.uri;
        // What an editor change does: the new text comes from the open text document.
        setTextDocument(shared, TextDocument.create(uri.toString(), 'spbe', ++version, text));
        await shared.workspace.DocumentBuilder.update([uri], []);
    };
    expect(codesOfB()).toEqual([IssueCodes.RefCodeWrongDomain]);
    await edit('a.spbe', 'opd A { pic "a" }');
    expect(codesOfB()).toEqual([IssueCodes.RefCodeWrongDomain, IssueCodes.UnresolvedReference]);
    await edit('a.spbe', 'opd A { pic "a" infrastruktur DC { jenis server } }');
    expect(codesOfB()).toEqual([IssueCodes.RefCodeWrongDomain]);
    await edit('b.spbe', 'opd B { pic "b" aplikasi X { hosting A.DC ref RAA.09.77 } }');
    expect(codesOfB()).toEqual([IssueCodes.RefCodeUnknown]);
    // B does not refer to the pemda, but its ref codes are checked against the pemda's kodeLokal:
    // a change of those revalidates it at once (Langium's rule left it stale until the next full run).
    await edit('pemda.spbe', 'pemda P { periode 2025..2029 kodeLokal RAA.09 "a" kodeLokal RAA.09.77 "b" }');
    expect(codesOfB()).toEqual([]);
    // An edit of the pemda that leaves its reference settings alone keeps B as it is.
    const revalidated = (shared.workspace.DocumentBuilder as SpbeDocumentBuilder).counts.revalidated;
    await edit('pemda.spbe', 'pemda P { periode 2025..2030 kodeLokal RAA.09 "a" kodeLokal RAA.09.77 "b" }');
    expect((shared.workspace.DocumentBuilder as SpbeDocumentBuilder).counts.revalidated).toBe(revalidated);
    // An edit B refers to must not bring back the old result either.
    await edit('a.spbe', 'opd A { pic "a2" infrastruktur DC { jenis server } }');
    expect(codesOfB()).toEqual([]);
    await t.services.spbe.WorkspaceValidation.validateAll();
    expect(codesOfB()).toEqual([]);
});
