import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { copyExample } from '../helpers/copy-sources.mjs';
import { repoRoot } from '../helpers/run-cli.js';

/**
 * The .vsix as `npm run package` makes it (vsce package, no --target), from the extension the build
 * left in packages/vscode/out/: one package for every platform, so nothing native inside, resvg's
 * WebAssembly instead, under 6 MB; and its language server, unpacked where no node_modules is
 * reachable, exports a PNG with what the package carries.
 */
const extensionDir = join(repoRoot, 'packages', 'vscode');
const vsce = join(repoRoot, 'node_modules', '.bin', 'vsce');
let vsix: string;
let zip: JSZip;

beforeAll(async () => {
    const bundle = join(extensionDir, 'out', 'language-server', 'main.mjs');
    if (!existsSync(bundle)) {
        throw new Error(`${bundle} is missing: run npm run build first`);
    }
    vsix = join(mkdtempSync(join(tmpdir(), 'spbe-vsix-')), 'spbe-vscode.vsix');
    const packed = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix], { cwd: extensionDir, encoding: 'utf-8' });
    expect(packed.status, packed.stderr + packed.stdout).toBe(0);
    zip = await JSZip.loadAsync(readFileSync(vsix));
}, 120_000);

describe('the packaged extension (.vsix)', () => {
    test('is platform-independent: no native module, no target platform, resvg.wasm and its glue beside the server', async () => {
        const files = Object.values(zip.files).filter(f => !f.dir).map(f => f.name);
        expect(files.filter(f => /\.node$/.test(f))).toEqual([]);
        const manifest = await zip.file('extension.vsixmanifest')!.async('string');
        expect(manifest).toMatch(/<Identity [^>]*Id="spbe-vscode"/);
        expect(manifest).not.toMatch(/TargetPlatform/);
        const wasm = await zip.file('extension/out/language-server/resvg.wasm')?.async('nodebuffer');
        expect(wasm, 'extension/out/language-server/resvg.wasm').toBeDefined();
        expect(wasm!.equals(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')))).toBe(true);
        // What the server reads at run time besides its bundle: the glue its PNG worker threads import, the DOCX thread's
        // module, fonts, docs, site files.
        for (const file of ['extension/out/language-server/resvg.mjs', 'extension/out/language-server/docx-thread-main.mjs', 'extension/out/language-server/resvg-thread-main.mjs', 'extension/fonts/DejaVuSans.ttf', 'extension/fonts/DejaVuSans-Bold.ttf', 'extension/docs/diagnostics.md', 'extension/out/browser/site.css']) {
            expect(files, file).toContain(file);
        }
        // Nothing for development only: no sources, source maps or installed packages.
        expect(files.filter(f => /\.map$|\.ts$|node_modules\//.test(f))).toEqual([]);
    });

    test('is smaller than 6 MB', () => {
        expect(statSync(vsix).size).toBeLessThan(6 * 1024 * 1024);
    });

    describe('its language server, unpacked outside the repository', () => {
        let server: ChildProcess | undefined;
        afterAll(() => server?.kill());

        test('exports a PNG of the layered view through the packaged resvg.wasm, its glue and the fonts', async () => {
            const installed = mkdtempSync(join(tmpdir(), 'spbe-vsix-unpacked-'));
            for (const entry of Object.values(zip.files).filter(f => !f.dir)) {
                const target = join(installed, entry.name);
                mkdirSync(dirname(target), { recursive: true });
                writeFileSync(target, await entry.async('nodebuffer'));
            }
            const ws = copyExample('minimal', 'spbe-vsix-ws-');
            const stderr: string[] = [];
            server = spawn(process.execPath, [join(installed, 'extension', 'out', 'language-server', 'main.mjs'), '--stdio'], { cwd: installed, stdio: ['pipe', 'pipe', 'pipe'] });
            server.stderr!.on('data', chunk => stderr.push(String(chunk)));
            const connection: MessageConnection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
            connection.onRequest(() => null);
            connection.listen();
            const uri = pathToFileURL(ws).href;
            await connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: { workspace: { workspaceFolders: true } } });
            await connection.sendNotification('initialized', {});
            const outputDir = join(ws, 'out');
            const result = await connection.sendRequest('spbe/exportDiagram', { outputDir, view: 'layered', formats: ['png'] })
                .catch((error: Error) => { throw new Error(`${error.message}\n${stderr.join('')}`); }) as { files: string[] };
            expect(result.files).toEqual([join(outputDir, 'diagram-layered.png')]);
            const png = PNG.sync.read(readFileSync(result.files[0]));
            expect(png.width).toBeGreaterThan(100);
            expect(png.height).toBeGreaterThan(100);
            connection.dispose();
        }, 60_000);
    });
});
