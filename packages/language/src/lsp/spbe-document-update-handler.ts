import { URI, type TextDocument } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import { FileChangeType, type DidChangeWatchedFilesParams, type FileEvent, type TextDocumentChangeEvent } from 'vscode-languageserver';
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
 *
 * The slow checks (spec §5.5) find problems across files, so a change can alter the findings of
 * files nobody touched. Besides an editor's save, they run after the update of every change with
 * `onType`, and with `onSave` after a change on disk the editor does not own (a `git checkout`, a
 * file created, deleted or written by another program): that change is already "saved".
 */
export class SpbeDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly shared: LangiumSharedServices;
    /** URI → whether its latest event was a deletion; the latest event of a URI wins. */
    private readonly pending = new Map<string, boolean>();
    private queued = false;
    /** Whether the slow checks run once a queued write has built its changes (kept when it is cancelled). */
    private slowChecksOwed = false;
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
            this.oweSlowChecks('edit');
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
        // The workspace goes back to what is on disk, which the slow checks follow as after a save.
        if (onDisk === undefined) {
            this.oweSlowChecks('disk');
            this.fireDocumentUpdate([], [uri]);
        } else if (onDisk !== document.parseResult.value.$cstNode?.root.fullText || this.pending.has(uri.toString())) {
            this.oweSlowChecks('disk');
            this.fireDocumentUpdate([uri], []);
        }
    }

    didSaveDocument(_event: TextDocumentChangeEvent<TextDocument>): void {
        if (this.spbe.Settings.slowChecks === 'onSave') {
            this.runSlowChecks();
        }
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        // An editor opening a file with the text on disk changes nothing the checks read. (Only
        // `onType` owes anything for an edit, so only it pays for comparing the texts.)
        if (this.spbe.Settings.slowChecks === 'onType') {
            const parsed = this.shared.workspace.LangiumDocuments.getDocument(URI.parse(change.document.uri));
            if (parsed?.parseResult.value.$cstNode?.root.fullText !== change.document.getText()) {
                this.oweSlowChecks('edit');
            }
        }
        super.didChangeContent(change);
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        if (params.changes.some(change => this.changesWorkspaceOnDisk(change))) {
            this.oweSlowChecks('disk');
        }
        super.didChangeWatchedFiles(params);
    }

    /**
     * Marks the slow checks due after the next update: with `onType` for any change, with `onSave`
     * for a change on disk (saved already, by whoever made it).
     */
    private oweSlowChecks(cause: 'edit' | 'disk'): void {
        const mode = this.spbe.Settings.slowChecks;
        if (mode === 'onType' || (mode === 'onSave' && cause === 'disk')) {
            this.slowChecksOwed = true;
        }
    }

    /**
     * Whether a file event changes what the workspace holds without an editor: the editor's text
     * wins over the disk for an open file (its save runs the slow checks), and the watcher reports
     * every file of the folder, not only `.spbe` ones. A deleted folder is reported as one event.
     */
    private changesWorkspaceOnDisk(change: FileEvent): boolean {
        const uri = URI.parse(change.uri);
        if (this.shared.workspace.TextDocuments.get(change.uri)) {
            return false;
        }
        if (change.type !== FileChangeType.Deleted) {
            return this.shared.ServiceRegistry.hasServices(uri);
        }
        const folder = change.uri.endsWith('/') ? change.uri : `${change.uri}/`;
        return this.shared.workspace.LangiumDocuments.all.some(d => d.uri.toString() === change.uri || d.uri.toString().startsWith(folder));
    }

    private get spbe(): SpbeServices['spbe'] {
        return (this.shared.ServiceRegistry.all[0] as SpbeServices).spbe;
    }

    /** Queues a run of every check; its failure (after its retries) is logged, never left to end the server. */
    private runSlowChecks(): void {
        this.spbe.WorkspaceValidation.validateAll().catch((error: unknown) => {
            console.error('Could not run the workspace-wide checks.', error);
        });
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
                token).then(() => {
                // Queued behind this write, so it reads what this update built; a write cancelled
                // by a newer change leaves the debt to that one.
                if (this.slowChecksOwed && !token.isCancellationRequested) {
                    this.slowChecksOwed = false;
                    this.runSlowChecks();
                }
            });
        })).catch((error: unknown) => {
            this.queued = false;
            console.error('Could not update the documents after a change.', error);
        });
    }
}
