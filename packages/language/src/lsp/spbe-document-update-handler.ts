import { URI } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocument, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { SpbeServices } from '../spbe-module.js';

/**
 * How long the server waits after a change for the next one before it rebuilds, in ms. A burst's
 * messages are read back to back (well under 1 ms apart); keystrokes come 30 ms or more apart.
 */
const CoalesceMs = 15;

/**
 * Adds the on-save run of the slow checks (spec §5.5) to Langium's change handling, and coalesces
 * bursts of changes. Langium queues one workspace write per `didChange`; each queued write cancels
 * the one before it, but still starts, resets documents and notifies listeners before it notices,
 * so 2,000 changes sent at once (a paste, a replace-all, a formatter) meant 2,000 writes in a row.
 * Worse, vscode-jsonrpc hands over one message per event-loop turn, so a build started by the
 * first change parses the whole file before the second change is even read, and so on.
 *
 * Here every change cancels the build in progress (its text is out of date) and waits in one
 * pending set; the write for them starts once no change has come for `CoalesceMs`, and takes every
 * change pending when it starts. At most one such write is queued at a time.
 */
export class SpbeDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly shared: LangiumSharedServices;
    /** URI → whether its latest event was a deletion; the latest event of a URI wins. */
    private readonly pending = new Map<string, boolean>();
    private queued = false;
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** Writes started and URIs handed to the builder, for tests (operation counts, not time). */
    readonly counts = { writes: 0, changes: 0 };

    constructor(shared: LangiumSharedServices) {
        super(shared);
        this.shared = shared;
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
        // The build in progress is for a text that is already out of date. (A queued write has
        // cancelled it already, and must not be cancelled itself: it will take these changes.)
        if (!this.queued) {
            this.workspaceLock.cancelWrite();
        }
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.flush(), CoalesceMs);
    }

    /** Queues one write for every change pending (unless one is queued and not started yet). */
    private flush(): void {
        if (this.queued) {
            return; // the queued write will take the pending changes too
        }
        this.queued = true;
        this.workspaceManager.ready.then(() => this.workspaceLock.write(token => {
            this.queued = false;
            const batch = [...this.pending];
            this.pending.clear();
            if (batch.length === 0) {
                return undefined;
            }
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
