import { checkCount } from './count-check.js';
import type { ValidatedWorkspace, WorkspaceSource } from './workspace-source.js';

/** A full validation and its verdict. */
export interface ValidationOutcome {
    readonly workspace: ValidatedWorkspace;
    /** Errors, or more warnings than `maxWarnings` allows (like eslint): the CLI exits with 1. */
    readonly failing: boolean;
}

/**
 * Runs every check (fast and slow) on the workspace. `maxWarnings` (optional whole number ≥ 0,
 * else `InvalidParameterError`) makes more warnings than that a failing result too.
 */
export async function validateWorkspace(source: WorkspaceSource, params: { readonly maxWarnings?: unknown } = {}): Promise<ValidationOutcome> {
    const maxWarnings = checkCount('--max-warnings', params.maxWarnings);
    const workspace = await source.validated();
    const tooManyWarnings = maxWarnings !== undefined && workspace.counts.warnings > maxWarnings;
    return { workspace, failing: workspace.counts.errors > 0 || tooManyWarnings };
}
