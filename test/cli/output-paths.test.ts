import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyExample, copySources } from '../helpers/copy-sources.mjs';
import { repoRoot, runCli, spawningTestTimeout } from '../helpers/run-cli.js';
import { filledWorkbook } from '../inventory/inventory-fixture.js';

/**
 * Every command that writes files prints each written path so that a click opens it: relative to
 * the current folder when the file is below it, absolute otherwise — never `../../x/…`.
 */
function writingCommands(ws: string, out: string, workbook: string): Array<[string, string[]]> {
    return [
        ['generate roadmap', ['generate', 'roadmap', ws, '-f', 'md,html']],
        ['export diagram', ['export', 'diagram', ws, '--view', 'layered', '-f', 'svg']],
        ['export diagram -o', ['export', 'diagram', ws, '--view', 'integrasi', '-f', 'svg', '-o', out]],
        ['export inventory', ['export', 'inventory', ws, '-f', 'csv', '-o', out]],
        ['index -o', ['index', ws, '-f', 'md', '-o', join(out, 'indeks.md')]],
        ['diff -o', ['diff', ws, ws, '-f', 'md', '-o', join(out, 'reviu.md')]],
        ['template -o', ['template', '-o', join(out, 'inventaris.xlsx')]],
        // Also the file:line of the warnings about the imported file, and of validate's findings.
        ['import', ['import', workbook, '--opd', 'DISDUKCAPIL', '-w', ws, '--force']],
        ['validate', ['validate', ws]],
        ['init', ['init', join(out, 'baru')]]
    ];
}

/** The paths in the output: whole lines, `path: N elemen …` (import), `path:line:column  …` (findings). */
function printedPaths(stdout: string, command: string): string[] {
    const lines = stdout.split('\n').filter(Boolean);
    return (command === 'validate' ? lines.filter(line => /:\d+:\d+ {2}/.test(line)) : lines)
        .map(line => line.replace(/:\d+:\d+ {2}.*$/, '').replace(/: \d+ elemen.*$/, ''));
}

describe('written files are named by a path the user can open', () => {
    test.each([
        ['the workspace is below the current folder: relative paths', (home: string) => home, false],
        ['the workspace is elsewhere: absolute paths, no ../', (home: string) => join(home, 'lain', 'folder'), true]
    ])('%s', async (_name, cwdOf, absolute) => {
        const home = mkdtempSync(join(tmpdir(), 'spbe-paths-'));
        const ws = copySources(join(repoRoot, 'test/fixtures/diff-base'), join(home, 'arsitektur'));
        const out = join(home, 'ekspor');
        const cwd = cwdOf(home);
        mkdirSync(cwd, { recursive: true });
        const workbook = await filledWorkbook({ 'Aplikasi': [{ 'Nama': 'Aplikasi Keuangan', 'Fungsi': 'keuangan', 'Hosting': 'KOMINFO.DC' }] });
        for (const [command, args] of writingCommands(ws, out, workbook)) {
            const r = runCli(args, { cwd });
            expect(r.stderr, command).toBe('');
            expect(r.code, command).toBe(0);
            const paths = printedPaths(r.stdout, command);
            expect(paths.length, command).toBeGreaterThan(0);
            for (const p of paths) {
                expect(p.startsWith('..'), `${command}: ${p}`).toBe(false);
                expect(isAbsolute(p), `${command}: ${p}`).toBe(absolute);
                expect(existsSync(resolve(cwd, p)), `${command}: ${p}`).toBe(true);
            }
        }
    }, spawningTestTimeout);

    test('an example copy written from the repository root prints paths without ../', () => {
        const ws = copyExample('minimal', 'spbe-paths-');
        const r = runCli(['export', 'diagram', ws, '--view', 'layered', '-f', 'svg']);
        expect(r.code).toBe(0);
        expect(r.stdout.trim()).toBe(join(ws, 'out', 'diagram-layered.svg'));
    }, spawningTestTimeout);
});
