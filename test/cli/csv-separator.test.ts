import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const headerLine = (file: string) => readFileSync(file, 'utf-8').replace(/^\uFEFF/, '').split('\r\n', 1)[0];

describe('--csv-separator: ; for Indonesian by default, , for English, or as chosen', () => {
    test.each([
        [[], 'ID;'], [['--lang', 'en'], 'ID,'], [['--csv-separator', ','], 'ID,'], [['--lang', 'en', '--csv-separator', 'semicolon'], 'ID;']
    ])('generate roadmap %j', (flags, start) => {
        const out = mkdtempSync(join(tmpdir(), 'spbe-csvsep-'));
        const r = runCli(['generate', 'roadmap', join(repoRoot, 'test/fixtures/roadmap-small'), '-f', 'csv', '-o', out, ...flags]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(headerLine(join(out, 'peta-rencana-anggaran.csv')).startsWith(start)).toBe(true);
    });

    test.each([
        [[], 'Kode OPD;Nama OPD;'], [['--locale', 'en'], 'Kode OPD,Nama OPD,'], [['--csv-separator', ','], 'Kode OPD,Nama OPD,']
    ])('export inventory %j', (flags, start) => {
        const out = mkdtempSync(join(tmpdir(), 'spbe-csvsep-'));
        const r = runCli(['export', 'inventory', join(repoRoot, 'examples/minimal'), '-f', 'csv', '-o', out, ...flags]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(headerLine(join(out, 'inventaris-opd.csv')).startsWith(start)).toBe(true);
    });

    test('another separator is a usage error that says what is accepted', () => {
        const r = runCli(['export', 'inventory', join(repoRoot, 'examples/minimal'), '-f', 'csv', '--csv-separator', 'tab']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("harus ';' (titik koma) atau ',' (koma)");
        const en = runCli(['export', 'inventory', join(repoRoot, 'examples/minimal'), '-f', 'csv', '--csv-separator', 'tab', '--locale', 'en']);
        expect(en.stderr).toContain("expected ';' (semicolon) or ',' (comma)");
    });
});
