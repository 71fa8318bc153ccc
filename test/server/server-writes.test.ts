import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { copyExample } from '../helpers/copy-sources.mjs';
import { serverPool, type SpawnedServer } from '../helpers/server-process.js';

/**
 * `spbe lsp --stdio` as a process: requests that write stay inside the open workspace folders and
 * take only valid parameters; nothing runs before `initialize`; a broken frame ends the process
 * with a log line instead of leaving it deaf.
 */
type Server = SpawnedServer;

const pool = serverPool();
afterEach(() => pool.stopAll());
const startServer = (cwd: string): Server => pool.start(cwd);

async function initialize(server: Server, folder: string): Promise<void> {
    const uri = pathToFileURL(folder).href;
    await server.connection.sendRequest('initialize', {
        processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: { workspace: { workspaceFolders: true } }
    });
    await server.connection.sendNotification('initialized', {});
}

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: { code?: number; message: string }) => error);

/** A copy of examples/minimal's sources (never an `out/` a user's earlier command left there). */
function workspace(): string {
    return copyExample('minimal', 'spbe-srv-');
}

describe('server requests that write', () => {
    test('before initialize: ServerNotInitialized, and no roadmap is written', async () => {
        const ws = workspace();
        const server = startServer(ws);
        const error = await failure(server.connection.sendRequest('spbe/generateRoadmap', { outputDir: join(ws, 'out'), formats: ['md'] }));
        expect(error?.code).toBe(-32002);
        const hover = await failure(server.connection.sendRequest('textDocument/hover', { textDocument: { uri: pathToFileURL(join(ws, 'minimal.spbe')).href }, position: { line: 0, character: 0 } }));
        expect(hover?.code).toBe(-32002);
        expect(existsSync(join(ws, 'out'))).toBe(false);
        // …and after initialize the same request works.
        await initialize(server, ws);
        const result = await server.connection.sendRequest('spbe/generateRoadmap', { outputDir: join(ws, 'out'), formats: ['md'] }) as { files: string[] };
        expect(result.files).toEqual([join(ws, 'out', 'peta-rencana.md')]);
    }, 60_000);

    test('spbe/initWorkspace outside the open folder (/) is refused and writes nothing', async () => {
        const ws = workspace();
        const server = startServer(ws);
        await initialize(server, ws);
        const before = readdirSync('/');
        const error = await failure(server.connection.sendRequest('spbe/initWorkspace', { folder: '/', name: 'Kota', title: 'Kota', year: 2026 }));
        expect(error?.message).toMatch(/tidak berada di dalam folder ruang kerja yang terbuka/);
        expect(readdirSync('/')).toEqual(before);
        const outside = mkdtempSync(join(tmpdir(), 'spbe-outside-'));
        expect(await failure(server.connection.sendRequest('spbe/initWorkspace', { folder: join(outside, 'baru'), name: 'Kota', title: 'Kota', year: 2026 }))).toBeDefined();
        expect(readdirSync(outside)).toEqual([]);
    }, 60_000);

    test('spbe/initWorkspace checks every parameter with the same rules as spbe init', async () => {
        const ws = workspace();
        const server = startServer(ws);
        await initialize(server, ws);
        const target = join(ws, 'baru');
        for (const bad of [{ year: 'abc' }, { year: 2026.5 }, { year: 99999 }, { name: 'Kota Baru' }, { name: 'opd' }, { title: 'a\nb' }, { title: 42 }]) {
            const error = await failure(server.connection.sendRequest('spbe/initWorkspace', { folder: target, name: 'Kota', title: 'Kota', year: 2026, ...bad }));
            expect(error?.message, JSON.stringify(bad)).toMatch(/Workspace tidak dibuat/);
        }
        expect(existsSync(target)).toBe(false);
        const files = await server.connection.sendRequest('spbe/initWorkspace', { folder: target, name: 'Kota', title: 'Kota', year: 2026 }) as string[];
        expect(files).toHaveLength(4);
        // A second time: the folder already holds a workspace.
        expect((await failure(server.connection.sendRequest('spbe/initWorkspace', { folder: target, name: 'Kota', title: 'Kota', year: 2026 })))?.message).toMatch(/sudah berisi berkas \.spbe/);
    }, 60_000);

    test('generators refuse an output folder outside the workspace, also through a symlink, and create nothing there', async () => {
        const ws = workspace();
        const outside = mkdtempSync(join(tmpdir(), 'spbe-outside-'));
        symlinkSync(outside, join(ws, 'link'));
        const server = startServer(ws);
        await initialize(server, ws);
        for (const outputDir of [join(outside, 'x'), join(ws, 'link', 'deep'), join(ws, '..', 'escape')]) {
            const error = await failure(server.connection.sendRequest('spbe/exportDiagram', { outputDir, view: 'layered', formats: ['svg'] }));
            expect(error?.message, outputDir).toMatch(/Menolak/);
        }
        expect(readdirSync(outside)).toEqual([]);
        expect(existsSync(join(ws, '..', 'escape'))).toBe(false);
        const badView = await failure(server.connection.sendRequest('spbe/exportDiagram', { outputDir: join(ws, 'out'), view: 'bogus', formats: ['svg'] }));
        expect(badView?.message).toMatch(/tampilan "bogus" tidak dikenal/);
        const badFilter = await failure(server.connection.sendRequest('spbe/generateRoadmap', { outputDir: join(ws, 'out'), formats: ['md'], muatan: 'xx' }));
        expect(badFilter?.message).toMatch(/muatan "xx" tidak dikenal/);
        expect(existsSync(join(ws, 'out'))).toBe(false);
    }, 60_000);
});

describe('a malformed frame', () => {
    test('inventory requests check their file list and refuse a device without reading it', async () => {
        const ws = workspace();
        const server = startServer(ws);
        await initialize(server, ws);
        for (const params of [null, { files: '/etc' }, { files: [] }, { files: [42] }]) {
            expect((await failure(server.connection.sendRequest('spbe/inventoryOpds', params)))?.message).toMatch(/files harus berupa daftar path/);
        }
        const device = join(ws, 'nol.xlsx');
        symlinkSync('/dev/zero', device);
        expect((await failure(server.connection.sendRequest('spbe/inventoryOpds', { files: [device] })))?.message).toMatch(/bukan berkas biasa/);
        expect(server.child.exitCode).toBeNull();
    });

    test('a bad Content-Length: one log line and the process exits instead of going deaf', async () => {
        const ws = workspace();
        mkdirSync(join(ws, 'out'));
        const server = startServer(ws);
        await initialize(server, ws);
        const exited = new Promise<number | null>(resolve => server.child.on('exit', code => resolve(code)));
        server.child.stdin!.write('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","id":99,"method":"spbe/validateWorkspace"}');
        expect(await exited).toBe(1);
        expect(server.stderr.join('')).toMatch(/spbe lsp: malformed message from the client \(Content-Length value must be a number/);
    }, 60_000);
});
