import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyExample } from '../helpers/copy-sources.mjs';
import { runCli } from '../helpers/run-cli.js';

const kediriCopy = (): string => copyExample('kota-kediri', 'spbe-gen-');

function snapshotSources(dir: string): Record<string, string> {
    const result: Record<string, string> = {};
    const walk = (d: string) => readdirSync(d).forEach(f => {
        const p = join(d, f);
        if (statSync(p).isDirectory()) {
            walk(p);
        } else if (f.endsWith('.spbe')) {
            result[p] = readFileSync(p, 'utf-8');
        }
    });
    walk(dir);
    return result;
}

describe('spbe generate roadmap', () => {
    test('every format into <dir>/out by default; sources untouched', () => {
        const dir = kediriCopy();
        const before = snapshotSources(dir);
        const r = runCli(['generate', 'roadmap', dir, '--format', 'md,csv,xlsx,html,mermaid,json']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(readdirSync(join(dir, 'out')).sort()).toEqual(['peta-rencana-anggaran.csv', 'peta-rencana-cakupan.csv', 'peta-rencana-gap.csv',
            'peta-rencana.csv', 'peta-rencana.html', 'peta-rencana.json', 'peta-rencana.md', 'peta-rencana.mmd', 'peta-rencana.xlsx']);
        expect(snapshotSources(dir)).toEqual(before);
        // A second run overwrites the previous documents; the generated folder is not read as a source.
        expect(runCli(['generate', 'roadmap', dir, '-f', 'json']).code).toBe(0);
        expect(runCli(['validate', dir]).code).toBe(0);
    });

    test('-o, --opd, --muatan, --from/--to and --lang shape the document', () => {
        const dir = kediriCopy();
        const out = join(dir, '..', 'docs');
        const r = runCli(['generate', 'roadmap', dir, '-f', 'json', '-o', out, '--opd', 'INSPEKTORAT', '--from', '2026', '--to', '2027', '--lang', 'en']);
        expect(r.code).toBe(0);
        const json = JSON.parse(readFileSync(join(out, 'peta-rencana.json'), 'utf-8'));
        expect(json.tahun).toEqual([2026, 2027]);
        // Within a muatan by kode (issue 18): AU.01 PR_AUDIT_TIK before AU.02 PR_INDEKS_KAMI.
        expect(json.items.map((i: { name: string }) => i.name)).toEqual(['PR_MANAJEMEN_RISIKO', 'PR_AUDIT_TIK', 'PR_INDEKS_KAMI']);
        expect(json.totals.anggaranPerTahun).toEqual({ 2026: 65_000_000, 2027: 205_000_000 });
        const md = runCli(['generate', 'roadmap', dir, '-f', 'md', '-o', out, '--muatan', 'keamanan', '--lang', 'en']);
        expect(md.code).toBe(0);
        // Documents people read name the item by kode and title (v2 §6); the JSON above keeps the name.
        const document = readFileSync(join(out, 'peta-rencana.md'), 'utf-8');
        expect(document).toMatch(/^# SPBE Roadmap[\s\S]*KS\.\d\d · Penguatan Kediri Kota CSIRT/);
        expect(document).not.toContain('PR_CSIRT');
    });

    test('a workspace with errors is refused unless --allow-errors', () => {
        const dir = kediriCopy();
        writeFileSync(join(dir, 'broken.spbe'), 'opd BROKEN { pic "x" aplikasi X { hosting NOWHERE } }');
        const refused = runCli(['generate', 'roadmap', dir, '-f', 'md']);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain("broken.spbe:1:43  galat  Tidak ditemukan infrastruktur bernama 'NOWHERE'.");
        expect(refused.stderr).toContain('--allow-errors');
        expect(existsSync(join(dir, 'out'))).toBe(false);
        expect(runCli(['generate', 'roadmap', dir, '-f', 'md', '--allow-errors']).code).toBe(0);
        // The document says on its first lines that it was made from a workspace with errors (v2 §6).
        const head = readFileSync(join(dir, 'out', 'peta-rencana.md'), 'utf-8').split('\n').slice(0, 8).join('\n');
        expect(head).toMatch(/PERHATIAN: dibuat dari ruang kerja yang masih memiliki \d+ galat; dokumen ini mungkin tidak lengkap/);
    });

    test('bad arguments exit 2 with a clear message', () => {
        expect(runCli(['generate', 'roadmap', 'examples/kota-kediri', '-f', 'pdf', '--lang', 'en']).stderr).toMatch(/unknown roadmap format pdf/);
        expect(runCli(['generate', 'roadmap', 'examples/kota-kediri', '-f', 'md', '--opd', 'NOPE']).code).toBe(2);
        expect(runCli(['generate', 'roadmap', 'examples/kota-kediri', '-f', 'md', '--muatan', 'foo']).code).toBe(2);
        expect(runCli(['generate', 'roadmap', '/no/such/dir', '-f', 'md']).code).toBe(2);
    });

    test('a format named twice is written and listed once', () => {
        const dir = kediriCopy();
        const r = runCli(['generate', 'roadmap', dir, '-f', 'md,csv,md']);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout.trim().split('\n').filter(line => line.endsWith('peta-rencana.md'))).toHaveLength(1);
    });

    test('--from / --to outside the periode are refused like the diagram\'s --year, nothing written', () => {
        const dir = kediriCopy(); // periode 2025..2029
        const from = runCli(['generate', 'roadmap', dir, '-f', 'md', '--from', '2040']);
        expect(from.code).toBe(2);
        expect(from.stderr).toBe('spbe: --from 2040 di luar periode 2025..2029\n');
        const to = runCli(['generate', 'roadmap', dir, '-f', 'md', '--to', '2024', '--locale', 'en']);
        expect(to.code).toBe(2);
        expect(to.stderr).toBe('spbe: --to 2024 is outside the periode 2025..2029\n');
        expect(existsSync(join(dir, 'out'))).toBe(false);
        expect(runCli(['generate', 'roadmap', dir, '-f', 'md', '--from', '2025', '--to', '2029']).code).toBe(0);
    });
});
