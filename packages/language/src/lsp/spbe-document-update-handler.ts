import { URI, type TextDocument } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { DidChangeWatchedFilesParams, TextDocumentChangeEvent, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import type { SpbeServices } from '../spbe-module.js';
import type { SpbeDocumentValidator } from '../validation/spbe-document-validator.js';
import { parsedText } from '../workspace/spbe-document-factory.js';
import type { SpbeWorkspaceManager } from '../workspace/spbe-workspace-manager.js';
import { sortWatchedFileEvents } from './watched-file-events.js';

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
 * files nobody touched. Besides an editor's save, they run after every update that changed or
 * removed a file no editor holds (a `git checkout`, a file created, deleted or written by another
 * program, an editor closed without saving: all "saved" already), after an open editor reloaded
 * the text its file now has on disk, and with `onType` after every edit.
 */
export class SpbeDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly shared: LangiumSharedServices;
    /**
     * URI → what the queued write does with it: the latest event wins, but a deletion followed by
     * a change is a replacement (the builder forgets the old document, then reads the path anew).
     */
    private readonly pending = new Map<string, 'changed' | 'deleted' | 'replaced'>();
    private queued = false;
    /** Whether the slow checks run once a queued write has built its changes (kept when it is cancelled). */
    private slowChecksOwed = false;
    /** Per URI of an open file changed on disk: that text, which its editor may reload (for 10 s). */
    private readonly reloads = new Map<string, string>();
    /** `true` while a write of this handler runs the builder's `update`. */
    private updating = false;
    /** Writes started and URIs handed to the builder, for tests (operation counts, not time). */
    readonly counts = { writes: 0, changes: 0 };

    constructor(shared: LangiumSharedServices) {
        super(shared);
        this.shared = shared;
        // Runs inside every update, after its resets and before its cancellation check.
        shared.workspace.DocumentBuilder.onUpdate(() => new Promise<void>(resolve => setImmediate(resolve)));
        // The builder's own list: a folder stands for its files here, and only files it held are deleted.
        // (`build` notifies its documents too, as changed: only this handler's updates count.)
        shared.workspace.DocumentBuilder.onUpdate((changed, deleted) => {
            if (this.updating && this.spbe.Settings.slowChecks !== 'off' && [...changed, ...deleted].some(uri => !this.isOpen(uri))) {
                this.slowChecksOwed = true;
            }
        });
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
        let unreadable = false;
        try {
            // A file opened from outside the workspace (or below `.history`) leaves it with its editor.
            onDisk = this.workspace.includes(uri) ? await this.shared.workspace.FileSystemProvider.readFile(uri) : undefined;
        } catch (error) {
            // Gone: it leaves. There but unreadable: the update records why (a `syntax` finding).
            unreadable = (error as { code?: string } | undefined)?.code !== 'ENOENT';
        }
        if (unreadable) {
            this.fireDocumentUpdate([uri], []);
        } else if (onDisk === undefined) {
            this.fireDocumentUpdate([], [uri]);
        } else if (onDisk !== parsedText(document) || this.pending.has(uri.toString())) {
            this.fireDocumentUpdate([uri], []);
        }
    }

    didSaveDocument(_event: TextDocumentChangeEvent<TextDocument>): void {
        if (this.spbe.Settings.slowChecks === 'onSave') {
            this.runSlowChecks();
        }
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        const mode = this.spbe.Settings.slowChecks;
        if (mode === 'onType') {
            // An editor opening a file with the text on disk changes nothing the checks read.
            const parsed = this.shared.workspace.LangiumDocuments.getDocument(URI.parse(change.document.uri));
            if (!parsed || parsedText(parsed) !== change.document.getText()) {
                this.slowChecksOwed = true;
            }
        } else if (mode === 'onSave' && this.reloads.size > 0) {
            const key = URI.parse(change.document.uri).toString();
            if (this.reloads.get(key) === change.document.getText()) {
                this.reloads.delete(key);
                this.slowChecksOwed = true;
            }
        }
        super.didChangeContent(change);
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        this.onWatchedFilesChangeEmitter.fire(params);
        const update = sortWatchedFileEvents(params.changes, uri => this.workspace.includes(uri), uri => this.isOpen(uri));
        for (const uri of update.openChanged) {
            void this.followReload(uri).catch(() => undefined); // unreadable: no reload to follow
        }
        const deleted = this.closedDocumentsAt(update.deleted);
        if (update.changed.length > 0 || deleted.length > 0 || update.replaced.length > 0) {
            this.fireDocumentUpdate(update.changed, deleted, update.replaced);
        }
    }

    /** Loads the files of folders added to the workspace and drops those of folders removed from it. */
    didChangeWorkspaceFolders(event: WorkspaceFoldersChangeEvent): void {
        this.workspace.changeFolders(event.added, event.removed);
        this.fireDocumentUpdate(event.added.map(f => URI.parse(f.uri)), this.closedDocumentsAt(event.removed.map(f => URI.parse(f.uri))));
    }

    /**
     * The documents at or below deleted paths that no editor holds. The builder would delete every
     * document below a folder; a file open in an editor keeps its text, even with its folder gone.
     */
    private closedDocumentsAt(paths: URI[]): URI[] {
        if (paths.length === 0) {
            return [];
        }
        const exact = new Set(paths.map(path => path.toString()));
        const prefixes = paths.map(path => path.toString().replace(/\/?$/, '/'));
        const atOrBelow = (key: string) => exact.has(key) || prefixes.some(prefix => key.startsWith(prefix));
        return this.shared.workspace.LangiumDocuments.all
            .map(d => d.uri)
            .filter(uri => atOrBelow(uri.toString()) && !this.isOpen(uri))
            .toArray();
    }

    /**
     * A file open in an editor changed on disk (a `git checkout`): an editor without unsaved changes
     * reloads it, before or after this event, and then holds saved text whose slow findings the
     * other files must follow. A plain save is this event too; its own run is scheduled or done.
     */
    private async followReload(uri: URI): Promise<void> {
        if (this.spbe.Settings.slowChecks !== 'onSave') {
            return;
        }
        const onDisk = await this.shared.workspace.FileSystemProvider.readFile(uri);
        const open = this.shared.workspace.TextDocuments.get(uri.toString());
        const key = uri.toString();
        if (open?.getText() !== onDisk) {
            this.reloads.set(key, onDisk);
            setTimeout(() => { if (this.reloads.get(key) === onDisk) this.reloads.delete(key); }, 10_000).unref();
            return;
        }
        const validator = this.spbeServices.validation.DocumentValidator as SpbeDocumentValidator;
        if (!this.spbe.WorkspaceValidation.scheduled && !validator.checkedWithSlowChecks(key, onDisk)) {
            this.runSlowChecks();
        }
    }

    private isOpen(uri: URI): boolean {
        return this.shared.workspace.TextDocuments.get(uri.toString()) !== undefined;
    }

    private get workspace(): SpbeWorkspaceManager {
        return this.shared.workspace.WorkspaceManager as SpbeWorkspaceManager;
    }

    private get spbeServices(): SpbeServices {
        return this.shared.ServiceRegistry.all[0] as SpbeServices;
    }

    private get spbe(): SpbeServices['spbe'] {
        return this.spbeServices.spbe;
    }

    /** Queues a run of every check; its failure (after its retries) is logged, never left to end the server. */
    private runSlowChecks(): void {
        this.spbe.WorkspaceValidation.validateAll().catch((error: unknown) => {
            console.error('Could not run the workspace-wide checks.', error);
        });
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[], replaced: URI[] = []): void {
        for (const uri of changed) {
            const key = uri.toString();
            const before = this.pending.get(key);
            this.pending.set(key, before === undefined || before === 'changed' ? 'changed' : 'replaced');
        }
        deleted.forEach(uri => this.pending.set(uri.toString(), 'deleted'));
        replaced.forEach(uri => this.pending.set(uri.toString(), 'replaced'));
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
            this.updating = true;
            return this.documentBuilder.update(
                batch.filter(([, what]) => what !== 'deleted').map(([uri]) => URI.parse(uri)),
                batch.filter(([, what]) => what !== 'changed').map(([uri]) => URI.parse(uri)),
                token).then(() => {
                // Queued behind this write, so it reads what this update built; a write cancelled
                // by a newer change leaves the debt to that one.
                if (this.slowChecksOwed && !token.isCancellationRequested) {
                    this.slowChecksOwed = false;
                    this.runSlowChecks();
                }
            }).finally(() => {
                this.updating = false;
            });
        })).catch((error: unknown) => {
            this.queued = false;
            console.error('Could not update the documents after a change.', error);
        });
    }
}
