// Copies of the example workspaces for tests that write into them. Only the `.spbe` sources are
// copied: a user who ran the quick start has `examples/kota-kediri/out/` (and maybe editor folders)
// in the tree, and a test must not depend on what an earlier command left there.
// Plain JavaScript so that the e2e scripts (run by Node without a TypeScript loader) share it.
import { cpSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

// The same folders the workspace loader skips (findSourceFiles in packages/language/src/node):
// generated documents, installed packages and dot-folders (.vscode, .git…).
const skippedFolders = new Set(['out', 'node_modules']);

/**
 * Copies every `*.spbe` file below `source` into `target` (created if missing), keeping relative
 * paths, skipping `out/`, `node_modules/` and dot-folders at any depth. Other files are left behind.
 * @param {string} source folder to copy from
 * @param {string} target folder to copy into
 * @returns {string} `target`
 */
export function copySources(source, target) {
    const root = resolve(source);
    cpSync(root, target, {
        recursive: true,
        filter: from => {
            if (from === root) {
                return true;
            }
            const name = basename(from);
            // cpSync asks for each folder before walking into it.
            if (statSync(from).isDirectory()) {
                return !name.startsWith('.') && !skippedFolders.has(name);
            }
            return name.endsWith('.spbe');
        }
    });
    return target;
}

/**
 * A fresh temporary copy of the sources of `examples/<name>` (or of any folder, if `name` is an
 * absolute path), in a folder named like the original: `<tmp>/<prefix>XXXXXX/<name>`.
 * @param {string} name example name (`kota-kediri`, `minimal`) or absolute folder path
 * @param {string} [prefix] prefix of the temporary folder
 * @returns {string} the copy's absolute path
 */
export function copyExample(name, prefix = 'spbe-example-') {
    const source = name.startsWith('/') ? name : join(repoRoot, 'examples', name);
    return copySources(source, join(mkdtempSync(join(tmpdir(), prefix)), basename(source)));
}
