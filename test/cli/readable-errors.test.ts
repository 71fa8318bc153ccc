import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliPath, repoRoot, runCli } from '../helpers/run-cli.js';

/**
 * Usage and environment problems reach the user as one line naming the path and the fix, in the
 * user's language, with exit code 2 — never as `internal error` and a stack trace.
 */
const fresh = () => mkdtempSync(join(tmpdir(), 'spbe-errors-'));
const minimal = () => {
    const dir = join(fresh(), 'ws');
    cpSync(join(repoRoot, 'examples/minimal'), dir, { recursive: true });
    return dir;
};
const noStack = (stderr: string) => {
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    expect(stderr.trim().split('\n')).toHaveLength(1);
};

describe('-o naming an existing file where a folder is expected', () => {
    const ws = minimal();
    const file = join(fresh(), 'afile');
    writeFileSync(file, 'keep');
    const cases: Array<[string, string[]]> = [
        ['generate roadmap', ['generate', 'roadmap', ws, '-f', 'md', '-o', file]],
        ['export diagram', ['export', 'diagram', ws, '-f', 'svg', '-o', file]],
        ['export inventory', ['export', 'inventory', ws, '-o', file]],
        ['diff', ['diff', ws, ws, '-o', join(file, 'diff.md')]],
        ['template', ['template', '-o', join(file, 'inventaris.xlsx')]],
        ['index', ['index', ws, '-o', join(file, 'index.txt')]]
    ];
    test.each(cases)('%s: exit 2, the path and the fix, Indonesian by default and English on request', (_name, args) => {
        const id = runCli(args);
        expect(id.code).toBe(2);
        noStack(id.stderr);
        expect(id.stderr).toContain(`${file} adalah berkas, bukan folder; pilih folder keluaran lain (-o)`);
        const en = runCli([...args, args[0] === 'generate' || args[0] === 'diff' || args[0] === 'index' ? '--lang' : '--locale', 'en']);
        expect(en.code).toBe(2);
        expect(en.stderr).toContain(`${file} is a file, not a folder; choose another output folder (-o)`);
        expect(readFileSync(file, 'utf-8')).toBe('keep');
    });
});

describe('writes stay in the workspace', () => {
    test('a workspace whose out is a symlink: the default output is refused, nothing is written elsewhere', () => {
        const ws = minimal();
        const elsewhere = fresh();
        symlinkSync(elsewhere, join(ws, 'out'));
        for (const args of [['generate', 'roadmap', ws, '-f', 'md'], ['export', 'diagram', ws, '-f', 'svg'], ['export', 'inventory', ws]]) {
            const r = runCli(args);
            expect(r.code, args.join(' ')).toBe(2);
            noStack(r.stderr);
            expect(r.stderr).toMatch(/Menolak menulis di luar .* melalui tautan simbolik/);
        }
        expect(readdirSync(elsewhere)).toEqual([]);
    });

    test('spbe init refuses invalid parameters with the shared check, in the user language', () => {
        const dir = join(fresh(), 'baru');
        const r = runCli(['init', dir, '--name', 'opd', '--locale', 'en']);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/'opd' is a keyword of the language/);
        expect(runCli(['init', dir, '--year', '99999']).stderr).toMatch(/tahun awal harus tahun 4 digit/);
        expect(existsSync(dir)).toBe(false);
    });
});

describe('bad flags', () => {
    test('Commander\'s usage errors in Indonesian by default, English with --locale en, exit 2', () => {
        const cases: Array<[string[], RegExp, RegExp]> = [
            [['validate', '--formt', 'json'], /^galat: opsi '--formt' tidak dikenal \(maksud Anda --format\?\)\n$/, /^error: unknown option '--formt'/],
            [['generate', 'roadmap', '.', '-f', 'md', '--muatan', 'xx'], /^galat: nilai 'xx' untuk opsi '--muatan <muatan>' tidak sah\. Pilihan yang ada: tataKelola/, /is invalid\. Allowed choices/],
            [['import'], /^galat: argumen wajib 'files' belum diberikan\n$/, /^error: missing required argument 'files'/],
            [['init', '--year', 'abc'], /^galat: nilai 'abc' untuk opsi '--year <yyyy>' tidak sah\. harus bilangan bulat/, /expected a whole number/],
            // Only decimal digits: not '' read as 0, nor hexadecimal or exponent notation read as a year.
            [['export', 'diagram', 'examples/kota-kediri', '-f', 'svg', '--year', ''], /^galat: nilai '' untuk opsi '--year <yyyy>' tidak sah\. harus bilangan bulat/, /expected a whole number/],
            [['export', 'diagram', 'examples/kota-kediri', '-f', 'svg', '--year', '0x7E9'], /^galat: nilai '0x7E9' untuk opsi '--year <yyyy>' tidak sah\. harus bilangan bulat/, /expected a whole number/],
            [['generate', 'roadmap', 'examples/kota-kediri', '-f', 'md', '--from', '2.025e3'], /^galat: nilai '2\.025e3' untuk opsi '--from <yyyy>' tidak sah\. harus bilangan bulat/, /expected a whole number/],
            // One OPD per document: a second --opd was kept instead of the first without a word.
            [['generate', 'dokumen', 'examples/kota-kediri', '--opd', 'DISKOMINFO', '--opd', 'BAPPEDA'], /^galat: nilai 'BAPPEDA' untuk opsi '--opd <kode>' tidak sah\. diberikan lebih dari sekali \(pertama 'DISKOMINFO'\)/, /given more than once \(first 'DISKOMINFO'\)/]
        ];
        for (const [args, id, en] of cases) {
            const r = runCli(args);
            expect(r.code, args.join(' ')).toBe(2);
            expect(r.stderr).toMatch(id);
            expect(runCli([...args, args[0] === 'generate' ? '--lang' : '--locale', 'en']).stderr).toMatch(en);
        }
    });
});

