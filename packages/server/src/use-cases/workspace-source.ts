import type { SpbeModel } from 'spbe-model';
import type { Locale } from 'spbe-model';
import { loadWorkspace, type FileDiagnostic, type LoadedWorkspace } from '../workspace/load-workspace.js';

/** How many findings of each severity a fully validated workspace has. */
export interface FindingCounts {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
}

/** A workspace after every check (fast and slow) ran: its model and its findings. */
export interface ValidatedWorkspace {
    readonly model: SpbeModel;
    readonly counts: FindingCounts;
    /**
     * The findings themselves, when the source has them as a list (a workspace loaded from disk);
     * the language server publishes its findings to the editor instead, so it leaves this out.
     */
    readonly findings?: { readonly root: string; readonly files: number; readonly diagnostics: readonly FileDiagnostic[] };
}

/**
 * Where a use case gets its workspace from: the CLI loads a folder from disk
 * ({@link diskWorkspace}), the language server validates the model it already holds. The use
 * cases run the same checks and generators on either.
 */
export interface WorkspaceSource {
    /** Validates everything and returns the result; throws `WorkspaceLoadError` or `InternalFailureError`. */
    validated(): Promise<ValidatedWorkspace>;
}

/** Counts a disk workspace's findings by severity (`hint` counts as info). */
export function countFindings(files: number, diagnostics: readonly FileDiagnostic[]): FindingCounts {
    let errors = 0, warnings = 0, infos = 0;
    for (const d of diagnostics) {
        if (d.severity === 'error') errors++;
        else if (d.severity === 'warning') warnings++;
        else infos++;
    }
    return { files, errors, warnings, infos };
}

/**
 * A workspace folder on disk, loaded once on first use (`loadWorkspace`). `keepInternalFailures`
 * keeps `internal-error` findings in the list instead of throwing (for `validate` to report them).
 */
export function diskWorkspace(dir: string, options: { locale?: Locale; keepInternalFailures?: boolean } = {}): WorkspaceSource & { loaded(): Promise<LoadedWorkspace> } {
    let loading: Promise<LoadedWorkspace> | undefined;
    const loaded = () => loading ??= loadWorkspace(dir, options);
    return {
        loaded,
        async validated() {
            const workspace = await loaded();
            return {
                // Built on first use: `spbe validate` needs only the findings, not the model.
                get model() { return workspace.model(); },
                counts: countFindings(workspace.files.length, workspace.diagnostics),
                findings: { root: workspace.root, files: workspace.files.length, diagnostics: workspace.diagnostics }
            };
        }
    };
}
