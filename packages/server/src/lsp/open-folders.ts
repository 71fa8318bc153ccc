import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import type { InitializeParams, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import { isInside, realLocation } from '../workspace/atomic-write.js';
import { localized, UserError } from '../workspace/user-error.js';

/** A server request wanted to write (or read a workspace) outside every open workspace folder. */
export class OutsideWorkspaceError extends UserError { }

/** Where a request may write: the real paths of the target and of the open folder that contains it. */
export interface AllowedTarget {
    /** The target with every existing symlink resolved (what to write to). */
    readonly target: string;
    /** The real path of the workspace folder containing it (the boundary of the write). */
    readonly folder: string;
}

/**
 * The workspace folders the client has open (from `initialize`, kept current by
 * `workspace/didChangeWorkspaceFolders`): the only places the server's requests may write.
 */
export class OpenFolders {
    private folders: string[] = [];

    /** Takes the folders from `initialize` (`workspaceFolders`, else the deprecated `rootUri`/`rootPath`). */
    initialize(params: InitializeParams): void {
        const uris = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
        this.folders = uris.flatMap(fileFolder);
        if (this.folders.length === 0 && !params.workspaceFolders && params.rootPath) {
            this.folders = [path.resolve(params.rootPath)];
        }
    }

    change(event: WorkspaceFoldersChangeEvent): void {
        const removed = new Set(event.removed.flatMap(f => fileFolder(f.uri)));
        this.folders = [...this.folders.filter(f => !removed.has(f)), ...event.added.flatMap(f => fileFolder(f.uri))];
    }

    get paths(): readonly string[] {
        return this.folders;
    }

    /**
     * Checks, before anything is created, that `target` (an absolute folder or file path) lies inside
     * an open workspace folder once symlinks are resolved. A path that is not even written inside one
     * (nor inside one's real location) is refused before anything on disk is looked at, so the answer
     * says nothing about what exists outside the workspace. Throws `OutsideWorkspaceError` naming the
     * path, or, when `target` is missing, not a string, holds a NUL or is relative, naming the parameter `param`.
     */
    async resolve(target: unknown, what: string, param = 'folder'): Promise<AllowedTarget> {
        if (target === undefined || target === null) {
            throw new OutsideWorkspaceError(localized(`${what}: parameter ${param} tidak ada; kirim jalur absolut sebuah folder`, `${what}: the parameter ${param} is missing; send the absolute path of a folder`));
        }
        // A NUL cannot be in a path: Node would throw its own error, in English, from deep inside.
        if (typeof target !== 'string' || target.includes('\0') || !path.isAbsolute(target)) {
            throw new OutsideWorkspaceError(localized(`${what}: ${param} harus berupa jalur absolut, bukan ${JSON.stringify(target)}`, `${what}: ${param} must be an absolute path, not ${JSON.stringify(target)}`));
        }
        const open = this.folders.length > 0 ? this.folders.join(', ') : '—';
        const outside = () => new OutsideWorkspaceError(localized(
            `Menolak ${what} ${target}: tidak berada di dalam folder ruang kerja yang terbuka (${open}); buka folder itu dulu`,
            `Refusing ${what} ${target}: it is not inside an open workspace folder (${open}); open that folder first`));
        const folders = await Promise.all(this.folders.map(async folder => ({ folder, real: await fs.realpath(folder).catch(() => undefined) })));
        const written = path.resolve(target);
        if (!folders.some(f => isInside(f.folder, written) || (f.real !== undefined && isInside(f.real, written)))) {
            throw outside();
        }
        const real = await realLocation(target, target);
        for (const { real: realFolder } of folders) {
            if (realFolder && isInside(realFolder, real)) {
                return { target: real, folder: realFolder };
            }
        }
        throw outside();
    }
}

function fileFolder(uri: string): string[] {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? [path.resolve(parsed.fsPath)] : [];
}
