import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { runCli, spawningTestTimeout } from '../helpers/run-cli.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

/**
 * Issue 18 through the real binaries: `spbe validate` and the language server show syntax errors as
 * one line in the user's language, bounded, and refuse measured values they cannot read exactly.
 */
const files = {
    'pemda.spbe': 'pemda P "Pemerintah Kota Contoh" {\n    periode 2025..2029\n    jenis kotamadya\n}\n',
    'opd.spbe': 'opd A "Dinas A" {\n    pic "p"\n    aplikasi X { fungsi keuangan pribadi }\n}\n',
    'peta.spbe': `petaRencana {\n    rencana R { muatan layanan penanggungJawab A tahun 2025 prioritas sangatTinggi\n        anggaran 2025 ${'7'.repeat(200_000)}\n`
        + '        indikatorKinerja "k" { satuan "%" target 2025 99999999999999999999999999999 } }\n}\n'
};

function workspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-syntax-'));
    for (const [path, text] of Object.entries(files)) {
        writeFileSync(join(dir, path), text);
    }
    return dir;
}

/** The lines of `spbe validate` output that report a finding (`file:line:col  severity  message  [code]`). */
const findingLines = (stdout: string) => stdout.split('\n').filter(l => /\.spbe:\d+:\d+/.test(l));

describe('spbe validate', () => {
    const dir = workspace();

    test('Indonesian by default: each syntax error one line, naming what was written and what is allowed', () => {
        const r = runCli(['validate', '.'], { cwd: dir });
        expect(r.code).toBe(1);
        const lines = findingLines(r.stdout);
        expect(r.stdout).not.toMatch(/Expecting|Token sequences|but found/);
        expect(lines).toContain('pemda.spbe:3:11  galat  Kesalahan sintaks: `kotamadya` bukan jenis pemda yang dikenal; gunakan `kota`, `kabupaten` atau `provinsi`.  [syntax]');
        expect(lines).toContain('opd.spbe:3:34  galat  Kesalahan sintaks: Properti `pribadi` hanya berlaku untuk elemen data, tidak di elemen aplikasi.  [syntax]');
        expect(lines).toContain('peta.spbe:2:71  galat  Kesalahan sintaks: `sangatTinggi` bukan prioritas yang dikenal; gunakan `tinggi`, `sedang` atau `rendah`.  [syntax]');
        expect(lines.find(l => l.startsWith('peta.spbe:4:'))).toContain("nilai '99999999999999999999999999999' terlalu besar untuk dibaca tepat");
        // The 200,000-digit amount is named in a few dozen characters.
        expect(Math.max(...lines.map(l => l.length))).toBeLessThan(600);
        expect(r.stdout.length).toBeLessThan(5000);
    }, spawningTestTimeout);

    test('English with --locale en', () => {
        const lines = findingLines(runCli(['validate', '.', '--locale', 'en'], { cwd: dir }).stdout);
        expect(lines).toContain('peta.spbe:2:71  error  Syntax error: `sangatTinggi` is not a known priority; use `tinggi`, `sedang` or `rendah`.  [syntax]');
        expect(lines).toContain('opd.spbe:3:34  error  Syntax error: The property `pribadi` applies only to a data element, not in an aplikasi element.  [syntax]');
        expect(lines.find(l => l.startsWith('peta.spbe:4:'))).toContain("value '99999999999999999999999999999' is too large to be read exactly");
    }, spawningTestTimeout);
});

describe('the language server', () => {
    let server: ServerProcess | undefined;
    const published = new Map<string, Diagnostic[]>();
    const dir = workspace();

    beforeAll(async () => {
        server = await startServerProcess(dir, {
            configuration: { locale: 'id' },
            beforeListen: c => c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => published.set(p.uri, p.diagnostics))
        });
    }, spawningTestTimeout);

    afterAll(async () => {
        await server?.stop();
    });

    test('publishes the same words in the client\'s language, switching when the user switches it', async () => {
        await server!.connection.sendNotification('workspace/didChangeConfiguration', { settings: { spbe: { locale: 'en' } } });
        const uri = pathToFileURL(join(dir, 'peta.spbe')).href;
        const deadline = Date.now() + 60_000;
        // The server re-validates in the new language; the parse is not redone, the words are.
        while (!published.get(uri)?.some(d => d.code === 'syntax' && d.message.startsWith('Syntax error')) && Date.now() < deadline) {
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        const syntax = (published.get(uri) ?? []).filter(d => d.code === 'syntax').map(d => d.message);
        expect(syntax, JSON.stringify(published.get(uri)?.map(d => d.message))).toContain('Syntax error: `sangatTinggi` is not a known priority; use `tinggi`, `sedang` or `rendah`.');
        expect(Math.max(...(published.get(uri) ?? []).map(d => d.message.length))).toBeLessThan(600);
    }, spawningTestTimeout);
});
