import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** One name for one option: `--locale` on every command; `--lang` is a hidden alias with the same effect. */
describe('--locale, and --lang as its alias', () => {
    const commands = [['validate'], ['init'], ['generate', 'roadmap'], ['export', 'diagram'], ['export', 'inventory'], ['template'], ['import'], ['index'], ['diff']];

    test('every command that takes a language lists --locale and not --lang', () => {
        for (const command of commands) {
            const help = runCli([...command, '--help']);
            expect(help.code, command.join(' ')).toBe(0);
            expect(help.stdout, command.join(' ')).toMatch(/--locale <locale>/);
            expect(help.stdout, command.join(' ')).not.toMatch(/--lang\b/);
        }
    });

    test('index: --lang en and --locale en give the same English report', () => {
        const viaLocale = runCli(['index', 'examples/kota-kediri', '--locale', 'en']);
        const viaLang = runCli(['index', 'examples/kota-kediri', '--lang', 'en']);
        expect(viaLocale.code).toBe(0);
        expect(viaLang).toEqual(viaLocale);
        expect(viaLocale.stdout).not.toEqual(runCli(['index', 'examples/kota-kediri']).stdout);
    });

    test('generate roadmap and diff: both spellings write the same English documents', () => {
        const out = mkdtempSync(join(tmpdir(), 'spbe-locale-'));
        for (const flag of ['--locale', '--lang']) {
            expect(runCli(['generate', 'roadmap', 'examples/kota-kediri', '-f', 'md', '-o', join(out, flag), flag, 'en']).code).toBe(0);
        }
        const md = readFileSync(join(out, '--locale', 'peta-rencana.md'), 'utf-8');
        expect(md).toMatch(/^# SPBE Roadmap/);
        expect(readFileSync(join(out, '--lang', 'peta-rencana.md'), 'utf-8')).toBe(md);
        const diffs = ['--locale', '--lang'].map(flag => runCli(['diff', 'examples/minimal', 'examples/minimal', flag, 'en']));
        expect(diffs[0].code).toBe(0);
        expect(diffs[1]).toEqual(diffs[0]);
    });

    test('--lang is accepted where only --locale was before (export inventory), and the last given wins', () => {
        const out = mkdtempSync(join(tmpdir(), 'spbe-locale-'));
        expect(runCli(['export', 'inventory', 'examples/minimal', '-f', 'csv', '-o', join(out, 'a'), '--lang', 'en']).code).toBe(0);
        expect(runCli(['export', 'inventory', 'examples/minimal', '-f', 'csv', '-o', join(out, 'b'), '--lang', 'id', '--locale', 'en']).code).toBe(0);
        expect(runCli(['export', 'inventory', 'examples/minimal', '-f', 'csv', '-o', join(out, 'c'), '--locale', 'en']).code).toBe(0);
        expect(runCli(['export', 'inventory', 'examples/minimal', '-f', 'csv', '-o', join(out, 'd'), '--locale', 'en', '--lang', 'id']).code).toBe(0);
        const first = (dir: string) => readFileSync(join(out, dir, 'inventaris-aplikasi.csv'), 'utf-8');
        expect(first('a')).toBe(first('c'));
        expect(first('b')).toBe(first('c'));
        expect(first('d')).not.toBe(first('c'));
    });

    test('a bad value is refused under either name, in the message language it names', () => {
        for (const flag of ['--locale', '--lang']) {
            const r = runCli(['index', 'examples/kota-kediri', flag, 'fr']);
            expect(r.code, flag).toBe(2);
            expect(r.stderr, flag).toMatch(/fr/);
        }
    });
});
