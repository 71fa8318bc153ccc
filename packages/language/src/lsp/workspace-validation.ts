import { Deferred, DocumentState, isOperationCancelled, type LangiumSharedCoreServices } from 'langium';
import type { SpbeSettings, SlowChecksMode } from '../spbe-settings.js';
import type { ValidationSummary } from './client-contract.js';
import { isBuiltinDocument } from '../builtin/builtin-library.js';

/** Failed (not cancelled) runs in a row after which the callers get the error instead of another try. */
const MaxFailedRuns = 3;

const fastOnly = { validation: { categories: ['built-in' as const, 'fast' as const] } };

/**
 * Runs the workspace-wide ("slow") checks when spec §5.5 says so: on save by default, on every change
 * with `onType`, never with `off`; and once at start-up. Slow findings in one file can change
 * because of an edit in any other file, so a full run revalidates every document (linking is not
 * repeated). Langium cancels a running build when an edit arrives; a cancelled full run is
 * retried until one completes. A run that fails (not cancelled) is retried a few times, since a file
 * may have vanished mid-run; after that its error rejects every waiting call, where it used to be
 * retried every 250 ms forever while the callers waited.
 */
export class WorkspaceValidation {
    private pending = false;
    private running = false;
    private waiting: Array<{ everyCheck: boolean; resolve: () => void; reject: (error: unknown) => void }> = [];
    private readonly firstRun = new Deferred<void>();

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly settings: SpbeSettings) { }

    /** Applies `spbe.validation.slowChecks` to the builds triggered by edits. */
    applyMode(mode: SlowChecksMode): void {
        this.settings.slowChecks = mode;
        this.shared.workspace.DocumentBuilder.updateBuildOptions = mode === 'onType' ? { validation: true } : fastOnly;
    }

    /**
     * Settles once the first run has finished, completed or failed: in the language server, that is
     * the run of every check at start-up (Langium's first build validates nothing).
     */
    get firstRunSettled(): Promise<void> {
        return this.firstRun.promise;
    }

    /**
     * Revalidates every document, with the slow checks unless `slowChecks` is `off`, or always with
     * `everyCheck` (an explicit "Validate Workspace", a document generated in the editor); resolves
     * once a complete run has finished, rejects if it failed.
     */
    validateAll(options: { everyCheck?: boolean } = {}): Promise<void> {
        const done = new Promise<void>((resolve, reject) => this.waiting.push({ everyCheck: options.everyCheck === true, resolve, reject }));
        this.pending = true;
        void this.drain();
        return done;
    }

    /** Whether a run is waiting to start or running: it will read the documents' current text. */
    get scheduled(): boolean {
        return this.pending || this.running;
    }

    private async drain(): Promise<void> {
        if (this.running) {
            return;
        }
        this.running = true;
        let failures = 0;
        try {
            while (this.pending) {
                this.pending = false;
                const slow = this.settings.slowChecks !== 'off' || this.waiting.some(w => w.everyCheck);
                const completed = await this.runOnce(slow);
                // A caller that came during the run is answered by it (no text changed, or an edit
                // would have cancelled it), unless it asked for the slow checks this run left out.
                const answered = (w: { everyCheck: boolean }) => slow || !w.everyCheck;
                if (completed === true || (completed !== false && ++failures >= MaxFailedRuns)) {
                    failures = 0;
                    for (const w of this.take(answered)) {
                        if (completed === true) {
                            w.resolve();
                        } else {
                            w.reject(completed.error);
                        }
                    }
                    this.pending ||= this.waiting.length > 0;
                    this.firstRun.resolve();
                } else {
                    // Cancelled by an edit, or failed (perhaps a file vanished mid-run): try again.
                    this.pending = true;
                    await new Promise(resolve => setTimeout(resolve, 250));
                }
            }
        } finally {
            this.running = false;
        }
    }

    /** Removes and returns the waiting callers that `answered` accepts. */
    private take(answered: (w: { everyCheck: boolean }) => boolean): WorkspaceValidation['waiting'] {
        const taken = this.waiting.filter(answered);
        this.waiting = this.waiting.filter(w => !answered(w));
        return taken;
    }

    /** `true` when a run completed, `false` when it was cancelled, else the error it failed with. */
    private async runOnce(slow: boolean): Promise<boolean | { error: unknown }> {
        const builder = this.shared.workspace.DocumentBuilder;
        let completed = false;
        try {
            await this.shared.workspace.WorkspaceLock.write(async token => {
                const documents = this.shared.workspace.LangiumDocuments.all.toArray();
                for (const document of documents) {
                    builder.resetToState(document, Math.min(document.state, DocumentState.IndexedReferences));
                }
                await builder.build(documents, slow ? { validation: true } : fastOnly, token);
                completed = !token.isCancellationRequested;
            });
        } catch (error) {
            return isOperationCancelled(error) ? false : { error };
        }
        return completed;
    }

    summary(): ValidationSummary {
        const documents = this.shared.workspace.LangiumDocuments.all.filter(d => !isBuiltinDocument(d)).toArray();
        const diagnostics = documents.flatMap(d => d.diagnostics ?? []);
        return {
            files: documents.length,
            errors: diagnostics.filter(d => d.severity === 1).length,
            warnings: diagnostics.filter(d => d.severity === 2).length,
            infos: diagnostics.filter(d => (d.severity ?? 1) >= 3).length
        };
    }
}
