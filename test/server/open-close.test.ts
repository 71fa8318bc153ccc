import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import type { CodeLens, Diagnostic } from 'vscode-languageserver-protocol';
import { tempWorkspace } from '../helpers/temp-workspace.js';
import { until } from '../helpers/until.js';
import { spawnServer, startServerProcess, type ServerProcess } from '../helpers/server-process.js';

/**
 * The real server over stdio: what an editor's open and close do to the workspace, and the code
 * lens asked for while the server is still starting.
 */
const servers: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
    await Promise.all(servers.splice(0).map(s => s.stop()));
});

const owner = 'opd A "Dinas A" {\n    pic "a"\n    infrastruktur DC "Pusat Data" { jenis server }\n}\n';
const user = 'opd B "Dinas B" {\n    pic "b"\n    aplikasi Y "Y" { fungsi sektoral hosting A.DC }\n}\n';



/** The server on `folder` (Indonesian), with the diagnostics it publishes per URI and their codes. */
async function startWithDiagnostics(folder: string): Promise<{ server: ServerProcess; published: Map<string, Diagnostic[]>; codes: (uri: string) => string[] }> {
    const published = new Map<string, Diagnostic[]>();
    const server = await startServerProcess(folder, {
        configuration: { locale: 'id' },
        beforeListen: c => c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => published.set(p.uri, p.diagnostics))
    });
    servers.push(server);
    return { server, published, codes: uri => (published.get(uri) ?? []).map(d => String(d.code)) };
}

test('closing an edited file without saving brings back what is on disk, in every file that refers to it', async () => {
    const folder = tempWorkspace('spbe-open-close-', { 'opd/a.spbe': owner, 'opd/b.spbe': user });
    const { server, published, codes } = await startWithDiagnostics(folder);
    const a = pathToFileURL(join(folder, 'opd/a.spbe')).href;
    const b = pathToFileURL(join(folder, 'opd/b.spbe')).href;
    await until(() => published.has(b), 'the first diagnostics', () => Object.fromEntries(published));
    expect(codes(b)).not.toContain('unresolved-reference');

    // The user renames the data centre in the editor and never saves.
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: a, languageId: 'spbe', version: 1, text: owner } });
    await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: a, version: 2 }, contentChanges: [{ text: owner.replace('DC "Pusat Data"', 'DC_BARU "Pusat Data"') }]
    });
    await until(() => codes(b).includes('unresolved-reference'), 'the unsaved rename to break b', () => Object.fromEntries(published));

    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: a } });
    await until(() => !codes(b).includes('unresolved-reference'), 'b to follow the text on disk again', () => Object.fromEntries(published));
    // And the hover of the closed file reads the disk text too.
    const hover = await server.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: b }, position: { line: 2, character: user.split('\n')[2].indexOf('A.DC') + 2 }
    }) as { contents: { value: string } } | null;
    expect(hover?.contents.value).toContain('Pusat Data');
});

test('closing an untitled file takes its declarations out of the workspace', async () => {
    const folder = tempWorkspace('spbe-open-close-', { 'opd/b.spbe': user });
    const { server, published, codes } = await startWithDiagnostics(folder);
    const b = pathToFileURL(join(folder, 'opd/b.spbe')).href;
    await until(() => codes(b).includes('unresolved-reference'), 'b without A', () => Object.fromEntries(published));

    const untitled = 'untitled:Untitled-1';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'spbe', version: 1, text: owner } });
    await until(() => !codes(b).includes('unresolved-reference'), 'the untitled A to resolve b', () => Object.fromEntries(published));
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: untitled } });
    await until(() => codes(b).includes('unresolved-reference'), 'b without A again', () => Object.fromEntries(published));
    expect(published.get(untitled)).toEqual([]);
});

