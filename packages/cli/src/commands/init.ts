import * as path from 'node:path';
import { workspaceTemplate } from 'spbe-language';
import { displayPath, findSourceFiles, UnsafeWriteError, writeFileAtomic } from 'spbe-language/node';
import { UsageError } from '../usage-error.js';

export interface InitOptions {
    readonly name: string;
    readonly title: string;
    readonly year: number;
}

/** Scaffolds a new workspace; refuses to touch a folder that already has `.spbe` files. */
export async function initCommand(dir: string, options: InitOptions, out: (text: string) => void): Promise<number> {
    const root = path.resolve(dir);
    const existing = await findSourceFiles(root).catch(() => []);
    if (existing.length > 0) {
        throw new UsageError(`${dir} already contains .spbe files (${path.relative(root, existing[0])}); choose an empty folder.`);
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(options.name)) {
        throw new UsageError(`--name must be an identifier like KotaContoh, not '${options.name}'.`);
    }
    const files = workspaceTemplate({ name: options.name, title: options.title, startYear: options.year });
    for (const [file, content] of Object.entries(files)) {
        try {
            await writeFileAtomic(file, content, { root });
        } catch (error) {
            if (error instanceof UnsafeWriteError) {
                throw new UsageError(error.message);
            }
            throw error;
        }
        out(`${displayPath(path.join(root, file))}\n`);
    }
    return 0;
}
