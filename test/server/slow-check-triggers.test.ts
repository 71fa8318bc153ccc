import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { tempWorkspace } from '../helpers/temp-workspace.js';
import { until } from '../helpers/until.js';
import { spawnServer, startServerProcess, type ServerProcess } from '../helpers/server-process.js';

/**
 * The real server over stdio: the workspace-wide ("slow") checks follow every change that can alter
 * their findings in a file nobody edited (spec §5.5), not only an editor's save.
 */
const servers: ServerProcess[] = [];
afterEach(async () => {
    await Promise.all(servers.splice(0).map(s => s.stop()));
});

const opd = (code: string, name: string) => `opd ${code} "${name}" {\n    pic "p"\n    probis P "Proses" {}\n}\n`;
// FileChangeType of LSP: 1 created, 2 changed, 3 deleted.
const Created = 1, Changed = 2, Deleted = 3;



/**
 * The real server on a new workspace of `files` with `slowChecks`, once it has published every
 * file's findings of the start-up run; `codes` and `state` read what it published last.
 */
async function start(files: Record<string, string>, slowChecks: string) {
    const folder = tempWorkspace('spbe-slow-triggers-', files);
    const published = new Map<string, Diagnostic[]>();
    const publishes = new Map<string, number>();
    const server = await startServerProcess(folder, {
        configuration: { locale: 'id', validation: { slowChecks } },
        beforeListen: c => c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
            published.set(p.uri, p.diagnostics);
            publishes.set(p.uri, (publishes.get(p.uri) ?? 0) + 1);
        })
    });
    servers.push(server);
    const uri = (path: string) => pathToFileURL(join(folder, path)).href;
    const codes = (uri: string) => (published.get(uri) ?? []).map(d => String(d.code));
    const state = () => Object.fromEntries([...published].map(([uri, ds]) => [uri.slice(-12), ds.map(d => d.code)]));
    await until(() => Object.keys(files).every(path => published.has(uri(path))), 'the start-up run', state, 20_000);
    return { folder, server, codes, state, publishes, uri };
}

test('a file changed outside the editor (a git checkout) runs the slow checks in the files it did not change', async () => {
    const { folder, server, codes, state, uri } = await start({ 'opd/a.spbe': opd('A', 'Dinas A'), 'opd/b.spbe': opd('B', 'Dinas B') }, 'onSave');
    const a = uri('opd/a.spbe');
    const b = uri('opd/b.spbe');
    expect([...codes(a), ...codes(b)]).not.toContain('duplicate-name');

    // b now declares a second OPD A: a duplicate-name in both files, though only b changed.
    writeFileSync(join(folder, 'opd/b.spbe'), opd('A', 'Dinas B'));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: b, type: Changed }] });
    await until(() => codes(a).includes('duplicate-name') && codes(b).includes('duplicate-name'), 'the duplicate in both files', state, 20_000);

    // Deleted outside the editor: a's finding goes with it.
    rmSync(join(folder, 'opd/b.spbe'));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: b, type: Deleted }] });
    await until(() => !codes(a).includes('duplicate-name'), 'the duplicate to go', state, 20_000);

    // Created outside the editor: found again.
    const c = uri('opd/c.spbe');
    writeFileSync(join(folder, 'opd/c.spbe'), opd('A', 'Dinas C'));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: c, type: Created }] });
    await until(() => codes(a).includes('duplicate-name') && codes(c).includes('duplicate-name'), 'the duplicate with the new file', state, 20_000);
});

test('with slowChecks onType, an unsaved edit runs the slow checks in the files it did not change', async () => {
    const { server, codes, state, publishes, uri } = await start({ 'opd/a.spbe': opd('A', 'Dinas A'), 'opd/b.spbe': opd('B', 'Dinas B') }, 'onType');
    const a = uri('opd/a.spbe');
    const b = uri('opd/b.spbe');
    expect([...codes(a), ...codes(b)]).not.toContain('duplicate-name');

    // Opening a file with the text on disk changes nothing: no run of every check.
    const before = publishes.get(a);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: b, languageId: 'spbe', version: 1, text: opd('B', 'Dinas B') } });
    await new Promise(resolve => setTimeout(resolve, 1500));
    expect(publishes.get(a)).toBe(before);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: b, version: 2 }, contentChanges: [{ text: opd('A', 'Dinas B') }] });
    await until(() => codes(a).includes('duplicate-name') && codes(b).includes('duplicate-name'), 'the duplicate in both files', state, 20_000);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: b, version: 3 }, contentChanges: [{ text: opd('B', 'Dinas B') }] });
    await until(() => !codes(a).includes('duplicate-name') && !codes(b).includes('duplicate-name'), 'the duplicate to go from both', state, 20_000);
});

