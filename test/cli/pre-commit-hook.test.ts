import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cliPath, runCli, spawningTestTimeout } from '../helpers/run-cli.js';

const identity = ['-c', 'user.name=Uji', '-c', 'user.email=uji@example.invalid'];

function git(cwd: string, ...args: string[]): { code: number | null; output: string } {
    const r = spawnSync('git', [...identity, ...args], { cwd, encoding: 'utf-8', env: { ...process.env, SPBE_LOCALE: '' }, timeout: spawningTestTimeout });
    return { code: r.status, output: r.stdout + r.stderr };
}

/**
 * The CLI behind a script that logs each run to `log` first: the hook calls the CLI that installed
 * it (its Node.js and script path), so the log counts how often the hook validated.
 */
function countingCli(): { script: string; log: string } {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-counting-'));
    const log = join(dir, 'runs.log');
    const script = join(dir, 'spbe-counting.mjs');
    writeFileSync(script, `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(log)}, process.argv.slice(2).join(' ') + '\\n');\nawait import(${JSON.stringify(pathToFileURL(cliPath).href)});\n`);
    return { script, log };
}

const runs = (log: string) => existsSync(log) ? readFileSync(log, 'utf-8').split('\n').filter(Boolean).filter(l => l.startsWith('validate')).length : 0;

