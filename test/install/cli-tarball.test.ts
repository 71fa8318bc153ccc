// The installable CLI (`npm run pack:cli` → spbe-tools-<version>.tgz) installed the way a user does,
// away from the repository: packed by scripts/pack-cli.mjs from the built bundle, installed with
// `npm install -g --offline` into a temp prefix (no dependencies, so no registry), run from a temp
// folder with a fresh HOME and a PATH that holds the repository's Node.js 22 but no node_modules/.bin.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDocx } from '../helpers/docx-text.js';
import { GenerateDocumentRequest } from 'spbe-server/protocol';
import { olderSystemNode } from '../helpers/older-node.js';
import { repoRoot, spawningTestTimeout } from '../helpers/run-cli.js';
import { startServerProcess } from '../helpers/server-process.js';

const temp = mkdtempSync(path.join(tmpdir(), 'spbe-tarball-'));
const prefix = path.join(temp, 'prefix');
const work = path.join(temp, 'work');
const pathDirs = [
    path.join(prefix, 'bin'),
    path.dirname(process.execPath),
    // The rest (npm is found there), but no node_modules/.bin and no other `spbe` (the repository's).
    ...(process.env.PATH ?? '').split(path.delimiter).filter(dir => dir !== '' && !/node_modules[\\/]\.bin$/.test(dir) && !existsSync(path.join(dir, 'spbe')))
];
const env: NodeJS.ProcessEnv = {
    PATH: pathDirs.join(path.delimiter),
    HOME: path.join(temp, 'home'),
    SPBE_LOCALE: '',
    npm_config_cache: path.join(temp, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false'
};

function run(command: string, args: string[], timeout = 120_000): SpawnSyncReturns<string> {
    return spawnSync(command, args, { cwd: work, env, encoding: 'utf-8', timeout });
}

/** Fails with the command's own output, so a broken pack or install reads as such in CI's log. */
function succeeded(result: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string> {
    if (result.status !== 0) {
        throw new Error(`${what} failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}${result.error ? `\n${result.error.message}` : ''}`);
    }
    return result;
}

let tarball = '';
let manifest: { name: string; version: string; bin: Record<string, string>; engines: Record<string, string>; dependencies?: object; optionalDependencies?: Record<string, string> };
let spbe = '';
let installed = '';

beforeAll(() => {
    mkdirSync(work, { recursive: true });
    mkdirSync(env.HOME!, { recursive: true });
    succeeded(spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'pack-cli.mjs'), '--out', temp], { cwd: repoRoot, encoding: 'utf-8' }),
        'node scripts/pack-cli.mjs (is the CLI built? `npm run build`)');
    const packed = readdirSync(temp).filter(name => /^spbe-tools-\d+\.\d+\.\d+.*\.tgz$/.test(name));
    expect(packed).toHaveLength(1);
    tarball = path.join(temp, packed[0]);
    succeeded(run('npm', ['install', '-g', '--offline', '--prefix', prefix, tarball]), 'npm install -g --offline');
    spbe = path.join(prefix, 'bin', 'spbe');
    installed = realpathSync(path.join(prefix, 'lib', 'node_modules', 'spbe-tools'));
    manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf-8'));
    cpSync(path.join(repoRoot, 'examples', 'kota-kediri'), path.join(work, 'kota-kediri'), { recursive: true });
}, 300_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

// Everything a command reads at run time (fonts, resvg.wasm, the site's browser files) is inside the
// package: it declares no dependency at all, so an offline install has nothing it could leave out.