test('with slowChecks onSave, an unsaved edit keeps the other files\' slow findings until the save, then updates them', async () => {
    const { folder, server, codes, state, uri } = await start({ 'opd/a.spbe': opd('A', 'Dinas A'), 'opd/b.spbe': opd('A', 'Dinas B') }, 'onSave');
    const a = uri('opd/a.spbe');
    const b = uri('opd/b.spbe');
    await until(() => codes(a).includes('duplicate-name'), 'the duplicate at start-up', state, 20_000);

    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: b, languageId: 'spbe', version: 1, text: opd('A', 'Dinas B') } });
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: b, version: 2 }, contentChanges: [{ text: opd('B', 'Dinas B') }] });
    await new Promise(resolve => setTimeout(resolve, 1000));
    expect(codes(a)).toContain('duplicate-name');
    writeFileSync(join(folder, 'opd/b.spbe'), opd('B', 'Dinas B'));
    await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri: b } });
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: b, type: Changed }] });
    await until(() => !codes(a).includes('duplicate-name'), 'the duplicate to go after the save', state, 20_000);
});

test('with slowChecks onSave, file events the editor owns or that are not .spbe files run no check of the other files', async () => {
    const { folder, server, state, publishes, uri } = await start({ 'opd/a.spbe': opd('A', 'Dinas A'), 'opd/b.spbe': opd('B', 'Dinas B') }, 'onSave');
    const a = uri('opd/a.spbe');
    const b = uri('opd/b.spbe');
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: b, languageId: 'spbe', version: 1, text: opd('B', 'Dinas B') } });
    await new Promise(resolve => setTimeout(resolve, 1000));
    const before = publishes.get(a);

    // A document generated into the folder, and the disk copy of the open b (the editor's text wins).
    writeFileSync(join(folder, 'arsitektur.docx'), 'x');
    writeFileSync(join(folder, 'opd/b.spbe'), opd('A', 'Dinas B'));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(join(folder, 'arsitektur.docx')).href, type: Created }, { uri: b, type: Changed }]
    });
    await new Promise(resolve => setTimeout(resolve, 1500));
    expect(publishes.get(a)).toBe(before);
    expect(state()[a.slice(-12)]).not.toContain('duplicate-name');
});

test('a save by renaming and writing anew (deleted, then created, in one batch) keeps the file; a file open in an editor and deleted on disk keeps the editor\'s text', async () => {
    const { folder, server, codes, state, uri } = await start({ 'opd/a.spbe': opd('A', 'Dinas A'), 'opd/b.spbe': opd('B', 'Dinas B'), 'opd/c.spbe': opd('C', 'Dinas C') }, 'onSave');
    const a = uri('opd/a.spbe');
    const b = uri('opd/b.spbe');
    const c = uri('opd/c.spbe');

    writeFileSync(join(folder, 'opd/b.spbe'), opd('A', 'Dinas B'));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: b, type: Deleted }, { uri: b, type: Created }] });
    await until(() => codes(a).includes('duplicate-name') && codes(b).includes('duplicate-name'), 'the duplicate in both files', state, 20_000);

    // c is open with unsaved text declaring A too; its file is deleted on disk.
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: c, languageId: 'spbe', version: 1, text: opd('A', 'Dinas C') } });
    rmSync(join(folder, 'opd/c.spbe'));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: c, type: Deleted }] });
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: c } }) as Array<{ name: string }>;
    expect(symbols.map(s => s.name)).toContain('A'); // the editor's text (the disk said C)
});