describe('environment problems', () => {
    test('diff --base without git on the PATH says so instead of blaming the revision', () => {
        const r = runCli(['diff', '--base', 'HEAD', join(repoRoot, 'examples/minimal'), '--lang', 'en'], { env: { PATH: '/nonexistent' } });
        expect(r.code).toBe(2);
        noStack(r.stderr);
        expect(r.stderr).toMatch(/git could not be started .*install git/);
    });

    test('a reader that closes the pipe early (| head -1): no EPIPE stack trace, the command finishes', async () => {
        const ws = join(fresh(), 'ws');
        mkdirSync(ws);
        // Enough findings that the report is far larger than a pipe buffer.
        writeFileSync(join(ws, 'opd.spbe'), Array.from({ length: 3000 }, (_, i) => `opd O${i} "O" { aplikasi A "A" { hosting NOWHERE } }`).join('\n'));
        const child = spawn(process.execPath, [cliPath, 'validate', ws], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SPBE_LOCALE: '' } });
        let stderr = '';
        child.stderr.on('data', chunk => { stderr += String(chunk); });
        child.stdout.once('data', () => child.stdout.destroy());
        const code = await new Promise<number | null>(resolve => child.on('close', resolve));
        expect(stderr).toBe('');
        expect(code).toBe(1);
    });

    test('spbe import … | head -1 with the reader gone before the first line: quiet, the import\'s own exit code', async () => {
        const ws = minimal();
        const inventory = join(fresh(), 'inv');
        expect(runCli(['export', 'inventory', ws, '-f', 'csv', '-o', inventory]).code).toBe(0);
        const csv = readdirSync(inventory).map(f => join(inventory, f));
        const child = spawn(process.execPath, [cliPath, 'import', ...csv, '--opd', 'DISKOMINFO', '-w', ws, '--dry-run'],
            { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SPBE_LOCALE: '' } });
        child.stdout.destroy();
        let stderr = '';
        child.stderr.on('data', chunk => { stderr += String(chunk); });
        const code = await new Promise<number | null>(resolve => child.on('close', resolve));
        expect(stderr).toBe('');
        expect(code).toBe(0);
    });
});

describe('output that cannot be written', () => {
    test.skipIf(!existsSync('/dev/full'))('stdout on a full disk (> /dev/full): a message and exit 2, not a stack trace', () => {
        const full = openSync('/dev/full', 'w');
        try {
            const r = spawnSync(process.execPath, [cliPath, 'validate', join(repoRoot, 'examples/minimal'), '--format', 'json'],
                { stdio: ['ignore', full, 'pipe'], encoding: 'utf-8', env: { ...process.env, SPBE_LOCALE: '' } });
            expect(r.status).toBe(2);
            expect(r.stderr).toBe('spbe: keluaran tidak dapat ditulis (ENOSPC); keluaran tidak lengkap — periksa disk atau berkas tujuannya\n');
        } finally {
            closeSync(full);
        }
    });
});

describe('reports cannot be forged by file names', () => {
    test('a file name with a newline is escaped in the text report', () => {
        const ws = join(fresh(), 'ws');
        mkdirSync(ws);
        writeFileSync(join(ws, 'a\nb.spbe'), 'opd A "A" { aplikasi X "X" { hosting NOWHERE } }\n');
        const r = runCli(['validate', ws]);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain('a\\nb.spbe:1:');
        expect(r.stdout.split('\n').some(line => line.startsWith('b.spbe'))).toBe(false);
    });
});
