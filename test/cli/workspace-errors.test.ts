import { appendFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

// v2 §6: what such a command writes says so itself, for whoever reads the file later (kota-kediri
// is also an `ilustrasi` workspace, so its banner comes first).
describe('a workspace with errors: the outputs carry the notice and the flags', () => {
    test('index: the JSON has the flags, the Markdown starts with the notices', () => {
        const { dir } = brokenKediri();
        const json = runCli(['index', dir, '--format', 'json']);
        expect(json.code).toBe(1);
        const parsed = JSON.parse(json.stdout);
        expect(parsed.ilustrasi).toBe(true);
        expect(parsed.workspaceErrors).toBeGreaterThan(0);
        const md = runCli(['index', dir, '--format', 'md']).stdout.split('\n').filter(l => l.startsWith('> '));
        expect(md).toEqual(['> **CONTOH — BUKAN DOKUMEN RESMI**', `> **PERHATIAN: dibuat dari ruang kerja yang masih memiliki ${parsed.workspaceErrors} galat; dokumen ini mungkin tidak lengkap.**`]);
        const clean = JSON.parse(runCli(['index', copyExample('kota-kediri', 'spbe-clean-'), '--format', 'json']).stdout);
        expect(clean).toMatchObject({ ilustrasi: true, workspaceErrors: 0 });
    }, spawningTestTimeout);

    test('export inventory: every CSV starts with the banner and the errors notice', () => {
        const { dir } = brokenKediri();
        const out = mkdtempSync(join(tmpdir(), 'spbe-inv-out-'));
        expect(runCli(['export', 'inventory', dir, '-f', 'csv', '-o', out]).code).toBe(1);
        const files = readdirSync(out).filter(f => f.endsWith('.csv'));
        expect(files.length).toBeGreaterThan(5);
        for (const f of files) {
            const [banner, notice] = readFileSync(join(out, f), 'utf8').split('\r\n');
            expect(banner, f).toBe('\uFEFFCONTOH — BUKAN DOKUMEN RESMI');
            expect(notice, f).toMatch(/^"?PERHATIAN: dibuat dari ruang kerja yang masih memiliki \d+ galat/);
        }
    }, spawningTestTimeout);
});