test('a code lens asked while the server is still starting waits for every check and counts the findings published; the editor is asked to refresh lenses once idle', async () => {
    // Enough files that the first build is still running when the lens is asked.
    const files: Record<string, string> = { 'opd/b.spbe': 'opd B "Dinas B" {\n    aplikasi Y "Y" { hosting A.DC }\n}\n' };
    for (let i = 0; i < 60; i++) {
        files[`opd/o${i}.spbe`] = `opd O${i} "Dinas ${i}" {\n    pic "p"\n${Array.from({ length: 40 }, (_, k) => `    probis P${k} "Proses ${k}" {}\n`).join('')}}\n`;
    }
    const folder = tempWorkspace('spbe-open-close-', files);
    const published = new Map<string, Diagnostic[]>();
    let refreshes = 0;
    let summaries = 0;
    const { connection, child } = spawnServer(folder, c => {
        // A slow answer: the file opened meanwhile is validated with the as-you-type checks first.
        c.onRequest('workspace/configuration', async (params: { items: unknown[] }) => {
            await new Promise(resolve => setTimeout(resolve, 1500));
            return params.items.map(() => ({ locale: 'id' }));
        });
        c.onRequest('workspace/codeLens/refresh', () => { refreshes++; return null; });
        c.onNotification('spbe/validationSummary', () => { summaries++; });
        c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => published.set(p.uri, p.diagnostics));
    });
    servers.push({ async stop() { connection.dispose(); child.kill(); } });
    const root = pathToFileURL(folder).href;
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }],
        capabilities: { workspace: { workspaceFolders: true, configuration: true, codeLens: { refreshSupport: true } }, textDocument: { codeLens: {} } }
    });
    await connection.sendNotification('initialized', {});
    const b = pathToFileURL(join(folder, 'opd/b.spbe')).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: b, languageId: 'spbe', version: 1, text: files['opd/b.spbe'] } });
    const findingsLens = async () => {
        const lenses = await connection.sendRequest('textDocument/codeLens', { textDocument: { uri: b } }) as CodeLens[];
        return lenses.map(l => l.command?.title ?? '').find(title => /temuan/.test(title));
    };
    // Asked before the start-up run of every check: answered once that run has validated the file
    // (not refused with -32803, not "0 temuan").
    const early = await findingsLens();
    await until(() => summaries > 0 && published.has(b), 'the start-up run', () => ({ summaries, published: [...published.keys()] }));
    expect(published.get(b)!.length).toBeGreaterThan(1);
    expect(early).toBe(`${published.get(b)!.length} temuan`);
    // Once idle after the build, the server asks the editor to refresh its lenses.
    await until(() => refreshes > 0, 'a refresh', () => ({ refreshes }));
    expect(await findingsLens()).toBe(`${published.get(b)!.length} temuan`);
});

test('files opened, changed and closed at once (untitled, or gone from disk) leave nothing behind and log nothing', async () => {
    const folder = tempWorkspace('spbe-open-close-', { 'opd/b.spbe': user });
    const { server, published, codes } = await startWithDiagnostics(folder);
    const b = pathToFileURL(join(folder, 'opd/b.spbe')).href;
    await until(() => codes(b).includes('unresolved-reference'), 'b without A', () => Object.fromEntries(published));
    const stderrBefore = server.stderr.join('').length;
    const uris = ['untitled:Untitled-2', pathToFileURL(join(folder, 'opd/never-saved.spbe')).href];
    for (const uri of uris) {
        void server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'spbe', version: 1, text: owner } });
        void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: owner + '\n' }] });
        void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    // A request after them is answered once they have been taken in: b still lacks A.
    await until(() => uris.every(uri => published.get(uri)?.length === 0) && codes(b).includes('unresolved-reference'),
        'the closed files to be gone', () => Object.fromEntries(published));
    await new Promise(resolve => setTimeout(resolve, 500));
    expect(codes(b)).toContain('unresolved-reference');
    expect(server.stderr.join('').slice(stderrBefore)).toBe('');
});

test('a client that never answers workspace/configuration still gets its findings and lenses, with the defaults, after the 5 s wait', async () => {
    const folder = tempWorkspace('spbe-open-close-', { 'opd/b.spbe': user });
    let summaries = 0;
    const { connection, child } = spawnServer(folder, c => {
        c.onRequest('workspace/configuration', () => new Promise(() => undefined));
        c.onNotification('spbe/validationSummary', () => { summaries++; });
    });
    servers.push({ async stop() { connection.dispose(); child.kill(); } });
    const root = pathToFileURL(folder).href;
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }],
        capabilities: { workspace: { workspaceFolders: true, configuration: true }, textDocument: { codeLens: {} } }
    });
    await connection.sendNotification('initialized', {});
    const b = pathToFileURL(join(folder, 'opd/b.spbe')).href;
    const lenses = await Promise.race([
        connection.sendRequest('textDocument/codeLens', { textDocument: { uri: b } }) as Promise<CodeLens[]>,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer to codeLens in 20 s')), 20_000))
    ]);
    // Indonesian (the default), counted once every check has run.
    expect(lenses.map(l => l.command?.title).find(title => /temuan/.test(title ?? ''))).toMatch(/^[1-9]\d* temuan$/);
    expect(summaries).toBeGreaterThan(0);
}, 30_000);
