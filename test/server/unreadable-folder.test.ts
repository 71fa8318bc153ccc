import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { tempWorkspace } from '../helpers/temp-workspace.js';
import { until } from '../helpers/until.js';
import { startServerProcess, type ServerProcess, type SpbeCommand } from '../helpers/server-process.js';
import { cliPath } from '../helpers/run-cli.js';

/**
 * A workspace folder the server cannot list (no permission) is named to the user in words, once,
 * and the rest of the workspace is loaded and checked; Langium printed a stack trace on stderr
 * and said nothing to the user.
 */
const servers: ServerProcess[] = [];
const folders: string[] = [];
afterEach(async () => {
    await Promise.all(servers.splice(0).map(s => s.stop()));
    // Readable again, so the temp folder can be removed by whoever cleans it.
    folders.splice(0).forEach(folder => chmodSync(folder, 0o755));
});

/** Root reads every folder whatever its mode: the server then runs as `nobody`, for the mode to bite. */
const asUnprivileged: Partial<SpbeCommand> = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

test('an unreadable folder is a warning naming it and why; the other files are checked', async () => {
    const opd = (code: string) => `opd ${code} "Dinas ${code}" {\n    pic "p"\n    probis P "Proses" {}\n}\n`;
    const workspace = tempWorkspace('spbe-unreadable-folder-', { 'opd/a.spbe': opd('A'), 'rahasia/b.spbe': opd('B') });
    const locked = join(workspace, 'rahasia');
    // A temp folder is private to this user; the server may run as another one.
    chmodSync(workspace, 0o755);
    chmodSync(locked, 0o000);
    folders.push(locked);

    const messages: Array<{ type: number; message: string }> = [];
    const published = new Map<string, Diagnostic[]>();
    const server = await startServerProcess(workspace, {
        configuration: { locale: 'id' },
        beforeListen: c => {
            // vscode-languageserver's showWarningMessage is the request form (it could offer actions).
            c.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
                messages.push({ type: p.type, message: p.message });
                return null;
            });
            c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => published.set(p.uri, p.diagnostics));
        },
        spbe: { command: [process.execPath, cliPath], ...asUnprivileged }
    });
    servers.push(server);
    const a = pathToFileURL(join(workspace, 'opd/a.spbe')).href;
    await until(() => published.has(a), 'the findings of opd/a.spbe', () => [...published.keys()], 20_000);
    await until(() => messages.length > 0, 'a message to the user', () => [messages, server.stderr.join('')], 20_000);

    // LSP MessageType 2: Warning.
    expect(messages).toEqual([{
        type: 2,
        message: `SPBE: Folder ${locked} tidak dapat dibaca: izin ditolak (EACCES). Berkas .spbe di dalamnya tidak diperiksa; periksa izin folder itu.`
    }]);
    expect([...published.keys()].some(uri => uri.includes('rahasia'))).toBe(false);
    expect(server.stderr.join('')).not.toMatch(/Failure to read|at .*\(.*:\d+:\d+\)/);
});
