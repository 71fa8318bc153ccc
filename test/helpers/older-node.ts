import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The machine's own Node.js when it is older than 22 (20 here, next to the repository's Node 22 that runs the tests). */
export function olderSystemNode(): string | undefined {
    for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
        if (existsSync(candidate)) {
            const version = execFileSync(candidate, ['--version'], { encoding: 'utf-8' }).trim();
            if (Number(version.slice(1).split('.')[0]) < 22) {
                return candidate;
            }
        }
    }
    return undefined;
}
