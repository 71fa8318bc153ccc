// LikeC4, for the side-by-side row of `npm run bench` only: installed on first use into
// bench/likec4/node_modules (its own package.json pins the version; the folder is gitignored) with
// the npm that runs the bench, from the npm registry. Never a dependency of the tools.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('./likec4/', import.meta.url));
const bin = join(folder, 'node_modules', 'likec4', 'bin', 'likec4.mjs');

/**
 * The path of LikeC4's bin and its version, installing it if needed; `{ error }` (one line) when npm
 * could not install it (no registry, a refused download), so the bench can say so and go on.
 */
export function ensureLikeC4() {
    if (!existsSync(bin)) {
        console.log('installing likec4 into bench/likec4/ (benchmark only) …');
        try {
            // --ignore-scripts: validating needs none of the install scripts (they fetch browsers).
            execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf-8' });
        } catch (error) {
            const lines = String(error.stderr ?? error.message).trim().split('\n');
            return { error: `npm could not install likec4 from the registry: ${lines.find(l => /ERR!/.test(l)) ?? lines.at(-1)}` };
        }
    }
    const version = JSON.parse(readFileSync(join(folder, 'node_modules', 'likec4', 'package.json'), 'utf-8')).version;
    return { bin, version };
}
