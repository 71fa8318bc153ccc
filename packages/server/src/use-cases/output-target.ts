import * as path from 'node:path';

/** Where a generator use case writes: a folder, and the folder no written file may leave (symlinks resolved). */
export interface OutputTarget {
    readonly dir: string;
    readonly boundary?: string;
}

/**
 * The CLI's output folder: `-o <dir>` as given, else `<workspace>/out`, which must really lie inside
 * the workspace (an `out` symlink pointing elsewhere is refused by the writer).
 */
export function cliOutputTarget(workspaceDir: string, output: string | undefined): OutputTarget {
    return output === undefined
        ? { dir: path.resolve(workspaceDir, 'out'), boundary: workspaceDir }
        : { dir: path.resolve(output) };
}

/** What a generator use case wrote (absolute paths, in order) and how many errors the workspace has. */
export interface GeneratedFiles {
    readonly files: readonly string[];
    readonly errors: number;
}
