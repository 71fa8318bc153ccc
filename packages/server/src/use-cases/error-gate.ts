import type { FileDiagnostic } from '../workspace/load-workspace.js';
import { localized, UserError, type LocalizedText } from '../workspace/user-error.js';
import type { ValidatedWorkspace } from './workspace-source.js';

/**
 * The workspace has errors and the generator was not allowed to run on it (`--allow-errors` on the
 * command line, `allowErrors: true` in a server request); nothing was written. `errors` lists the
 * error findings when the source has them as a list (the CLI prints them before the message).
 */
export class WorkspaceHasErrorsError extends UserError {
    /** The same refusal for a server request, which has no command line: it names the request's `allowErrors`. */
    readonly forRequest: LocalizedText;

    constructor(readonly count: number, readonly errors: readonly FileDiagnostic[]) {
        super(localized(
            `ruang kerja memiliki ${count} galat; perbaiki, atau izinkan pembuatan tetap berjalan (--allow-errors)`,
            `the workspace has ${count} error(s); fix them or pass --allow-errors to generate anyway`));
        this.forRequest = localized(
            `ruang kerja memiliki ${count} galat; perbaiki, atau izinkan pembuatan tetap berjalan (parameter allowErrors: true)`,
            `the workspace has ${count} error(s); fix them or allow generating anyway (parameter allowErrors: true)`);
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
