import { afterEach, expect, test } from 'vitest';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestServices } from '../helpers/test-services.js';

/**
 * An LSP request waits (Langium's request handlers call `DocumentBuilder.waitUntil`) until the
 * document it reads is built from the text the editor has: not the syntax tree of an older text
 * (its positions would land in the wrong place of the new one), and never a -32803 failure for a
 * document the builder has reset to relink after the current build.
 */
const t = createTestServices();
afterEach(() => t.clear());

const shared = () => t.services.shared;
const settle = (ms = 20) => new Promise(resolve => setTimeout(resolve, ms));

/** What `waitUntil(state, uri)` came to within the test: 'resolved', 'pending' or the error's code. */
function watch(state: DocumentState, uri: URI, token = new CancellationTokenSource().token): { outcome: () => string } {
    let outcome = 'pending';
    shared().workspace.DocumentBuilder.waitUntil(state, uri, token).then(
        () => { outcome = 'resolved'; },
        (error: unknown) => { outcome = error instanceof ResponseError ? `error ${error.code}` : 'cancelled'; });
    return { outcome: () => outcome };
}

test('a request on a document whose editor text is newer than its syntax tree waits for the build of that text', async () => {
    const loaded = await t.load({ 'a.spbe': 'opd A {\n    pic "a"\n}\n' });
    const document = loaded.documents['a.spbe'];
    const uri = document.uri;
    setTextDocument(shared(), TextDocument.create(uri.toString(), 'spbe', 1, document.textDocument.getText()));
    await shared().workspace.DocumentBuilder.update([uri], []);

    // A build that holds the workspace (a slow-check run, say) while the editor sends a change.
    let release!: () => void;
    const running = shared().workspace.WorkspaceLock.write(() => new Promise<void>(resolve => { release = resolve; }));
    const edited = 'opd A {\n    pic "a"\n    infrastruktur DC { jenis server }\n}\n';
    setTextDocument(shared(), TextDocument.create(uri.toString(), 'spbe', 2, edited));
    // As the update handler does on didChange: a write queued behind the running one.
    const queued = shared().workspace.WorkspaceLock.write(token => shared().workspace.DocumentBuilder.update([uri], [], token));
    const request = watch(DocumentState.Validated, uri);
    await settle();
    // The document still says Validated, but of the old text: the request must not be answered from it.
    expect(shared().workspace.LangiumDocuments.getDocument(uri)!.state).toBe(DocumentState.Validated);
    expect(request.outcome()).toBe('pending');
    release();
    await running;
    await queued;
    for (let i = 0; i < 50 && request.outcome() === 'pending'; i++) {
        await settle();
    }
    expect(request.outcome()).toBe('resolved');
    expect(shared().workspace.LangiumDocuments.getDocument(uri)!.parseResult.value.$cstNode!.root.fullText).toBe(edited);
});

test('a request waiting for newer text is cancelled with its token', async () => {
    const loaded = await t.load({ 'a.spbe': 'opd A {\n    pic "a"\n}\n' });
    const uri = loaded.documents['a.spbe'].uri;
    // The editor holds a text the workspace has not been told of: nothing will build it.
    setTextDocument(shared(), TextDocument.create(uri.toString(), 'spbe', 7, 'opd A {}\n'));
    const source = new CancellationTokenSource();
    const request = watch(DocumentState.Linked, uri, source.token);
    await settle();
    expect(request.outcome()).toBe('pending');
    source.cancel();
    await settle();
    expect(request.outcome()).toBe('cancelled');
});

test('a request on a document reset for relinking during a build waits for its relink instead of failing (-32803)', async () => {
    const loaded = await t.load({
        'a.spbe': 'opd A {\n    pic "a"\n    infrastruktur DC { jenis server }\n}\n',
        'b.spbe': 'opd B {\n    pic "b"\n    aplikasi Y { hosting A.DC }\n}\n'
    });
    const a = loaded.documents['a.spbe'];
    const b = loaded.documents['b.spbe'] as LangiumDocument;
    const builder = shared().workspace.DocumentBuilder;
    const outcomes: Array<{ state: DocumentState; request: { outcome: () => string } }> = [];
    // Once the edited file is validated, the builder is past Linked while b (whose target was
    // renamed) still waits for its relink in the build that follows.
    const listener = builder.onBuildPhase(DocumentState.Validated, documents => {
        if (documents.some(d => d.uri.toString() === a.uri.toString()) && b.state < DocumentState.Linked) {
            outcomes.push({ state: b.state, request: watch(DocumentState.Linked, b.uri) });
        }
    });
    try {
        setTextDocument(shared(), TextDocument.create(a.uri.toString(), 'spbe', 2, 'opd A {\n    pic "a"\n    infrastruktur DC2 { jenis server }\n}\n'));
        await builder.update([a.uri], []);
    } finally {
        listener.dispose();
    }
    await settle();
    expect(outcomes.map(o => [o.state, o.request.outcome()])).toEqual([[DocumentState.ComputedScopes, 'resolved']]);
    expect(b.state).toBe(DocumentState.Validated);
    expect((b.diagnostics ?? []).map(d => String(d.code))).toContain('unresolved-reference');
});

