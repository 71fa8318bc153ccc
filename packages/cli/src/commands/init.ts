import { displayPath, scaffoldWorkspace } from 'spbe-server';

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
    const written = await scaffoldWorkspace({ folder: dir, name: options.name, title: options.title, startYear: options.year });
    for (const file of written) {
        out(`${displayPath(file)}\n`);
    }
    return 0;
}
