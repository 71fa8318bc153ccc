import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyExample } from '../helpers/copy-sources.mjs';
import { runCli, spawningTestTimeout } from '../helpers/run-cli.js';

/** A copy of kota-kediri whose pemda file ends in an unfinished OPD: a syntax error on a known line. */
function brokenKediri(): { dir: string; file: string } {
    const dir = copyExample('kota-kediri', 'spbe-broken-');
    const file = readdirSync(dir).find(f => f.endsWith('.spbe'))!;
    appendFileSync(join(dir, file), '\nopd BROKEN "x" {\n');
    return { dir, file };
}

// Each command that still writes its output from a workspace with errors exits 1 and says why on
// stderr, the same way `generate roadmap` lists the errors it refuses on.
describe('a workspace with errors: the reason is on stderr', () => {
    const commands: [string, (dir: string) => string[]][] = [
        ['export diagram', dir => ['export', 'diagram', dir, '-f', 'svg']],
        ['export inventory', dir => ['export', 'inventory', dir, '-f', 'csv']],
        ['index', dir => ['index', dir]]
    ];
    test.each(commands)('%s lists the errors and their count (Indonesian by default, English with --locale en)', (_name, args) => {
        const { dir, file } = brokenKediri();
        const id = runCli(args(dir));
        expect(id.code).toBe(1);
        expect(id.stdout).not.toBe('');
        expect(id.stderr).toMatch(new RegExp(`${file.replace('.', '\\.')}:\\d+:\\d+  galat  `));
        expect(id.stderr).toMatch(/spbe: ruang kerja memiliki \d+ galat; keluaran tetap dibuat/);
        const en = runCli([...args(dir), '--locale', 'en']);
        expect(en.code).toBe(1);
        expect(en.stderr).toMatch(new RegExp(`${file.replace('.', '\\.')}:\\d+:\\d+  error  `));
        expect(en.stderr).toMatch(/spbe: the workspace has \d+ errors?; the output was made/);
    }, spawningTestTimeout);

    test('generate roadmap --allow-errors exits 0 and says how many errors the documents were made with', () => {
        const { dir, file } = brokenKediri();
        const r = runCli(['generate', 'roadmap', dir, '-f', 'md', '--allow-errors']);
        expect(r.code).toBe(0);
        expect(r.stderr).toMatch(new RegExp(`${file.replace('.', '\\.')}:\\d+:\\d+  galat  `));
        expect(r.stderr).toMatch(/spbe: ruang kerja memiliki \d+ galat; dokumen tetap dibuat karena --allow-errors/);
    }, spawningTestTimeout);

    test('a clean workspace keeps stderr empty', () => {
        const dir = copyExample('kota-kediri', 'spbe-clean-');
        const r = runCli(['index', dir]);
        expect(r.code).toBe(0);
        expect(r.stderr).toBe('');
    }, spawningTestTimeout);
});