test('a request on a document that is deleted while it waits fails as cancelled by the server', async () => {
    const loaded = await t.load({ 'a.spbe': 'opd A {\n    pic "a"\n}\n' });
    const uri = loaded.documents['a.spbe'].uri;
    setTextDocument(shared(), TextDocument.create(uri.toString(), 'spbe', 3, 'opd A {}\n'));
    const request = watch(DocumentState.Linked, uri);
    await shared().workspace.DocumentBuilder.update([], [uri]);
    await settle();
    expect(request.outcome()).toBe(`error ${LSPErrorCodes.ServerCancelled}`);
});

test('a rename saved at once: every file that used the old name is relinked and validated, and its requests answered', async () => {
    const files: Record<string, string> = { 'a.spbe': 'opd A {\n    pic "a"\n    infrastruktur DC { jenis server }\n}\n' };
    for (let i = 0; i < 6; i++) {
        files[`u${i}.spbe`] = `opd U${i} {\n    pic "u"\n    aplikasi Y${i} { hosting A.DC }\n}\n`;
    }
    const loaded = await t.load(files);
    const builder = shared().workspace.DocumentBuilder;
    const validation = t.services.spbe.WorkspaceValidation;
    validation.applyMode('onSave');
    const a = loaded.documents['a.spbe'];
    // The edit and the save's whole-workspace check, queued one after the other as the server does.
    setTextDocument(shared(), TextDocument.create(a.uri.toString(), 'spbe', 2, files['a.spbe'].replace('DC {', 'DC_BARU {')));
    const edit = shared().workspace.WorkspaceLock.write(token => builder.update([a.uri], [], token));
    const saved = validation.validateAll();
    const users = Object.keys(files).filter(name => name !== 'a.spbe').map(name => loaded.documents[name]);
    const requests = users.map(u => watch(DocumentState.Validated, u.uri));
    await Promise.all([edit, saved]);
    await settle();
    expect(users.map(u => [u.state, (u.diagnostics ?? []).some(d => d.code === 'unresolved-reference')]))
        .toEqual(users.map(() => [DocumentState.Validated, true]));
    expect(requests.map(r => r.outcome())).toEqual(users.map(() => 'resolved'));
});

test('a request whose file reached its phase just as a newer change cancelled the build is still answered', async () => {
    const loaded = await t.load({ 'a.spbe': 'opd A {\n    pic "a"\n}\n', 'b.spbe': 'opd B {\n    pic "b"\n}\n' });
    const [a, b] = [loaded.documents['a.spbe'], loaded.documents['b.spbe']];
    const builder = shared().workspace.DocumentBuilder;
    // Registered before the request's own listener: it queues a change of b the moment a is
    // validated, which cancels the build, and Langium then skips the listeners still to run.
    let other: Promise<unknown> | undefined;
    const listener = builder.onDocumentPhase(DocumentState.Validated, built => {
        if (built.uri.toString() === a.uri.toString() && !other) {
            setTextDocument(shared(), TextDocument.create(b.uri.toString(), 'spbe', 2, 'opd B {\n    pic "b2"\n}\n'));
            other = shared().workspace.WorkspaceLock.write(token => builder.update([b.uri], [], token));
        }
    });
    try {
        setTextDocument(shared(), TextDocument.create(a.uri.toString(), 'spbe', 2, 'opd A {\n    pic "a2"\n}\n'));
        const request = watch(DocumentState.Validated, a.uri);
        await shared().workspace.WorkspaceLock.write(token => builder.update([a.uri], [], token));
        await other;
        for (let i = 0; i < 40 && request.outcome() === 'pending'; i++) {
            await settle(25);
        }
        expect(a.state).toBe(DocumentState.Validated);
        expect(request.outcome()).toBe('resolved');
    } finally {
        listener.dispose();
    }
});
