import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { tempWorkspace } from '../helpers/temp-workspace.js';
import { until } from '../helpers/until.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

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



async function start(folder: string, slowChecks: string) {
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
    const codes = (uri: string) => (published.get(uri) ?? []).map(d => String(d.code));
    const state = () => Object.fromEntries([...published].map(([uri, ds]) => [uri.slice(-12), ds.map(d => d.code)]));
    return { server, codes, state, publishes };
}

test('a file changed outside the editor (a git checkout) runs the slow checks in the files it did not change', async () => {
    const folder = tempWorkspace('spbe-slow-triggers-', { 'opd/a.spbe': opd('A', 'Dinas A'), 'opd/b.spbe': opd('B', 'Dinas B') });
    const { server, codes, state } = await start(folder, 'onSave');
    const a = pathToFileURL(join(folder, 'opd/a.spbe')).href;
    const b = pathToFileURL(join(folder, 'opd/b.spbe')).href;
    await until(() => state()[a.slice(-12)] !== undefined && state()[b.slice(-12)] !== undefined, 'the start-up run', state, 20_000);
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
    const c = pathToFileURL(join(folder, 'opd/c.spbe')).href;
    writeFileSync(join(folder, 'opd/c.spbe'), opd('A', 'Dinas C'));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: c, type: Created }] });
    await until(() => codes(a).includes('duplicate-name') && codes(c).includes('duplicate-name'), 'the duplicate with the new file', state, 20_000);
});

test('with slowChecks onType, an unsaved edit runs the slow checks in the files it did not change', async () => {
    const folder = tempWorkspace('spbe-slow-triggers-', { 'opd/a.spbe': opd('A', 'Dinas A'), 'opd/b.spbe': opd('B', 'Dinas B') });
    const { server, codes, state, publishes } = await start(folder, 'onType');
    const a = pathToFileURL(join(folder, 'opd/a.spbe')).href;
    const b = pathToFileURL(join(folder, 'opd/b.spbe')).href;
    await until(() => state()[a.slice(-12)] !== undefined && state()[b.slice(-12)] !== undefined, 'the start-up run', state, 20_000);
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
    const folder = tempWorkspace('spbe-slow-triggers-', { 'opd/a.spbe': opd('A', 'Dinas A'), 'opd/b.spbe': opd('A', 'Dinas B') });
    const { server, codes, state } = await start(folder, 'onSave');
    const a = pathToFileURL(join(folder, 'opd/a.spbe')).href;
    const b = pathToFileURL(join(folder, 'opd/b.spbe')).href;
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
    const folder = tempWorkspace('spbe-slow-triggers-', { 'opd/a.spbe': opd('A', 'Dinas A'), 'opd/b.spbe': opd('B', 'Dinas B') });
    const { server, state, publishes } = await start(folder, 'onSave');
    const a = pathToFileURL(join(folder, 'opd/a.spbe')).href;
    const b = pathToFileURL(join(folder, 'opd/b.spbe')).href;
    await until(() => state()[a.slice(-12)] !== undefined, 'the start-up run', state, 20_000);
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
