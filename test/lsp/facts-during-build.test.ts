import { afterEach, expect, test, vi } from 'vitest';
import { AstUtils, DocumentState, URI, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Element, Opd, Workspace } from '../../packages/language/src/generated/ast.js';
import { prefetchFactsWhenIdle } from '../../packages/language/src/lsp/facts-prefetch.js';
import { WorkspaceFacts } from '../../packages/language/src/analysis/workspace-facts.js';
import { createTestServices } from '../helpers/test-services.js';

/**
 * Editor requests that arrive while an edit is being built (issue 20: hover right after an edit)
 * read the workspace facts of the last build whose references all resolved, instead of making
 * facts from a file that is parsed but not yet scoped: no early reference resolution (Langium warns
 * for each), no uses missing, no walk of the whole workspace on the request's time.
 */
const t = createTestServices();
afterEach(() => {
    vi.restoreAllMocks();
    return t.clear();
});

const central = (title: string) => `opd A {\n    pic "a"\n    infrastruktur DC "${title}" { jenis server }\n    aplikasi X "X" { hosting DC }\n}\n`;
const user = (opd: string) => `opd ${opd} {\n    pic "${opd}"\n    aplikasi Y "Y" { hosting A.DC }\n}\n`;

async function workspace() {
    const loaded = await t.load({ 'a.spbe': central('Pusat Data'), 'b.spbe': user('B'), 'c.spbe': user('C') });
    const shared = t.services.shared;
    const doc = (name: string) => shared.workspace.LangiumDocuments.getDocument(loaded.documents[name].uri) as LangiumDocument<Workspace>;
    const dc = () => (doc('a.spbe').parseResult.value.declarations[0] as Opd).elements[0] as Element;
    // The editor's default: the fast checks on each change, which need no workspace facts.
    shared.workspace.DocumentBuilder.updateBuildOptions = { validation: { categories: ['built-in', 'fast'] } };
    let version = 1;
    const edit = (text: string) => {
        const uri = loaded.documents['a.spbe'].uri;
        setTextDocument(shared, TextDocument.create(uri.toString(), 'spbe', ++version, text));
        return shared.workspace.DocumentBuilder.update([uri], []);
    };
    return { doc, dc, edit, facts: t.services.spbe.WorkspaceFacts };
}

test('while an edited file is parsed but not scoped, the facts are those of the last complete build, and answer for its new nodes', async () => {
    const w = await workspace();
    const before = w.facts.get();
    expect(before.usesOf(w.dc()).map(u => u.user.$container.name)).toEqual(['A', 'B', 'C']);
    // An edit whose build nobody asked facts of: the next one starts with none made from the current text.
    await w.edit(central('Pusat Data Lama'));
    const warn = vi.spyOn(console, 'warn');
    let during: { fromNewText: boolean; state: DocumentState; users: string[]; retired: boolean } | undefined;
    const listener = t.services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, () => {
        const facts = w.facts.get();
        // The node of the new parse: the facts were made from the one before.
        during = { fromNewText: facts.elements.includes(w.dc()), state: w.doc('a.spbe').state, users: facts.usesOf(w.dc()).map(u => u.user.$container.name), retired: facts.isRetired(w.dc()) };
    });
    try {
        await w.edit(central('Pusat Data Baru'));
    } finally {
        listener.dispose();
    }
    // Made only now, their uses leave out the file being rebuilt (its old nodes lost their links).
    expect(during).toEqual({ fromNewText: false, state: DocumentState.IndexedContent, users: ['B', 'C'], retired: false });
    expect(warn.mock.calls.flat().join('\n')).not.toMatch(/before document reached ComputedScopes/);
    // Once the build has linked, the facts are made again from the new text.
    const after = w.facts.get();
    expect(after).not.toBe(before);
    expect((w.dc() as { title?: string }).title).toBe('Pusat Data Baru');
    expect(after.usesOf(w.dc()).map(u => u.user.$container.name)).toEqual(['A', 'B', 'C']);
});

test('a hover on a cross-OPD reference during the build counts the users without resolving the re-parsed file early', async () => {
    const w = await workspace();
    await w.edit(central('Pusat Data Lama'));
    w.facts.get().prefetch(); // as the server does once idle after a build (prefetchFactsWhenIdle)
    const warn = vi.spyOn(console, 'warn');
    const b = w.doc('b.spbe');
    const offset = b.textDocument.getText().indexOf('A.DC') + 2;
    let hover: string | undefined;
    const listener = t.services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, async () => {
        const answer = await t.services.lsp.HoverProvider!.getHoverContent(b, {
            textDocument: { uri: b.uri.toString() }, position: b.textDocument.positionAt(offset)
        });
        hover = (answer?.contents as { value: string } | undefined)?.value;
    });
    try {
        await w.edit(central('Pusat Data Baru'));
    } finally {
        listener.dispose();
    }
    expect(hover).toMatch(/`A\.DC`[\s\S]*Dipakai oleh: 3 \(A 1, B 1, C 1\)/);
    expect(warn.mock.calls.flat().join('\n')).not.toMatch(/before document reached ComputedScopes/);
});

