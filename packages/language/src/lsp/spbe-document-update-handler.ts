import { URI } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocument, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { SpbeServices } from '../spbe-module.js';

/**
 * Adds the on-save run of the slow checks (spec §5.5) to Langium's change handling, and coalesces
 * bursts of changes. Langium queues one workspace write per `didChange`; each queued write cancels
 * the one before it, but still starts, resets documents and notifies listeners before it notices,
 * so 2,000 changes sent at once (a paste, a replace-all, a formatter) meant 2,000 writes in a row.
 * Worse, vscode-jsonrpc hands over one message per event-loop turn, so the build started by the
 * first change parsed the whole file before the second change was even read, and so on: a minute
 * of parsing for a 2,000-change burst in a 20k-element workspace.
 *
 * Here changes wait in one pending set, and at most one write is queued: when it starts it takes
 * every change pending. Once it has reset the changed documents (so that requests arriving later
 * wait for the new text, as with Langium's own handler) the update yields one event-loop turn
 * before parsing: a change read in that turn queues the next write, which cancels this one before
 * it has parsed anything.
 */
export class SpbeDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly shared: LangiumSharedServices;
    /** URI → whether its latest event was a deletion; the latest event of a URI wins. */
    private readonly pending = new Map<string, boolean>();
    private queued = false;
    /** Writes started and URIs handed to the builder, for tests (operation counts, not time). */
    readonly counts = { writes: 0, changes: 0 };

    constructor(shared: LangiumSharedServices) {
        super(shared);
        this.shared = shared;
        // Runs inside every update, after its resets and before its cancellation check.
        shared.workspace.DocumentBuilder.onUpdate(() => new Promise<void>(resolve => setImmediate(resolve)));
    }

    /**
     * The text of a closed editor may never have been saved, and Langium keeps whatever it last
     * parsed: the workspace then checked text that exists nowhere. On close the file is read again
     * from disk (a file that is gone there, or never was, as an untitled editor, leaves the workspace).
     */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (uri.scheme !== 'file') {
            // Nothing on disk to go back to; queued in the same turn, the deletion cancels an update
            // of it that has not parsed yet (which would find neither the editor's text nor a file).
            this.fireDocumentUpdate([], [uri]);
            return;
        }
        void this.revertToDisk(uri).catch((error: unknown) => {
            console.error('Could not read a closed document again from disk.', error);
        });
    }

    private async revertToDisk(uri: URI): Promise<void> {
        const document = this.shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document) {
            return;
        }
        let onDisk: string | undefined;
        try {
            onDisk = await this.shared.workspace.FileSystemProvider.readFile(uri);
        } catch {
            onDisk = undefined;
        }
        if (onDisk === undefined) {
            this.fireDocumentUpdate([], [uri]);
        } else if (onDisk !== document.parseResult.value.$cstNode?.root.fullText || this.pending.has(uri.toString())) {
            this.fireDocumentUpdate([uri], []);
        }
    }

    didSaveDocument(_event: TextDocumentChangeEvent<TextDocument>): void {
        const spbe = (this.shared.ServiceRegistry.all[0] as SpbeServices).spbe;
        if (spbe.Settings.slowChecks === 'onSave') {
            void spbe.WorkspaceValidation.validateAll();
        }
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        changed.forEach(uri => this.pending.set(uri.toString(), false));
        deleted.forEach(uri => this.pending.set(uri.toString(), true));
        if (this.queued) {
            return; // the queued write will take these too
        }
        this.queued = true;
        this.workspaceManager.ready.then(() => this.workspaceLock.write(token => {
            this.queued = false;
            const batch = [...this.pending];
            this.pending.clear();
            this.counts.writes++;
            this.counts.changes += batch.length;
            return this.documentBuilder.update(
                batch.filter(([, gone]) => !gone).map(([uri]) => URI.parse(uri)),
                batch.filter(([, gone]) => gone).map(([uri]) => URI.parse(uri)),
                token);
        })).catch((error: unknown) => {
            this.queued = false;
            console.error('Could not update the documents after a change.', error);
        });
    }
}
