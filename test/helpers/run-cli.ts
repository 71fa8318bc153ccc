import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = fileURLToPath(new URL('../../packages/cli/bin/cli.js', import.meta.url));

export interface CliResult {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/**
 * The timeout of a test that spawns the CLI several times (a few seconds each when idle): the global
 * 60 s is too short on a busy 2-core machine, where each Node start and workspace load slows down.
 */
export const spawningTestTimeout = 180_000;

/** Runs the real `spbe` binary (built by `npm run build`) with the Node.js running the tests. */
export function runCli(args: string[], options: { cwd?: string; node?: string; env?: Record<string, string>; timeout?: number } = {}): CliResult {
    if (!existsSync(new URL('../../packages/cli/out/main.js', import.meta.url))) {
        throw new Error('The CLI is not built: run `npm run build` (npm test does it first).');
    }
    const result = spawnSync(options.node ?? process.execPath, [cliPath, ...args], {
        cwd: options.cwd ?? repoRoot,
        encoding: 'utf-8',
        env: { ...process.env, SPBE_LOCALE: '', ...options.env },
        timeout: options.timeout ?? 60_000
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