test('facts asked before any file is scoped (the server starting) cover no unscoped file and are not kept', async () => {
    const fresh = createTestServices();
    const shared = fresh.services.shared;
    await fresh.parse('opd Z { infrastruktur S { jenis server } }');
    const document = shared.workspace.LangiumDocumentFactory.fromString(user('B').replace('A.DC', 'Z.S'), URI.parse('file:///start/b.spbe'));
    shared.workspace.LangiumDocuments.addDocument(document);
    expect(document.state).toBeLessThan(DocumentState.ComputedScopes);
    const warn = vi.spyOn(console, 'warn');
    const early = fresh.services.spbe.WorkspaceFacts.get();
    expect(early.documents).not.toContain(document);
    expect(early.elements.map(e => e.name)).toEqual(['S']);
    expect([...early.uses.keys()]).toEqual([]);
    expect(warn.mock.calls.flat().join('\n')).not.toMatch(/before document reached ComputedScopes/);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    const built = fresh.services.spbe.WorkspaceFacts.get();
    expect(built.documents).toContain(document);
    expect([...built.uses.keys()].map(e => e.name)).toEqual(['S']);
    await fresh.clear();
});

test('the server makes the facts once idle after a build; an edit before then cancels the run', async () => {
    const w = await workspace();
    const prefetch = vi.spyOn(WorkspaceFacts.prototype, 'prefetch');
    const stop = prefetchFactsWhenIdle(t.services.shared, w.facts, 40);
    try {
        await w.edit(central('Satu'));
        await w.edit(central('Dua')); // within 40 ms of the first build: its run is cancelled
        expect(prefetch).not.toHaveBeenCalled();
        await new Promise(resolve => setTimeout(resolve, 120));
        expect(prefetch).toHaveBeenCalledTimes(1);
        // The facts the next request gets are those it made, with the uses of the text now.
        expect(prefetch.mock.contexts[0]).toBe(w.facts.get());
        expect(w.facts.get().usesOf(w.dc()).map(u => u.user.$container.name)).toEqual(['A', 'B', 'C']);
    } finally {
        stop();
    }
});

test('a failure while making the facts in the background is logged, not thrown out of the timer', async () => {
    const w = await workspace();
    vi.spyOn(WorkspaceFacts.prototype, 'prefetch').mockImplementation(() => {
        throw new Error('boom');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const stop = prefetchFactsWhenIdle(t.services.shared, w.facts, 5);
    try {
        await w.edit(central('Satu'));
        await new Promise(resolve => setTimeout(resolve, 60));
        expect(logged.mock.calls.map(call => String(call[0]))).toContain('Could not make the workspace facts after a build.');
    } finally {
        stop();
    }
});

test('outdated facts never resolve references of a file waiting to be relinked (the linker would keep the early answer)', async () => {
    const w = await workspace();
    await w.edit(central('Pusat Data Lama'));
    const facts = w.facts.get(); // made after that build's checks: no uses index yet
    await w.edit(central('Pusat Data Baru'));
    expect(facts.outdated).toBe(true);
    // b.spbe as the builder leaves a file whose target renamed: links dropped, waiting for its relink.
    const b = w.doc('b.spbe');
    t.services.references.Linker.unlink(b);
    b.state = DocumentState.ComputedScopes;
    const resolve = vi.spyOn(t.services.references.Linker, 'getCandidate');
    const users = facts.usesOf(w.dc()).map(u => u.user.$container.name);
    expect(resolve.mock.calls.filter(([info]) => AstUtils.getDocument(info.container) === b)).toEqual([]);
    expect(users).not.toContain('B');
    expect(users).toContain('C');
});

test('a full re-check (an update with no changed file) keeps the facts current', async () => {
    const w = await workspace();
    const facts = w.facts.get();
    await t.services.shared.workspace.DocumentBuilder.update([], []);
    expect(facts.outdated).toBe(false);
});

test('the idle run waits while any file is below Validated (relinks pending), and runs after their build', async () => {
    const w = await workspace();
    const prefetch = vi.spyOn(WorkspaceFacts.prototype, 'prefetch');
    const stop = prefetchFactsWhenIdle(t.services.shared, w.facts, 20);
    try {
        await w.edit(central('Satu'));
        const shared = t.services.shared;
        const pending = shared.workspace.LangiumDocumentFactory.fromString(user('D'), URI.parse(`${w.doc('a.spbe').uri.toString().replace('a.spbe', 'd.spbe')}`));
        shared.workspace.LangiumDocuments.addDocument(pending);
        await new Promise(resolve => setTimeout(resolve, 80));
        expect(prefetch).not.toHaveBeenCalled();
        await shared.workspace.DocumentBuilder.build([pending], { validation: true });
        await new Promise(resolve => setTimeout(resolve, 80));
        expect(prefetch).toHaveBeenCalledTimes(1);
    } finally {
        stop();
    }
});

test('a file linked again after a cancelled or early partial link resolves every reference afresh', async () => {
    const w = await workspace();
    const b = w.doc('b.spbe');
    expect(b.references.length).toBeGreaterThan(0);
    // As a link cancelled partway leaves it: references resolved, the file below Linked.
    b.state = DocumentState.ComputedScopes;
    const resolve = vi.spyOn(t.services.references.Linker, 'getCandidate');
    await t.services.shared.workspace.DocumentBuilder.build([b], { validation: false });
    expect(resolve.mock.calls.filter(([info]) => AstUtils.getDocument(info.container) === b).length).toBeGreaterThan(0);
});
