import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where a file shipped beside the code may be, for the module at `moduleUrl`: each of `names` in that module's folder,
 * then in the folder above — the CLI bundle keeps such files in dist/ and its chunks in dist/chunks/, the extension
 * beside out/language-server/main.mjs, tsc's output in out/workspace/. In that order; existence is the caller's check.
 */
export function besideModule(moduleUrl: string, names: readonly string[]): string[] {
    const here = path.dirname(fileURLToPath(moduleUrl));
    return [here, path.join(here, '..')].flatMap(dir => names.map(name => path.join(dir, name)));
}
