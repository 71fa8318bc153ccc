import * as path from 'node:path';
import { displayPath, writeFileAtomic } from 'spbe-server';

/**
 * A text report (`spbe index`, `spbe diff`) goes to `-o <file>` — written atomically, replacing the
 * file, and its path printed — or, without `-o`, to the terminal.
 */
export async function writeTextOutput(text: string, output: string | undefined, out: (text: string) => void): Promise<void> {
    if (output) {
        const file = path.resolve(output);
        await writeFileAtomic(path.basename(file), text, { root: path.dirname(file), overwrite: true });
        out(`${displayPath(file)}\n`);
    } else {
        out(text);
    }
}

/** Prints each written path, one per line, relative to the current folder when inside it. */
export function printPaths(files: readonly string[], out: (text: string) => void): void {
    for (const file of files) {
        out(`${displayPath(file)}\n`);
    }
}
