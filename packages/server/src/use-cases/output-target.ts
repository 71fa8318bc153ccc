import * as path from 'node:path';
import type { OutputFile } from 'spbe-generators';
import { localized } from '../workspace/user-error.js';
import { writeOutputs } from '../workspace/write-outputs.js';
import { InvalidParameterError } from './request-checks.js';

/** Where a generator use case writes: a folder, and the folder no written file may leave (symlinks resolved). */
export interface OutputTarget {
    readonly dir: string;
    readonly boundary?: string;
}

/**
 * The CLI's output folder: `-o <dir>` as given, else `<workspace>/out`, which must really lie inside
 * the workspace (an `out` symlink pointing elsewhere is refused by the writer). Throws `InvalidParameterError`
 * for an empty `-o`.
 */
export function cliOutputTarget(workspaceDir: string, output: string | undefined): OutputTarget {
    // `-o ''` would resolve to the current folder: an empty path is a mistake, not a choice.
    if (output !== undefined && output.trim() === '') {
        throw new InvalidParameterError(localized('-o/--output berupa jalur kosong; berikan folder keluaran', '-o/--output is an empty path; give an output folder'));
    }
    return output === undefined
        ? { dir: path.resolve(workspaceDir, 'out'), boundary: workspaceDir }
        : { dir: path.resolve(output) };
}

/** What a generator use case wrote (absolute paths, in order) and how many errors the workspace has. */
export interface GeneratedFiles {
    readonly files: readonly string[];
    readonly errors: number;
    /** What the user should know about files that were written anyway (in the request's locale), e.g. characters a PDF could not draw. */
    readonly warnings?: readonly string[];
}

/**
 * The generator use cases' last step: generates each format in turn and writes its files into
 * `target` (each atomically, see `writeOutputs`), so a failing format leaves the earlier ones written.
 * Returns the absolute paths, in format order.
 */
export async function writeEachFormat<F>(formats: readonly F[], target: OutputTarget, generate: (format: F) => Promise<readonly OutputFile[]>): Promise<string[]> {
    const files: string[] = [];
    for (const format of formats) {
        files.push(...await writeOutputs(await generate(format), target.dir, target.boundary));
    }
    return files;
}
