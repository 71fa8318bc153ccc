import type { FileDiagnostic } from '../workspace/load-workspace.js';
import { localized, UserError } from '../workspace/user-error.js';
import type { ValidatedWorkspace } from './workspace-source.js';

/**
 * The workspace has errors and the generator was not allowed to run on it (`--allow-errors` on the
 * command line, `allowErrors: true` in a server request); nothing was written. `errors` lists the
 * error findings when the source has them as a list (the CLI prints them before the message).
 */
export class WorkspaceHasErrorsError extends UserError {
    constructor(readonly count: number, readonly errors: readonly FileDiagnostic[]) {
        super(localized(
            `ruang kerja memiliki ${count} galat; perbaiki, atau izinkan pembuatan tetap berjalan (--allow-errors)`,
            `the workspace has ${count} error(s); fix them or pass --allow-errors to generate anyway`));
    }
}

/**
 * The one error gate: a generator whose documents would be incomplete on a workspace with errors
 * (the roadmap) refuses unless `allowErrors` is exactly `true`. Throws `WorkspaceHasErrorsError`.
 */
export function refuseErrors(workspace: ValidatedWorkspace, allowErrors: unknown): void {
    if (workspace.counts.errors > 0 && allowErrors !== true) {
        throw new WorkspaceHasErrorsError(workspace.counts.errors, workspace.findings?.diagnostics.filter(d => d.severity === 'error') ?? []);
    }
}
