import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { copyExample } from '../helpers/copy-sources.mjs';
import { serverPool, type SpawnedServer } from '../helpers/server-process.js';

/**
 * The LSP lifecycle of `spbe lsp --stdio`: only a successful initialize opens the server, a second one
 * and every request after shutdown are refused with InvalidRequest, no request is left unanswered;
 * a frame whose Content-Length cannot be honoured ends the process with one log line.
 */
type Server = SpawnedServer;

const pool = serverPool();
afterEach(() => pool.stopAll());
const startServer = (cwd: string): Server => pool.start(cwd);

/** A copy of examples/minimal's sources (never an `out/` a user's earlier command left there). */
function workspace(): string {
    return copyExample('minimal', 'spbe-life-');
}

const initializeParams = (folder: string) => {
    const uri = pathToFileURL(folder).href;
    return { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }], capabilities: {} };
};

/** The error code a request fails with, or 'ok'; a request that gets no answer within 10 s fails the test. */
async function outcome(server: Server, method: string, params: unknown): Promise<number | 'ok'> {
    const answer = server.connection.sendRequest(method, params).then(() => 'ok' as const, (error: { code: number }) => error.code);
    const timeout = new Promise<'no answer'>(resolve => setTimeout(() => resolve('no answer'), 10_000));
    const result = await Promise.race([answer, timeout]);
    expect(result, `${method} must be answered`).not.toBe('no answer');
    return result as number | 'ok';
}

const hover = (folder: string) => ({ textDocument: { uri: pathToFileURL(join(folder, 'minimal.spbe')).href }, position: { line: 0, character: 0 } });

describe('lifecycle', () => {
    test('initialize with null params fails and leaves the server uninitialized; a proper initialize then works', async () => {
        const ws = workspace();
        const server = startServer(ws);
        expect(await outcome(server, 'initialize', null)).not.toBe('ok');
        expect(await outcome(server, 'textDocument/hover', hover(ws))).toBe(-32002);
        expect(await outcome(server, 'spbe/validateWorkspace', {})).toBe(-32002);
        expect(await outcome(server, 'initialize', initializeParams(ws))).toBe('ok');
        await server.connection.sendNotification('initialized', {});
        expect(await outcome(server, 'textDocument/hover', hover(ws))).toBe('ok');
    }, 60_000);

    test('a second initialize gets InvalidRequest; after shutdown every request does, and exit ends the process with 0', async () => {
        const ws = workspace();
        const server = startServer(ws);
        expect(await outcome(server, 'initialize', initializeParams(ws))).toBe('ok');
        await server.connection.sendNotification('initialized', {});
        expect(await outcome(server, 'initialize', initializeParams(ws))).toBe(-32600);
        expect(await outcome(server, 'textDocument/hover', hover(ws))).toBe('ok');
        expect(await outcome(server, 'shutdown', null)).toBe('ok');
        expect(await outcome(server, 'textDocument/hover', hover(ws))).toBe(-32600);
        expect(await outcome(server, 'spbe/validateWorkspace', {})).toBe(-32600);
        expect(await outcome(server, 'shutdown', null)).toBe(-32600);
        const exited = new Promise<number | null>(resolve => server.child.on('exit', code => resolve(code)));
        await server.connection.sendNotification('exit');
        expect(await exited).toBe(0);
    }, 60_000);
});

describe('frame limits', () => {
    for (const [name, header] of [['huge', '99999999999999999999'], ['above 64 MiB', String(64 * 1024 * 1024 + 1)], ['negative', '-5'], ['fraction', '2.5']]) {
        test(`Content-Length ${name}: one log line and exit 1`, async () => {
            const ws = workspace();
            const server = startServer(ws);
            const exited = new Promise<number | null>(resolve => server.child.on('exit', code => resolve(code)));
            server.child.stdin!.write(`Content-Length: ${header}\r\n\r\n{}`);
            expect(await exited).toBe(1);
            const lines = server.stderr.join('').trim().split('\n');
            expect(lines).toHaveLength(1);
            expect(lines[0]).toMatch(/^spbe lsp: malformed message from the client \(Content-Length/);
        }, 60_000);
    }

    test('a header without a blank line that grows past 8 KiB: exit 1', async () => {
        const server = startServer(workspace());
        const exited = new Promise<number | null>(resolve => server.child.on('exit', code => resolve(code)));
        server.child.stdin!.write('X'.repeat(9000));
        expect(await exited).toBe(1);
        expect(server.stderr.join('')).toMatch(/a header longer than 8192 bytes/);
    }, 60_000);

    test('a frame split across chunks, inside its header and its body, still gets through', async () => {
        const ws = workspace();
        const server = startServer(ws);
        const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: initializeParams(ws) });
        const frame = `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
        const answered = new Promise<void>(resolve => server.child.stdout!.once('data', () => resolve()));
        // Split inside the header and inside the body.
        server.child.stdin!.write(frame.slice(0, 7));
        server.child.stdin!.write(frame.slice(7, 40));
        server.child.stdin!.write(frame.slice(40));
        await answered;
        expect(server.child.exitCode).toBeNull();
    }, 60_000);
});