test('watched paths in any spelling or form: percent-encoded or not, a folder moved in; .history copies and empty URIs are not the workspace', async () => {
    const { folder, server, codes, state, publishes, uri } = await start({ 'opd/a.spbe': opd('A', 'Dinas A') }, 'onSave');
    const a = uri('opd/a.spbe');
    const watched = (changes: Array<{ uri: string; type: number }>) => server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });

    // Not the workspace: a Local History copy, an empty URI, the disk's root.
    writeFileSync(join(folder, 'opd/a-copy.txt'), '');
    mkdirSync(join(folder, '.history/opd'), { recursive: true });
    writeFileSync(join(folder, '.history/opd/a_20240101.spbe'), opd('A', 'Salinan'));
    const before = publishes.get(a);
    await watched([{ uri: pathToFileURL(join(folder, '.history/opd/a_20240101.spbe')).href, type: Created }, { uri: '', type: Changed }, { uri: 'file://', type: Deleted }]);
    await new Promise(resolve => setTimeout(resolve, 1500));
    expect(publishes.get(a)).toBe(before);
    expect(codes(a)).not.toContain('duplicate-name');
    expect([...publishes.keys()].some(uri => uri.includes('.history'))).toBe(false);

    // `b(1).spbe` as Node spells it (vscode-uri writes `b%281%29.spbe`).
    const odd = join(folder, 'opd/b(1).spbe');
    writeFileSync(odd, opd('A', 'Dinas B'));
    const raw = `${pathToFileURL(join(folder, 'opd')).href}/b(1).spbe`;
    await watched([{ uri: raw, type: Created }]);
    await until(() => codes(a).includes('duplicate-name'), 'the duplicate with b(1)', state, 20_000);
    rmSync(odd);
    await watched([{ uri: raw, type: Deleted }]);
    await until(() => !codes(a).includes('duplicate-name'), 'the duplicate to go with b(1)', state, 20_000);

    // A folder moved in, reported as one event.
    mkdirSync(join(folder, 'opd/baru'));
    writeFileSync(join(folder, 'opd/baru/b.spbe'), opd('A', 'Dinas Baru'));
    await watched([{ uri: pathToFileURL(join(folder, 'opd/baru')).href, type: Created }]);
    await until(() => codes(a).includes('duplicate-name'), 'the duplicate with the folder moved in', state, 20_000);
});

test('slowChecks off drops the slow findings and keeps them out; "Validate Workspace" still runs every check', async () => {
    const { server, codes, state, uri } = await start({ 'opd/a.spbe': opd('A', 'Dinas A'), 'opd/b.spbe': opd('A', 'Dinas B') }, 'onSave');
    const a = uri('opd/a.spbe');
    await until(() => codes(a).includes('duplicate-name'), 'the duplicate at start-up', state, 20_000);

    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { spbe: { locale: 'id', validation: { slowChecks: 'off' } } } });
    await until(() => !codes(a).includes('duplicate-name'), 'the slow finding to go with off', state, 20_000);
    const summary = await server.connection.sendRequest('spbe/validateWorkspace') as { errors: number };
    expect(summary.errors).toBeGreaterThanOrEqual(2);
    await until(() => codes(a).includes('duplicate-name'), 'every check on request', state, 20_000);
});

test('closing an editor of a file outside the workspace, or an untitled one, takes its declarations out and runs the slow checks', async () => {
    const elsewhere = tempWorkspace('spbe-downloads-', { 'a-lama.spbe': opd('A', 'Dinas A lama') });
    const { server, codes, state, uri } = await start({ 'opd/a.spbe': opd('A', 'Dinas A') }, 'onSave');
    const a = uri('opd/a.spbe');

    for (const other of [pathToFileURL(join(elsewhere, 'a-lama.spbe')).href, 'untitled:Untitled-1']) {
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'spbe', version: 1, text: opd('A', 'Dinas A lama') } });
        await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri: other } });
        await until(() => codes(a).includes('duplicate-name'), `the duplicate with ${other}`, state, 20_000);
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: other } });
        await until(() => !codes(a).includes('duplicate-name') && (state()[other.slice(-12)] ?? []).length === 0, `the duplicate to go with ${other}`, state, 20_000);
    }
});

test.each(['editor first', 'watcher first'])('with slowChecks onSave, a git checkout that an open, unmodified editor reloads runs the slow checks (%s)', async order => {
    const { folder, server, codes, state, uri } = await start({ 'opd/a.spbe': opd('A', 'Dinas A'), 'opd/b.spbe': opd('B', 'Dinas B') }, 'onSave');
    const a = uri('opd/a.spbe');
    const b = uri('opd/b.spbe');
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: b, languageId: 'spbe', version: 1, text: opd('B', 'Dinas B') } });

    writeFileSync(join(folder, 'opd/b.spbe'), opd('A', 'Dinas B'));
    const reload = () => server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: b, version: 2 }, contentChanges: [{ text: opd('A', 'Dinas B') }] });
    const watcher = () => server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: b, type: Changed }] });
    if (order === 'editor first') {
        await reload();
        await watcher();
    } else {
        await watcher();
        await new Promise(resolve => setTimeout(resolve, 200));
        await reload();
    }
    await until(() => codes(a).includes('duplicate-name') && codes(b).includes('duplicate-name'), 'the duplicate in both files', state, 20_000);
});