/** A repository with a clean workspace in `ws/` (from `spbe init`), committed, and the hook installed by the counting CLI. */
function repositoryWithHook(): { repo: string; log: string; hook: string } {
    const repo = mkdtempSync(join(tmpdir(), 'spbe-hook-'));
    git(repo, 'init', '-q');
    const { script, log } = countingCli();
    const r = spawnSync(process.execPath, [script, 'init', 'ws', '--hooks', '--locale', 'en'], { cwd: repo, encoding: 'utf-8', env: { ...process.env, SPBE_LOCALE: '' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 5)).toEqual(['ws/pemda.spbe', 'ws/opd/setda.spbe', 'ws/opd/diskominfo.spbe', 'ws/peta-rencana.spbe', '.git/hooks/pre-commit']);
    expect(r.stdout).toContain('the hook validates the staged content of ws and refuses the commit on errors');
    return { repo, log, hook: join(repo, '.git/hooks/pre-commit') };
}

const broken = 'opd RUSAK { pic "x" aplikasi X { hosting NOPE } }\n';
const fixed = 'opd RUSAK { pic "x" }\n';

describe('spbe init --hooks: the pre-commit hook', () => {
    test('blocks a commit whose staged .spbe files have errors (showing them), passes once the fix is staged, skips other commits without validating', () => {
        const { repo, log, hook } = repositoryWithHook();
        expect(statSync(hook).mode & 0o111).not.toBe(0);
        git(repo, 'add', '-A');
        // The first commit (no HEAD yet) is validated too, and passes: the scaffold is clean.
        expect(git(repo, 'commit', '-qm', 'awal').code).toBe(0);
        expect(runs(log)).toBe(1);

        writeFileSync(join(repo, 'ws/opd/rusak.spbe'), broken);
        git(repo, 'add', 'ws/opd/rusak.spbe');
        const blocked = git(repo, 'commit', '-qm', 'rusak');
        expect(blocked.code).toBe(1);
        expect(blocked.output).toContain("ws/opd/rusak.spbe:1:42  error  No infrastruktur named 'NOPE' was found.  [unresolved-reference]");
        expect(blocked.output).toContain('commit refused');
        expect(git(repo, 'log', '--oneline').output.trim().split('\n')).toHaveLength(1);

        // The fix only in the work tree: the staged content still has the error.
        writeFileSync(join(repo, 'ws/opd/rusak.spbe'), fixed);
        expect(git(repo, 'commit', '-qm', 'belum di-stage').code).toBe(1);
        git(repo, 'add', 'ws/opd/rusak.spbe');
        expect(git(repo, 'commit', '-qm', 'diperbaiki').code).toBe(0);
        const validated = runs(log);
        expect(validated).toBe(4);

        // A commit without .spbe changes: the hook exits before running spbe at all.
        writeFileSync(join(repo, 'README.md'), '# catatan\n');
        git(repo, 'add', 'README.md');
        expect(git(repo, 'commit', '-qm', 'catatan').code).toBe(0);
        expect(runs(log)).toBe(validated);
        // Nor when a staged error is outside the workspace folder.
        mkdirSync(join(repo, 'lain'));
        writeFileSync(join(repo, 'lain/x.spbe'), broken);
        git(repo, 'add', 'lain/x.spbe');
        expect(git(repo, 'commit', '-qm', 'lain').code).toBe(0);
        expect(runs(log)).toBe(validated);
    }, 2 * spawningTestTimeout);

    test('the staged content is what counts: an error only in the work tree does not block', () => {
        const { repo } = repositoryWithHook();
        git(repo, 'add', '-A');
        expect(git(repo, 'commit', '-qm', 'awal').code).toBe(0);
        writeFileSync(join(repo, 'ws/opd/baru.spbe'), fixed);
        git(repo, 'add', 'ws/opd/baru.spbe');
        writeFileSync(join(repo, 'ws/opd/baru.spbe'), broken);
        expect(git(repo, 'commit', '-qm', 'baru').code).toBe(0);
        expect(git(repo, 'show', 'HEAD:ws/opd/baru.spbe').output).toBe(fixed);
    }, spawningTestTimeout);

    test('a staged .spbe file named with non-ASCII letters, spaces or a newline is checked too (git quotes such names)', () => {
        const { repo } = repositoryWithHook();
        git(repo, 'add', '-A');
        expect(git(repo, 'commit', '-qm', 'awal').code).toBe(0);
        for (const name of ['café.spbe', 'dis kominfo é.spbe', 'baris\nbaru.spbe']) {
            writeFileSync(join(repo, 'ws/opd', name), broken);
            git(repo, 'add', '-A');
            const blocked = git(repo, 'commit', '-qm', 'rusak');
            expect(blocked.code, name).toBe(1);
            expect(blocked.output).toContain('commit refused');
            rmSync(join(repo, 'ws/opd', name));
            git(repo, 'add', '-A');
        }
    }, 2 * spawningTestTimeout);

    test('when spbe itself cannot check (exit 2 or 3), the hook says so instead of blaming the workspace', () => {
        const { repo, hook } = repositoryWithHook();
        git(repo, 'add', '-A');
        expect(git(repo, 'commit', '-qm', 'awal').code).toBe(0);
        // The CLI the hook runs now fails the way an old Node.js does: one line, exit 2.
        const failing = join(mkdtempSync(join(tmpdir(), 'spbe-failing-')), 'spbe-failing.mjs');
        writeFileSync(failing, "process.stderr.write('spbe membutuhkan Node.js 22\\n'); process.exit(2);\n");
        const script = readFileSync(hook, 'utf-8');
        const cliWord = /\[ -f '([^']+)' \]/.exec(script)![1];
        writeFileSync(hook, script.split(cliWord).join(failing));
        writeFileSync(join(repo, 'ws/opd/baru.spbe'), fixed);
        git(repo, 'add', '-A');
        const refused = git(repo, 'commit', '-qm', 'baru');
        expect(refused.code).toBe(1);
        expect(refused.output).toContain('spbe could not check the workspace');
        expect(refused.output).toContain('(exit 2)');
        expect(refused.output).not.toContain('the staged workspace has errors');
    }, spawningTestTimeout);

    test('another pre-commit hook is kept unless --force; ours is replaced; core.hooksPath is respected', () => {
        const repo = mkdtempSync(join(tmpdir(), 'spbe-hook-foreign-'));
        git(repo, 'init', '-q');
        expect(runCli(['init', '.'], { cwd: repo }).code).toBe(0);
        const hook = join(repo, '.git/hooks/pre-commit');
        writeFileSync(hook, '#!/bin/sh\nnpx lint-staged\n');
        const refused = runCli(['init', '--hooks', '--locale', 'en'], { cwd: repo });
        expect(refused.code).toBe(2);
        expect(refused.stderr).toBe('spbe: .git/hooks/pre-commit already exists and is not the spbe hook; it was not overwritten. Merge them yourself (call the spbe hook from it), or --force to replace it\n');
        expect(readFileSync(hook, 'utf-8')).toBe('#!/bin/sh\nnpx lint-staged\n');
        expect(runCli(['init', '--hooks', '--force'], { cwd: repo }).code).toBe(0);
        expect(readFileSync(hook, 'utf-8')).toContain('spbe-pre-commit-hook');
        // Ours again: replaced without --force.
        expect(runCli(['init', '--hooks'], { cwd: repo }).code).toBe(0);

        git(repo, 'config', 'core.hooksPath', 'githooks');
        const r = runCli(['init', '--hooks'], { cwd: repo });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout.split('\n')[0]).toBe('githooks/pre-commit');
        writeFileSync(join(repo, 'opd-rusak.spbe'), broken);
        git(repo, 'add', '-A');
        expect(git(repo, 'commit', '-qm', 'rusak').code).toBe(1);
    }, spawningTestTimeout);

    test('outside a git repository: refused, nothing written', () => {
        const dir = mkdtempSync(join(tmpdir(), 'spbe-hook-norepo-'));
        const r = runCli(['init', dir, '--hooks', '--locale', 'en']);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/is not inside a git repository; run git init first/);
        // Refused before anything is written: no half-done init.
        expect(r.stdout).toBe('');
        expect(readdirSync(dir)).toEqual([]);
    }, spawningTestTimeout);
});
