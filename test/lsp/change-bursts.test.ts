import { beforeAll, expect, test } from 'vitest';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IssueCodes } from 'spbe-model';
import { createSpbeServices, ensureBuiltinLibrary } from 'spbe-language';
import type { SpbeDocumentUpdateHandler } from '../../packages/language/src/lsp/spbe-document-update-handler.js';

/**
 * A burst of `didChange` (a paste, a replace-all, a formatter) must not queue one rebuild per
 * change: changes are taken together, and a build superseded by a newer change stops before it
 * parses. Asserted by counting writes and parses, never by time.
 */
const { shared } = createSpbeServices(EmptyFileSystem);
const handler = shared.lsp.DocumentUpdateHandler as SpbeDocumentUpdateHandler;
let parses = 0;
const turn = () => new Promise(resolve => setImmediate(resolve));

beforeAll(async () => {
    await ensureBuiltinLibrary(shared);
    // As in the server: updates wait until the workspace is initialized.
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const factory = shared.workspace.LangiumDocumentFactory;
    const update = factory.update.bind(factory);
    factory.update = (document, token) => { parses++; return update(document, token); };
});

async function open(name: string, text: string): Promise<LangiumDocument> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///bursts/${name}`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

/** Sends one change of `document` to `text`, the way the LSP text document sync does. */
function change(document: LangiumDocument, version: number, text: string): void {
    const textDocument = TextDocument.create(document.uri.toString(), 'spbe', version, text);
    setTextDocument(shared, textDocument);
    handler.didChangeContent({ document: textDocument });
}

/** Resolves once every queued write (and the builds they run) has finished. */
async function settled(): Promise<void> {
    await turn();
    await shared.workspace.WorkspaceLock.read(() => undefined);
}

const opd = (pic: string) => `opd A {\n    ${pic}\n    infrastruktur DC { jenis server }\n}\n`;
const codes = (document: LangiumDocument) => (document.diagnostics ?? []).map(d => String(d.code));

test('changes that arrive together are built by one write, with the last text', async () => {
    const document = await open('together.spbe', opd('pic "a"'));
    const before = { ...handler.counts };
    for (let i = 0; i < 2000; i++) {
        change(document, i + 2, opd(i === 1999 ? '' : `pic "a ${i}"`));
    }
    await settled();
    expect(handler.counts.writes - before.writes).toBe(1);
    expect(handler.counts.changes - before.changes).toBe(1);
    expect(codes(document)).toContain(IssueCodes.OpdMissingPic);
});

test('changes read one per event-loop turn supersede the build before it parses', async () => {
    const document = await open('turns.spbe', opd('pic "a"'));
    const other = await open('other.spbe', 'opd B {\n    pic "b"\n}\n');
    parses = 0;
    for (let i = 0; i < 200; i++) {
        // vscode-jsonrpc hands over one message per turn; the other file changes too, once.
        change(document, i + 2, opd(i === 199 ? '' : `pic "a ${i}"`));
        if (i === 100) {
            change(other, 2, 'opd B {\n}\n');
        }
        await turn();
    }
    await settled();
    // Without coalescing every change parsed the file before the next one was read (200 parses).
    expect(parses).toBeLessThanOrEqual(3);
    expect(codes(document)).toContain(IssueCodes.OpdMissingPic);
    expect(codes(other)).toContain(IssueCodes.OpdMissingPic);
});
