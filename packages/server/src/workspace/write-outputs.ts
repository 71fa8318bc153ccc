import * as path from 'node:path';
import type { OutputFile } from 'spbe-generators';
import { writeFileAtomic } from './atomic-write.js';

/**
 * Writes generated files into `outputDir`, each atomically (a failed write leaves the previous
 * file intact), never outside the folder and never over a `.spbe` source. `boundary` (default
 * `outputDir`) is the folder the real location must stay in: callers writing to a default folder
 * inside a workspace pass the workspace. Returns absolute paths.
 */
export async function writeOutputs(files: readonly OutputFile[], outputDir: string, boundary?: string): Promise<string[]> {
    const written: string[] = [];
    for (const file of files) {
        await writeFileAtomic(file.name, file.content, { root: outputDir, boundary, overwrite: true });
        written.push(path.resolve(outputDir, file.name));
    }
    return written;
}
