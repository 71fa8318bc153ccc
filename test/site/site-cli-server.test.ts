import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { copyExample } from '../helpers/copy-sources.mjs';
import { runCli, spawningTestTimeout } from '../helpers/run-cli.js';
import { serverPool } from '../helpers/server-process.js';
import { diagramAppOf, kediri } from './site-fixture.js';
import { wordsOfOtherLanguage } from '../helpers/diagram-app-text.js';

describe('spbe build site', () => {
    test('writes the site and prints its start page; Kota Kediri\'s DISPENDUKCAPIL page names who uses its population data', () => {
        const out = join(mkdtempSync(join(tmpdir(), 'spbe-cli-site-')), 'portal');
        const result = runCli(['build', 'site', kediri, '-o', out, '--base-url', '/spbe/']);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout.trim()).toMatch(/portal[/\\]index\.html$/);
        const page = readFileSync(join(out, 'opd', 'DISPENDUKCAPIL.html'), 'utf-8');
        expect(page).toContain('<link rel="canonical" href="/spbe/opd/DISPENDUKCAPIL.html">');
        expect(page).toContain('Tidak dibagipakaikan');
        expect(existsSync(join(out, 'assets', 'diagram-app.js'))).toBe(true);
        expect(readFileSync(join(out, 'assets', 'diagram-app.js'), 'utf-8')).toContain('SpbeSiteDiagrams');
    }, spawningTestTimeout);

    test('--locale en: the diagram pages\' toolbar, and the diagrams the app draws, are English', () => {
        const ws = copyExample('minimal', 'spbe-cli-site-en-');
        const out = join(ws, 'site-en');
        const result = runCli(['build', 'site', ws, '-o', out, '--locale', 'en']);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const pages = ['diagram.html', ...readdirSync(join(out, 'opd')).filter(f => f.endsWith('.html')).map(f => `opd/${f}`)];
        const withDiagram = pages.map(page => [page, diagramAppOf(readFileSync(join(out, page), 'utf-8'))] as const).filter(([, app]) => app);
        expect(withDiagram.length).toBeGreaterThan(1);
        for (const [page, app] of withDiagram) {
            expect(app, page).toContain('data-locale="en"');
            expect(wordsOfOtherLanguage(app, 'en'), page).toEqual([]);
            expect(app, page).not.toMatch(/Memuat|semua tahun|Sorot elemen|Perbesar|Perkecil|Pas<|Saring/);
            expect(app, page).toContain('>Loading…<');
        }
        expect(withDiagram.find(([page]) => page === 'diagram.html')![1]).toContain('<label>View <select id="view">');
        expect(readFileSync(join(out, 'assets', 'diagram', 'semua.js'), 'utf-8')).toContain('"locale":"en"');
    }, spawningTestTimeout);

    test('a bad --base-url or an output folder with sources exits 2 with a message in the user\'s language, writing nothing', () => {
        const ws = copyExample('minimal', 'spbe-cli-site-');
        const bad = runCli(['build', 'site', ws, '--base-url', 'spbe']);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toMatch(/--base-url "spbe" tidak valid/);
        expect(runCli(['build', 'site', ws, '--base-url', 'spbe', '--locale', 'en']).stderr).toMatch(/--base-url "spbe" is not valid/);
        const before = readdirSync(ws).sort();
        const over = runCli(['build', 'site', ws, '-o', ws]);
        expect(over.code).toBe(2);
        expect(over.stderr).toMatch(/sumber \.spbe/);
        expect(readdirSync(ws).sort()).toEqual(before);
        // Without -o: <dir>/out/site.
        expect(runCli(['build', 'site', ws]).code).toBe(0);
        expect(existsSync(join(ws, 'out', 'site', 'index.html'))).toBe(true);
    }, spawningTestTimeout);
});

