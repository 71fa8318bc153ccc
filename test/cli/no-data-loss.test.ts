import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { copyExample } from '../helpers/copy-sources.mjs';
import { cliPath, runCli } from '../helpers/run-cli.js';

const kediri = () => copyExample('kota-kediri', 'spbe-loss-');

/** A tiny tmpfs (needs root, as CI has): a full disk or a read-only one, for real. */
function mountTiny(options: string): string | undefined {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-tiny-'));
    try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
        mounted.push(dir);
        return dir;
    } catch {
        return undefined;
    }
}
const mounted: string[] = [];
afterEach(() => {
    for (const dir of mounted.splice(0)) {
        execFileSync('umount', [dir], { stdio: 'ignore' });
    }
});
const canMount = (() => {
    const dir = mountTiny('size=16k');
    if (dir) {
        execFileSync('umount', [mounted.pop()!], { stdio: 'ignore' });
    }
    return Boolean(dir);
})();

describe('generators never lose a byte', () => {
    test.skipIf(!canMount)('a full disk: a clear error, exit 2, the previous document intact, no temporary file left', () => {
        const ws = kediri();
        const out = mountTiny('size=16k')!;
        writeFileSync(join(out, 'peta-rencana.html'), 'versi sebelumnya');
        const r = runCli(['generate', 'roadmap', ws, '-f', 'html', '-o', out, '--lang', 'en']);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^spbe: Cannot write .*peta-rencana\.html: no space left on the device \(ENOSPC\); the previous file, if any, is unchanged\n$/);
        expect(readFileSync(join(out, 'peta-rencana.html'), 'utf-8')).toBe('versi sebelumnya');
        expect(readdirSync(out)).toEqual(['peta-rencana.html']);
    });

    test.skipIf(!canMount)('a read-only output folder: a clear error, the previous document intact', () => {
        const ws = kediri();
        const out = mountTiny('size=1m')!;
        writeFileSync(join(out, 'diagram-layered.svg'), '<svg/>');
        execFileSync('mount', ['-o', 'remount,ro', out]);
        const r = runCli(['export', 'diagram', ws, '-f', 'svg', '-o', out, '--locale', 'en']);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/read-only \(EROFS\)/);
        expect(readFileSync(join(out, 'diagram-layered.svg'), 'utf-8')).toBe('<svg/>');
    });

    test('a symlink where an output goes is replaced, never followed: the file it pointed at is untouched', () => {
        const ws = kediri();
        const out = join(ws, '..', 'out');
        mkdirSync(out);
        const outside = join(ws, '..', 'penting.txt');
        writeFileSync(outside, 'jangan ditimpa');
        symlinkSync(outside, join(out, 'peta-rencana.md'));
        expect(runCli(['generate', 'roadmap', ws, '-f', 'md', '-o', out]).code).toBe(0);
        expect(readFileSync(outside, 'utf-8')).toBe('jangan ditimpa');
        expect(lstatSync(join(out, 'peta-rencana.md')).isSymbolicLink()).toBe(false);
    });

    test('an output path that is a .spbe source is refused, by every command that takes one', () => {
        const ws = kediri();
        const before = readFileSync(join(ws, 'pemda.spbe'), 'utf-8');
        for (const args of [['index', ws, '-o', join(ws, 'pemda.spbe'), '--lang', 'en'], ['diff', ws, ws, '-o', join(ws, 'pemda.spbe'), '--lang', 'en']]) {
            const r = runCli(args);
            expect(r.code).toBe(2);
            expect(r.stderr).toMatch(/Refusing to overwrite the \.spbe source/);
        }
        expect(readFileSync(join(ws, 'pemda.spbe'), 'utf-8')).toBe(before);
        expect(existsSync(join(ws, 'out'))).toBe(false);
    });

    test('a reader that stops early (spbe … | head -1): no EPIPE crash, and every file is still written', async () => {
        const ws = kediri();
        const child = spawn(process.execPath, [cliPath, 'export', 'inventory', ws, '-f', 'xlsx,csv'], { stdio: ['ignore', 'pipe', 'pipe'] });
        // The reading end goes away before the first path is printed.
        child.stdout.destroy();
        let stderr = '';
        child.stderr.on('data', chunk => { stderr += chunk; });
        const code = await new Promise(resolve => child.on('close', resolve));
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(readdirSync(join(ws, 'out')).length).toBe(9);
    });
});