test('a workspace folder added after start-up is loaded and checked with the others; removed, its files leave', async () => {
    const { server, codes, state, uri } = await start({ 'opd/a.spbe': opd('A', 'Dinas A') }, 'onSave');
    const a = uri('opd/a.spbe');
    const second = tempWorkspace('spbe-second-folder-', { 'opd/b.spbe': opd('A', 'Dinas B') });
    const folder = { uri: pathToFileURL(second).href, name: 'kedua' };
    await server.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
    await until(() => codes(a).includes('duplicate-name'), 'the duplicate with the added folder', state, 20_000);
    await server.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
    await until(() => !codes(a).includes('duplicate-name'), 'the duplicate to go with the folder', state, 20_000);
});

test('a deleted folder leaves the files open in editors; a file replaced by a folder of its name is read as a folder; symbolic links are skipped, as at start-up', async () => {
    const { folder, server, codes, state, uri } = await start({ 'opd/a.spbe': opd('A', 'Dinas A'), 'sub/b.spbe': opd('B', 'Dinas B'), 'x.spbe': opd('X', 'Dinas X') }, 'onSave');
    const a = uri('opd/a.spbe');
    const watched = (changes: Array<{ uri: string; type: number }>) => server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });

    // sub/b.spbe is open (declaring A, unsaved) when its folder is deleted.
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('sub/b.spbe'), languageId: 'spbe', version: 1, text: opd('A', 'Dinas B') } });
    rmSync(join(folder, 'sub'), { recursive: true });
    await watched([{ uri: uri('sub'), type: Deleted }]);
    await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri: uri('sub/b.spbe') } });
    await until(() => codes(a).includes('duplicate-name') && codes(uri('sub/b.spbe')).includes('duplicate-name'), 'the open file to stay', state, 20_000);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri('sub/b.spbe') } });
    await until(() => !codes(a).includes('duplicate-name'), 'the closed file to go with its folder', state, 20_000);

    // x.spbe becomes a folder holding a file that declares A.
    rmSync(join(folder, 'x.spbe'));
    mkdirSync(join(folder, 'x.spbe'));
    writeFileSync(join(folder, 'x.spbe/in.spbe'), opd('A', 'Dinas X'));
    await watched([{ uri: uri('x.spbe'), type: Deleted }, { uri: uri('x.spbe'), type: Created }]);
    await until(() => codes(a).includes('duplicate-name') && codes(uri('x.spbe/in.spbe')).includes('duplicate-name'), 'the file in the new folder', state, 20_000);
    expect(codes(uri('x.spbe'))).toEqual([]);
    rmSync(join(folder, 'x.spbe'), { recursive: true });
    await watched([{ uri: uri('x.spbe'), type: Deleted }]);
    await until(() => !codes(a).includes('duplicate-name'), 'the folder to go', state, 20_000);

    // A link to a file outside the workspace, created: skipped like at start-up and in the CLI.
    const outside = tempWorkspace('spbe-outside-', { 'luar.spbe': opd('A', 'Di luar') });
    symlinkSync(join(outside, 'luar.spbe'), join(folder, 'opd/tautan.spbe'));
    await watched([{ uri: uri('opd/tautan.spbe'), type: Created }]);
    await new Promise(resolve => setTimeout(resolve, 1500));
    expect(codes(a)).not.toContain('duplicate-name');
    expect(Object.keys(state())).not.toContain('/tautan.spbe');
});

test('a client that names only rootUri gets the files of that folder, as with workspaceFolders', async () => {
    const folder = tempWorkspace('spbe-root-uri-', { 'opd/a.spbe': opd('A', 'Dinas A'), 'opd/b.spbe': opd('A', 'Dinas B') });
    const published = new Map<string, Diagnostic[]>();
    const { connection, child } = spawnServer(folder, c => {
        c.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ locale: 'id' })));
        c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => published.set(p.uri, p.diagnostics));
    });
    servers.push({ child, connection, stop: async () => { connection.dispose(); child.kill(); } } as unknown as ServerProcess);
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {} });
    await connection.sendNotification('initialized', {});
    const a = pathToFileURL(join(folder, 'opd/a.spbe')).href;
    await until(() => (published.get(a) ?? []).some(d => d.code === 'duplicate-name'), 'the duplicate', () => Object.fromEntries(published), 20_000);
});