describe('spbe build site: hostile arguments', () => {
    test('-o \'\' is refused as an empty path; --locale EN is English (any case), --locale fr is refused', () => {
        const ws = copyExample('minimal', 'spbe-cli-site-args-');
        const before = readdirSync(ws).sort();
        const empty = runCli(['build', 'site', ws, '-o', ''], { cwd: ws });
        expect(empty.code).toBe(2);
        expect(empty.stderr).toMatch(/kosong/);
        expect(readdirSync(ws).sort()).toEqual(before);
        const upper = runCli(['build', 'site', ws, '--locale', 'EN', '-o', '']);
        expect(upper.code).toBe(2);
        expect(upper.stderr).toMatch(/empty/);
        const french = runCli(['build', 'site', ws, '--locale', 'fr']);
        expect(french.code).toBe(2);
        expect(french.stderr).toMatch(/fr/);
        expect(runCli(['build', 'site', ws, '--base-url', 'https://u:p@x/']).code).toBe(2);
        expect(runCli(['build', 'site', ws, '--base-url', 'HTTPS://H/spbe/']).code).toBe(0);
    }, spawningTestTimeout);
});

describe('spbe/buildSite (the editor\'s SPBE: Build Site…)', () => {
    const pool = serverPool();
    afterEach(() => pool.stopAll());

    test('builds inside the open folder, refuses a folder outside it', async () => {
        const ws = copyExample('minimal', 'spbe-srv-site-');
        const server = pool.start(ws);
        const uri = pathToFileURL(ws).href;
        await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: { workspace: { workspaceFolders: true } } });
        await server.connection.sendNotification('initialized', {});
        const result = await server.connection.sendRequest('spbe/buildSite', { outputDir: join(ws, 'out', 'site') }) as { index: string; files: number };
        expect(result.index).toBe(join(ws, 'out', 'site', 'index.html'));
        expect(readFileSync(result.index, 'utf-8')).toContain('Content-Security-Policy');
        const outside = mkdtempSync(join(tmpdir(), 'spbe-srv-outside-'));
        const refused = await server.connection.sendRequest('spbe/buildSite', { outputDir: join(outside, 'site') }).then(() => undefined, (error: { message: string }) => error);
        expect(refused?.message).toMatch(/^Menolak spbe\/buildSite /);
        expect(existsSync(join(outside, 'site'))).toBe(false);
        // Each generator's refusal names its own request.
        const document = await server.connection.sendRequest('spbe/generateDocument', { outputDir: outside }).then(() => undefined, (error: { message: string }) => error);
        expect(document?.message).toMatch(/^Menolak spbe\/generateDocument /);
    }, 60_000);

    test('a missing or broken outputDir and a workspace with errors are refused by name, in the editor\'s words', async () => {
        const ws = copyExample('minimal', 'spbe-srv-site-bad-');
        writeFileSync(join(ws, 'rusak.spbe'), 'opd RUSAK "Rusak" { aplikasi X { hosting NOPE } }\n');
        const server = pool.start(ws);
        const uri = pathToFileURL(ws).href;
        await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: { workspace: { workspaceFolders: true } } });
        await server.connection.sendNotification('initialized', {});
        const refusal = (params: unknown) => server.connection.sendRequest('spbe/buildSite', params).then(() => undefined, (error: { code: number; message: string }) => error);
        for (const params of [null, [], {}, 'abc']) {
            const error = await refusal(params);
            expect(error?.code, JSON.stringify(params)).toBe(-32803);
            expect(error?.message, JSON.stringify(params)).toBe('spbe/buildSite: parameter outputDir tidak ada; kirim jalur absolut sebuah folder');
        }
        const nul = await refusal({ outputDir: join(ws, 'out\0site') });
        expect(nul?.code).toBe(-32803);
        expect(nul?.message).toMatch(/^spbe\/buildSite: outputDir harus berupa jalur absolut/);
        const errors = await refusal({ outputDir: join(ws, 'out', 'site') });
        expect(errors?.code).toBe(-32803);
        expect(errors?.message).toMatch(/galat/);
        expect(errors?.message).toContain('allowErrors');
        expect(errors?.message).not.toContain('--allow-errors');
    }, 60_000);
});
