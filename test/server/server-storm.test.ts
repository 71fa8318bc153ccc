import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CancellationTokenSource, type MessageConnection } from 'vscode-jsonrpc/node';
import { copyExample } from '../helpers/copy-sources.mjs';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { repoRoot } from '../helpers/run-cli.js';

/**
 * The language server as a process, driven over stdio by a scripted client: a storm of edits,
 * requests nobody should send, cancellations, files changing on disk behind its back, a workspace
 * folder removed. It must stay alive, answer every request, and not grow while edits repeat.
 */
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

function rssMb(pid: number): number {
    const status = readFileSync(`/proc/${pid}/status`, 'utf-8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

describe('the language server process under abuse', () => {
    let child: ChildProcess;
    let connection: MessageConnection;
    let folder: string;
    const stderr: string[] = [];
    const answered = { results: 0, errors: 0 };
    let sent = 0;

    const request = async (method: string, params: unknown, token?: CancellationTokenSource): Promise<unknown> => {
        sent++;
        try {
            const result = await (token ? connection.sendRequest(method, params, token.token) : connection.sendRequest(method, params));
            answered.results++;
            return result;
        } catch (error) {
            // A proper LSP error (cancelled, invalid params…) is an answer; a dead connection is not.
            if (typeof (error as { code?: unknown }).code === 'number') {
                answered.errors++;
                return undefined;
            }
            throw error;
        }
    };

    let server: ServerProcess;

    beforeAll(async () => {
        folder = copyExample('kota-kediri', 'spbe-storm-');
        server = await startServerProcess(folder, { configuration: { validation: { slowChecks: 'onType' } }, textDocument: { hover: {}, completion: {} } });
        ({ child, connection } = server);
        server.child.stderr!.on('data', chunk => stderr.push(String(chunk)));
    }, 120_000);

    afterAll(async () => {
        await server?.stop();
    });

    test('10,000 edits at about 1,000 a second among hostile requests: alive, every request answered, no leak', async () => {
        const file = join(folder, 'opd/diskominfo.spbe');
        const uri = pathToFileURL(file).href;
        const original = readFileSync(file, 'utf-8');
        // The line of `aplikasi SURGA` (0-based), found rather than fixed, so the example can grow.
        const surgaLine = original.split('\n').findIndex(l => l.includes('aplikasi SURGA'));
        const other = pathToFileURL(join(folder, 'opd/dinsos.spbe')).href;
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'spbe', version: 1, text: original } });
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'spbe', version: 1, text: readFileSync(join(folder, 'opd/dinsos.spbe'), 'utf-8') } });
        let version = 1;
        const edit = (i: number) => {
            version++;
            // Alternately a valid change and a broken one; the same two texts over and over.
            const text = i % 2 === 0 ? original.replace('"Sistem Informasi Pengaduan Warga"', `"Sistem Informasi Pengaduan Warga ${i % 7}"`) : `${original.slice(0, 2000)} {{ "tak selesai`;
            return connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
        };
        const pending: Array<Promise<unknown>> = [];
        const hostileRequests = (i: number) => {
            pending.push(request('textDocument/hover', { textDocument: { uri }, position: { line: 99_999, character: 99_999 } }));
            pending.push(request('textDocument/hover', { textDocument: { uri: 'file:///tidak/ada.spbe' }, position: { line: 0, character: 0 } }));
            pending.push(request('textDocument/completion', { textDocument: { uri }, position: { line: i % 200, character: -5 } }));
            pending.push(request('textDocument/documentSymbol', { textDocument: { uri } }));
            pending.push(request('textDocument/definition', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 1, character: 1 } }));
            pending.push(request('spbe/preview', { view: 'opd', opd: 'DISKOMINFO' }));
            pending.push(request('spbe/elementAt', { uri, line: i % 300, character: 8 }));
            const cancelled = new CancellationTokenSource();
            pending.push(request('textDocument/references', { textDocument: { uri }, position: { line: surgaLine, character: 16 }, context: { includeDeclaration: true } }, cancelled));
            cancelled.cancel();
        };

        // The first 100 edits carry the same mix of requests, so one-time costs (loading the layout
        // engine for the preview) are in the baseline and only growth is measured.
        for (let i = 0; i < 100; i++) {
            await edit(i);
            if (i === 50) {
                hostileRequests(i);
            }
        }
        await request('textDocument/hover', { textDocument: { uri }, position: { line: surgaLine, character: 16 } });
        // Both figures are taken once the server has been idle for a moment (it collects garbage
        // 2 s after its last build). With slowChecks onType every edit is followed by a run of
        // every check, which can still be going after the last edit: idle means nothing published
        // for 2 s, then 3 s more.
        let lastPublished = Date.now();
        connection.onNotification('textDocument/publishDiagnostics', () => { lastPublished = Date.now(); });
        const settled = async () => {
            const deadline = Date.now() + 60_000;
            while (Date.now() - lastPublished < 2000 && Date.now() < deadline) {
                await sleep(200);
            }
            await sleep(3000);
        };
        await settled();
        const rssAfter100 = rssMb(child.pid!);

        const started = Date.now();
        for (let i = 100; i < 10_000; i++) {
            await edit(i);
            if (i % 10 === 0) {
                await sleep(10);
            }
            if (i % 500 === 0) {
                hostileRequests(i);
            }
            if (i === 3000) {
                // Files changed on disk behind the server's back: created, deleted, renamed.
                writeFileSync(join(folder, 'opd/baru.spbe'), 'opd BARU "OPD Baru" { pic "PIC" }\n');
                rmSync(join(folder, 'opd/setwan.spbe'));
                renameSync(join(folder, 'opd/dkpp.spbe'), join(folder, 'opd/dkpp-lama.spbe'));
                await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [
                    { uri: pathToFileURL(join(folder, 'opd/baru.spbe')).href, type: 1 },
                    { uri: pathToFileURL(join(folder, 'opd/setwan.spbe')).href, type: 3 },
                    { uri: pathToFileURL(join(folder, 'opd/dkpp.spbe')).href, type: 3 },
                    { uri: pathToFileURL(join(folder, 'opd/dkpp-lama.spbe')).href, type: 1 }
                ] });
            }
            if (i === 5000) {
                await connection.sendNotification('textDocument/didClose', { textDocument: { uri: other } });
                pending.push(request('textDocument/hover', { textDocument: { uri: other }, position: { line: 3, character: 5 } }));
                pending.push(request('textDocument/formatting', { textDocument: { uri: other }, options: { tabSize: 4, insertSpaces: true } }));
            }
            if (i === 7000) {
                mkdirSync(join(folder, 'kosong'), { recursive: true });
                await connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(join(folder, 'kosong')).href, name: 'kosong' }], removed: [] } });
                await connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: pathToFileURL(join(folder, 'kosong')).href, name: 'kosong' }] } });
            }
        }
        const editSeconds = (Date.now() - started) / 1000;
        await edit(0);
        await Promise.all(pending);
        // Once the storm is over the server catches up and answers with content again.
        let hover: { contents: { value: string } } | null = null;
        for (let tries = 0; tries < 50 && !hover?.contents?.value; tries++) {
            await sleep(200);
            hover = await request('textDocument/hover', { textDocument: { uri }, position: { line: surgaLine, character: 16 } }) as typeof hover;
        }
        expect(hover?.contents.value).toMatch(/SURGA/);
        await settled();
        const rssAfter10k = rssMb(child.pid!);

        expect(child.exitCode).toBeNull();
        expect(answered.results + answered.errors).toBe(sent);
        expect(stderr.join('')).not.toMatch(/TypeError|RangeError|Unhandled|FATAL/);
        const figures = { edits: 10_000, editSeconds, editsPerSecond: Math.round(9_900 / editSeconds), storm: '9,900 edits after the first 100', requests: sent, results: answered.results, errors: answered.errors,
            rssAfter100Mb: Math.round(rssAfter100), rssAfter10kMb: Math.round(rssAfter10k), ratio: Number((rssAfter10k / rssAfter100).toFixed(2)) };
        mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
        writeFileSync(join(repoRoot, 'test-results', 'server-storm.json'), `${JSON.stringify(figures, null, 2)}\n`);
        console.log(`server storm: ${JSON.stringify(figures)}`);
        expect(rssAfter10k).toBeLessThanOrEqual(rssAfter100 * 1.5);
    }, 300_000);
});