describe('spbe-tools tarball, installed offline into a temp prefix', () => {
    test('is one package with the spbe bin, Node.js >= 22 and nothing to fetch', () => {
        expect(manifest).toMatchObject({ name: 'spbe-tools', bin: { spbe: 'bin/cli.js' }, engines: { node: '>=22' } });
        expect(manifest.dependencies).toBeUndefined();
        expect(manifest.optionalDependencies).toBeUndefined();
        // A copy, not a link into the repository: nothing it runs can come from the repo's node_modules.
        expect(path.relative(repoRoot, installed).startsWith('..')).toBe(true);
        expect(existsSync(path.join(installed, 'node_modules'))).toBe(false);
        for (const file of ['README.md', 'LICENSE', 'dist/main.js', 'dist/fonts/DejaVuSans.ttf', 'dist/fonts/DejaVuSans-Bold.ttf', 'dist/browser/diagram-app.js']) {
            expect(existsSync(path.join(installed, file)), file).toBe(true);
        }
    });

    test('npx runs the tarball without installing it', () => {
        // As a user types it: a relative path (npx takes an absolute one for a command to run).
        const r = succeeded(run('npx', ['--yes', '--offline', path.relative(work, tarball), '--version']), 'npx <tarball> --version');
        expect(r.stdout.trim()).toBe(manifest.version);
    }, spawningTestTimeout);

    test('validate and generate roadmap on Kota Kediri', () => {
        const validate = run(spbe, ['validate', 'kota-kediri', '--format', 'json']);
        expect(validate.status, validate.stderr).toBe(0);
        const findings = JSON.parse(validate.stdout) as Array<{ severity: string }>;
        expect(findings.length).toBeGreaterThan(0);
        expect(findings.filter(f => f.severity === 'error')).toEqual([]);
        const roadmap = succeeded(run(spbe, ['generate', 'roadmap', 'kota-kediri', '--format', 'html,xlsx,md', '-o', 'roadmap']), 'spbe generate roadmap');
        expect(roadmap.stdout.trim().split('\n')).toEqual(['html', 'xlsx', 'md'].map(ext => path.join('roadmap', `peta-rencana.${ext}`)));
        expect(readFileSync(path.join(work, 'roadmap', 'peta-rencana.md'), 'utf-8')).toMatch(/Kediri/);
    }, spawningTestTimeout);

    test('generate dokumen: DOCX and PDF with the bundled DejaVu Sans', async () => {
        succeeded(run(spbe, ['generate', 'dokumen', 'kota-kediri', '--jenis', 'peta-rencana', '-o', 'dokumen'], 300_000), 'spbe generate dokumen');
        const pdf = readFileSync(path.join(work, 'dokumen', 'peta-rencana-spbe.pdf'));
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans-Bold/);
        const docx = await readDocx(readFileSync(path.join(work, 'dokumen', 'peta-rencana-spbe.docx')));
        expect(docx.paragraphs.map(p => p.text).join('\n')).toMatch(/Kediri/);
        // The diagrams are PNG images, drawn by the resvg.wasm inside the package.
        expect(docx.media.some(name => name.endsWith('.png'))).toBe(true);
    }, 300_000);

    test('export diagram --format png', () => {
        succeeded(run(spbe, ['export', 'diagram', 'kota-kediri', '--view', 'layered', '--format', 'png', '-o', 'diagram']), 'spbe export diagram --format png');
        const png = readFileSync(path.join(work, 'diagram', readdirSync(path.join(work, 'diagram')).find(name => name.endsWith('.png'))!));
        expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }, spawningTestTimeout);

    test('export diagram --format svg and build site', () => {
        succeeded(run(spbe, ['export', 'diagram', 'kota-kediri', '--view', 'layered', '--format', 'svg', '-o', 'diagram-svg']), 'spbe export diagram --format svg');
        expect(readdirSync(path.join(work, 'diagram-svg')).some(name => name.endsWith('.svg'))).toBe(true);
        succeeded(run(spbe, ['build', 'site', 'kota-kediri', '-o', 'site']), 'spbe build site');
        // The site's browser files are the package's own dist/browser.
        expect(readFileSync(path.join(work, 'site', 'assets', 'diagram-app.js'), 'utf-8'))
            .toBe(readFileSync(path.join(installed, 'dist', 'browser', 'diagram-app.js'), 'utf-8'));
        expect(existsSync(path.join(work, 'site', 'index.html'))).toBe(true);
    }, spawningTestTimeout);

    test('spbe lsp --stdio: the language server validates and writes a PDF with the bundled font', async () => {
        const folder = path.join(work, 'kota-kediri');
        const server = await startServerProcess(folder, { configuration: {}, spbe: { command: [spbe], env } });
        try {
            expect(server.initialized.capabilities.completionProvider).toBeDefined();
            const outputDir = path.join(folder, 'lsp-out');
            const result = await server.connection.sendRequest(GenerateDocumentRequest.type, { outputDir, jenis: ['arsitektur'], formats: ['pdf'] });
            expect(result.files.map(file => path.basename(file))).toEqual(['arsitektur-spbe.pdf']);
            expect(readFileSync(path.join(outputDir, 'arsitektur-spbe.pdf')).toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans/);
        } finally {
            await server.stop();
        }
        expect(server.stderr.join('')).not.toMatch(/Error/);
    }, spawningTestTimeout);

    const older = olderSystemNode();
    test.skipIf(!older)('on an older Node.js the installed bin says what it needs in one line', () => {
        const r = spawnSync(older!, [path.join(installed, 'bin', 'cli.js'), 'validate', 'kota-kediri'], { cwd: work, env, encoding: 'utf-8' });
        expect(r.status).toBe(2);
        // No clone here, so no hint about the repository's npm scripts.
        expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(/^spbe membutuhkan Node\.js 22 atau lebih baru \(ini Node\.js 2\d\./);
    });
});
