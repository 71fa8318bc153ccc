import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** The machine's own Node.js (20 here) next to the repository's Node 22 that runs the tests. */
function olderSystemNode(): string | undefined {
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

const older = olderSystemNode();

test.skipIf(!older)('on Node.js older than 22 the CLI explains itself instead of crashing', () => {
    const r = runCli(['validate', 'examples/minimal'], { node: older });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^spbe: Node\.js 22 or newer is required, but this is Node\.js 2\d\./);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
});
