import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkScaffoldOptions } from '../use-cases/scaffold-options.js';
import { workspaceTemplate } from 'spbe-generators';
import { writeFileAtomic } from './atomic-write.js';
import { findSourceFiles } from './load-workspace.js';
import { localized, UserError } from './user-error.js';

/** `spbe init` / `spbe/initWorkspace` refused: bad parameters, a folder that is not empty of sources or cannot be read. */
export class ScaffoldRefusedError extends UserError { }

export interface ScaffoldRequest {
    /** The folder to create the workspace in (created when missing). */
    readonly folder: string;
    readonly name?: unknown;
    readonly title?: unknown;
    readonly startYear?: unknown;
    /** The real location of every written file must stay inside this folder (default `folder`). */
    readonly boundary?: string;
}

/**
 * Creates a new workspace (the files of `workspaceTemplate`) — the one implementation behind
 * `spbe init` and the server's `spbe/initWorkspace`. Refuses, before writing anything, invalid
 * parameters (`checkScaffoldOptions`), a path that is a file, a folder that already holds `.spbe`
 * files, and a folder that cannot be walked (it might hold a workspace). Returns the written paths.
 */
export async function scaffoldWorkspace(request: ScaffoldRequest): Promise<string[]> {
    const checked = checkScaffoldOptions(request);
    if (!checked.options) {
        throw new ScaffoldRefusedError(localized(
            `Workspace tidak dibuat: ${checked.problems.map(p => p.id).join('; ')}`,
            `Workspace not created: ${checked.problems.map(p => p.en).join('; ')}`));
    }
    const root = path.resolve(request.folder);
    const stat = await fs.stat(root).catch((error: NodeJS.ErrnoException) => error);
    if (stat instanceof Error && stat.code !== 'ENOENT') {
        throw new ScaffoldRefusedError(localized(
            `Tidak dapat memeriksa ${root} (${stat.code}); periksa izinnya atau pilih folder lain`,
            `Cannot check ${root} (${stat.code}); check its permissions or choose another folder`));
    }
    if (!(stat instanceof Error)) {
        if (!stat.isDirectory()) {
            throw new ScaffoldRefusedError(localized(`${root} adalah berkas, bukan folder; pilih folder kosong`, `${root} is a file, not a folder; choose an empty folder`));
        }
        // A walk error propagates: an unreadable folder may well hold a workspace already.
        const existing = await findSourceFiles(root);
        if (existing.length > 0) {
            const first = path.relative(root, existing[0]);
            throw new ScaffoldRefusedError(localized(
                `${root} sudah berisi berkas .spbe (${first}); pilih folder kosong`,
                `${root} already contains .spbe files (${first}); choose an empty folder`));
        }
    }
    const written: string[] = [];
    for (const [file, content] of Object.entries(workspaceTemplate(checked.options))) {
        await writeFileAtomic(file, content, { root, boundary: request.boundary });
        written.push(path.join(root, file));
    }
    return written;
}
