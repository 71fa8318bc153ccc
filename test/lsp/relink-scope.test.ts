import { afterEach, expect, test } from 'vitest';
import { DocumentState, isOperationCancelled, URI, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import { CancellationTokenSource } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IssueCodes } from 'spbe-model';
import type { Aplikasi, Infrastruktur, Opd, Workspace } from '../../packages/language/src/generated/ast.js';
import type { SpbeDocumentBuilder } from '../../packages/language/src/workspace/spbe-document-builder.js';
import { createTestServices } from '../helpers/test-services.js';

/**
 * Which documents an edit rebuilds (spec'd by counts, never by time): an edit that keeps the names
 * a file exports (and what they stand for) leaves the files that refer to it linked, pointing at
 * the new nodes; one that renames, removes or re-kinds a name relinks the files that use it.
 */
const t = createTestServices();
afterEach(() => t.clear());

const central = (title: string, extra = '') =>
    `opd A {\n    pic "a"\n${extra}    infrastruktur DC "${title}" { jenis server }\n    infrastruktur BUS "Bus" { jenis sistemPenghubung }\n}\n`;
const user = 'opd B {\n    pic "b"\n    aplikasi X "X" { hosting A.DC }\n}\n';
const other = 'opd C {\n    pic "c"\n    infrastruktur S "S" { jenis server }\n    aplikasi Y "Y" { hosting S }\n}\n';

async function workspace() {
    const loaded = await t.load({ 'a.spbe': central('Pusat Data'), 'b.spbe': user, 'c.spbe': other });
    const shared = t.services.shared;
    const builder = shared.workspace.DocumentBuilder as SpbeDocumentBuilder;
    builder.updateBuildOptions = { validation: { categories: ['built-in', 'fast'] } };
    let version = 1;
    const edit = async (name: string, text: string) => {
        const uri = loaded.documents[name].uri;
        setTextDocument(shared, TextDocument.create(uri.toString(), 'spbe', ++version, text));
        await builder.update([uri], []);
    };
    const doc = (name: string) => shared.workspace.LangiumDocuments.getDocument(loaded.documents[name].uri) as LangiumDocument<Workspace>;
    const hosting = () => ((doc('b.spbe').parseResult.value.declarations[0] as Opd).elements[0] as Aplikasi).hosting[0];
    const codes = (name: string) => (doc(name).diagnostics ?? []).map(d => String(d.code));
    return { builder, edit, doc, hosting, codes, counts: () => ({ ...builder.counts }) };
}

test('an edit that keeps every exported name relinks nothing else; references follow the new nodes', async () => {
    const w = await workspace();
    const before = w.counts();
    const bDiagnostics = w.doc('b.spbe').diagnostics;
    await w.edit('a.spbe', central('Pusat Data Baru'));
    const after = w.counts();
    expect(after.relinked - before.relinked).toBe(0);
    expect(after.retargeted - before.retargeted).toBe(1);
    // b.spbe was not rebuilt (same diagnostics object) but its reference reads the new node.
    expect(w.doc('b.spbe').diagnostics).toBe(bDiagnostics);
    expect(w.doc('b.spbe').state).toBe(DocumentState.Validated);
    const target = w.hosting().ref as Infrastruktur;
    expect(target.title).toBe('Pusat Data Baru');
    expect(target.$container.$container).toBe(w.doc('a.spbe').parseResult.value);
});

test('renaming an exported element relinks the file that uses it, not the one that does not', async () => {
    const w = await workspace();
    const before = w.counts();
    await w.edit('a.spbe', central('Pusat Data').replace('infrastruktur DC', 'infrastruktur DC2'));
    expect(w.counts().relinked - before.relinked).toBe(1);
    expect(w.codes('b.spbe')).toContain(IssueCodes.UnresolvedReference);
    expect(w.codes('c.spbe')).not.toContain(IssueCodes.UnresolvedReference);
    // Renamed back: the unresolved reference resolves again.
    await w.edit('a.spbe', central('Pusat Data'));
    expect(w.codes('b.spbe')).not.toContain(IssueCodes.UnresolvedReference);
    expect((w.hosting().ref as Infrastruktur).title).toBe('Pusat Data');
    expect(w.counts().relinked - before.relinked).toBe(2);
});

test('a name that changes kind (jenis) relinks its users; an element added before moves the targets and re-indexes them', async () => {
    const w = await workspace();
    let before = w.counts();
    await w.edit('a.spbe', central('Pusat Data').replace('{ jenis server }', '{ jenis sistemPenghubung }'));
    expect(w.counts().relinked - before.relinked).toBe(1);

    await w.edit('a.spbe', central('Pusat Data'));
    before = w.counts();
    // A new element before DC: DC's path changes, its name and kind do not.
    await w.edit('a.spbe', central('Pusat Data', '    infrastruktur NEW "Baru" { jenis server }\n'));
    const after = w.counts();
    expect(after.relinked - before.relinked).toBe(0);
    expect(after.reindexed - before.reindexed).toBe(1);
    const target = w.hosting().ref as Infrastruktur;
    expect(target.name).toBe('DC');
    // Find-references from the moved node still finds b.spbe's use.
    const locator = t.services.workspace.AstNodeLocator;
    const uses = t.services.shared.workspace.IndexManager.findAllReferences(target, locator.getAstNodePath(target)).toArray();
    expect(uses.map(u => u.sourceUri.path)).toEqual([w.doc('b.spbe').uri.path]);
});

test('a deleted file relinks the files that referred to it', async () => {
    const w = await workspace();
    const before = w.counts();
    await w.builder.update([], [w.doc('a.spbe').uri]);
    expect(w.counts().relinked - before.relinked).toBe(1);
    expect(w.codes('b.spbe')).toContain(IssueCodes.UnresolvedReference);
});

test('a build cancelled after the edited file was indexed leaves its users to the next build', async () => {
    const w = await workspace();
    const source = new CancellationTokenSource();
    // Registered after the builder's own listener, so the users have been reset when it cancels.
    const listener = w.builder.onBuildPhase(DocumentState.IndexedContent, () => source.cancel());
    const uri: URI = w.doc('a.spbe').uri;
    setTextDocument(t.services.shared, TextDocument.create(uri.toString(), 'spbe', 99, central('Pusat Data').replace('infrastruktur DC', 'infrastruktur DC2')));
    const cancelled = await w.builder.update([uri], [], source.token).then(() => false, (error: unknown) => isOperationCancelled(error));
    listener.dispose();
    expect(cancelled).toBe(true);
    expect(w.doc('b.spbe').state).toBeLessThan(DocumentState.Validated);
    await w.builder.update([], []);
    expect(w.doc('b.spbe').state).toBe(DocumentState.Validated);
    expect(w.codes('b.spbe')).toContain(IssueCodes.UnresolvedReference);
});
