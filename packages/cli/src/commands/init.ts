import { initWorkspace } from 'spbe-server';
import { printPaths } from './text-output.js';

export interface InitOptions {
    readonly name: string;
    readonly title: string;
    readonly year: number;
}

/**
 * Scaffolds a new workspace; refuses (exit 2, nothing written) a folder that already has `.spbe`
 * files or cannot be read, and parameters the shared check rejects.
 */
export async function initCommand(dir: string, options: InitOptions, out: (text: string) => void): Promise<number> {
    printPaths(await initWorkspace({ folder: dir, name: options.name, title: options.title, year: options.year }), out);
    return 0;
}
