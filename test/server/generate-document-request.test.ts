import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { copyExample } from '../helpers/copy-sources.mjs';
import { serverPool } from '../helpers/server-process.js';

/** `spbe/generateDocument` (the VS Code command "SPBE: Generate Document…") through the real server process. */
const pool = serverPool();
afterEach(() => pool.stopAll());

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: { code?: number; message: string }) => error);

describe('spbe/generateDocument', () => {
    test('writes the chosen documents inside the open folder, and nowhere else', async () => {
        const ws = copyExample('minimal', 'spbe-srv-doc-');
        const server = pool.start(ws);
        const uri = pathToFileURL(ws).href;
        await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: {} });
        await server.connection.sendNotification('initialized', {});
        const result = await server.connection.sendRequest('spbe/generateDocument', { outputDir: join(ws, 'out'), jenis: ['peta-rencana'], formats: ['docx', 'pdf'] }) as { files: string[]; errors: number };
        expect(result.files).toEqual([join(ws, 'out', 'peta-rencana-spbe.docx'), join(ws, 'out', 'peta-rencana-spbe.pdf')]);
        expect(readFileSync(result.files[1]).subarray(0, 5).toString()).toBe('%PDF-');
        const outside = mkdtempSync(join(tmpdir(), 'spbe-outside-'));
        expect(await failure(server.connection.sendRequest('spbe/generateDocument', { outputDir: outside, jenis: ['arsitektur'], formats: ['docx'] }))).toBeDefined();
        expect(existsSync(join(outside, 'arsitektur-spbe.docx'))).toBe(false);
        const bad = await failure(server.connection.sendRequest('spbe/generateDocument', { outputDir: join(ws, 'out'), jenis: ['lainnya'], formats: ['docx'] }));
        expect(bad?.message).toContain('"lainnya"');
    }, 120_000);

    test('names a missing outputDir, takes locale null as absent, refuses a path outside before looking at it', async () => {
        const ws = copyExample('minimal', 'spbe-srv-doc-');
        const server = pool.start(ws);
        const uri = pathToFileURL(ws).href;
        await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: {} });
        await server.connection.sendNotification('initialized', {});
        const missing = await failure(server.connection.sendRequest('spbe/generateDocument', {}));
        expect(missing?.message).toContain('spbe/generateDocument: parameter outputDir tidak ada');
        expect(missing?.message).not.toContain('undefined');
        // Below a file outside the workspace: refused as outside, not "is a file" (which would tell it exists).
        const outsideFile = join(mkdtempSync(join(tmpdir(), 'spbe-outside-')), 'berkas');
        writeFileSync(outsideFile, 'x');
        const outside = await failure(server.connection.sendRequest('spbe/generateDocument', { outputDir: join(outsideFile, 'out'), jenis: ['arsitektur'], formats: ['docx'] }));
        expect(outside?.message).toContain('tidak berada di dalam folder ruang kerja yang terbuka');
        const result = await server.connection.sendRequest('spbe/generateDocument', { outputDir: join(ws, 'out'), jenis: ['arsitektur'], formats: ['docx'], locale: null }) as { files: string[] };
        expect(result.files).toEqual([join(ws, 'out', 'arsitektur-spbe.docx')]);
    }, 120_000);

    test('a cancelled request answers RequestCancelled and writes nothing', async () => {
        const ws = copyExample('kota-kediri', 'spbe-srv-doc-');
        const server = pool.start(ws);
        const uri = pathToFileURL(ws).href;
        await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: {} });
        await server.connection.sendNotification('initialized', {});
        const out = join(ws, 'out');
        const source = new CancellationTokenSource();
        // Both documents of the example in both formats take seconds: the cancel arrives while they are made.
        const request = server.connection.sendRequest('spbe/generateDocument', { outputDir: out, jenis: ['peta-rencana', 'arsitektur'], formats: ['docx', 'pdf'], allowErrors: true }, source.token);
        setTimeout(() => source.cancel(), 50);
        const cancelled = await failure(request);
        expect(cancelled?.code).toBe(-32800); // LSPErrorCodes.RequestCancelled
        // The server has finished with the request (the next one is answered after it) and wrote nothing.
        const after = await server.connection.sendRequest('spbe/generateDocument', { outputDir: out, jenis: ['arsitektur'], formats: ['docx'], allowErrors: true }) as { files: string[] };
        expect(after.files).toEqual([join(out, 'arsitektur-spbe.docx')]);
        expect(readdirSync(out).filter(name => !name.startsWith('.'))).toEqual(['arsitektur-spbe.docx']);
    }, 180_000);
});
