import { computeDiff, type DiffSide } from '../diff/compute-diff.js';
import type { WorkspaceDiff } from '../diff/diff-model.js';
import type { Locale } from '../validation/messages.js';
import { gitRevisionSources } from './git-revision.js';
import { loadSources, loadWorkspace, WorkspaceLoadError, type LoadedWorkspace } from './load-workspace.js';
import { localized } from './user-error.js';

export interface DiffRequest {
    /** The old side: a folder. Ignored when `base` is given. */
    readonly old?: string;
    /** The new side: a folder (default: the current folder). */
    readonly new: string;
    /** Compare `new` with this git revision of the same folder. */
    readonly base?: string;
    readonly locale?: Locale;
}

function side(label: string, workspace: LoadedWorkspace): DiffSide {
    return {
        label,
        model: workspace.model(),
        findings: workspace.diagnostics.map(d => ({ code: d.code, severity: d.severity, file: d.file, line: d.line, message: d.message }))
    };
}

/** Loads both sides (each fully validated, so findings can be compared) and compares them. */
export async function diffWorkspaces(request: DiffRequest): Promise<WorkspaceDiff> {
    const newWorkspace = await loadWorkspace(request.new, { locale: request.locale });
    let oldSide: DiffSide;
    if (request.base !== undefined) {
        const revision = await gitRevisionSources(request.new, request.base);
        if (revision.sources.length === 0) {
            throw new WorkspaceLoadError(localized(`Tidak ada berkas .spbe di bawah ${request.new} pada revisi git ${revision.label}; pilih revisi lain`,
                `No .spbe files below ${request.new} in git revision ${revision.label}; choose another revision`));
        }
        oldSide = side(`git ${revision.label}`, await loadSources(newWorkspace.root, revision.sources, { locale: request.locale }));
    } else if (request.old !== undefined) {
        oldSide = side(request.old, await loadWorkspace(request.old, { locale: request.locale }));
    } else {
        throw new WorkspaceLoadError(localized('Berikan folder lama atau --base <ref-git>', 'Give an old folder or --base <git-ref>'));
    }
    const newLabel = request.base !== undefined ? `${request.new} (working tree)` : request.new;
    return computeDiff(oldSide, side(newLabel, newWorkspace));
}

