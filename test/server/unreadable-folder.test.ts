import { chmodSync, copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, expect, test } from 'vitest';
import { ErrorCodes, ResponseError, type Diagnostic } from 'vscode-languageserver-protocol';
import { tempWorkspace } from '../helpers/temp-workspace.js';
import { until } from '../helpers/until.js';
import { startServerProcess, type ServerProcess, type SpbeCommand } from '../helpers/server-process.js';
import { cliPath } from '../helpers/run-cli.js';
import { URI } from 'langium';
import { unreadableFolderSentence } from '../../packages/server/src/lsp/server-configuration.js';

/**
 * A workspace folder the server cannot list (no permission) is named to the user in words, in the
 * language the client chose, once, and the rest of the workspace is loaded and checked; Langium
 * printed a stack trace on stderr and said nothing to the user.
 */
const servers: ServerProcess[] = [];
const locked: string[] = [];
const removed: string[] = [];
afterEach(async () => {
    await Promise.all(servers.splice(0).map(s => s.stop()));
    // Readable again, so the temp folders can be removed.
    locked.splice(0).forEach(folder => chmodSync(folder, 0o755));
});
afterAll(() => removed.forEach(folder => rmSync(folder, { recursive: true, force: true })));

/**
 * How to run `spbe` so that a folder's permissions apply. Root reads every folder whatever its mode,
 * so as root the server runs as `nobody`; a private clone of the repository (mode 700, as `mktemp -d`
 * makes it) is out of that user's reach, hence a copy of this Node.js and of the CLI bundle (it needs
 * nothing else) in a folder anyone can read.
 */
function spbeThatPermissionsApply(): SpbeCommand {
    if (process.getuid?.() !== 0) {
        return { command: [process.execPath, cliPath] };
    }
    const copy = mkdtempSync(join(tmpdir(), 'spbe-unprivileged-'));
    removed.push(copy);
    chmodSync(copy, 0o755);
    const cli = dirname(dirname(cliPath));
    for (const part of ['bin', 'dist', 'package.json']) {
        cpSync(join(cli, part), join(copy, 'cli', part), { recursive: true });
    }
    copyFileSync(process.execPath, join(copy, 'node'));
    chmodSync(join(copy, 'node'), 0o755);
    return { command: [join(copy, 'node'), join(copy, 'cli', 'bin', 'cli.js')], uid: 65534, gid: 65534 };
}
const spbe = spbeThatPermissionsApply();

const opd = (code: string) => `opd ${code} "Dinas ${code}" {\n    pic "p"\n    probis P "Proses" {}\n}\n`;

/** A workspace with `opd/a.spbe` and `rahasia/b.spbe`, `rahasia` unreadable; the server's messages to the user once a.spbe is checked. */
async function start(configuration: Record<string, unknown>) {
    const workspace = tempWorkspace('spbe-unreadable-folder-', { 'opd/a.spbe': opd('A'), 'rahasia/b.spbe': opd('B') });
    removed.push(workspace);
    const folder = join(workspace, 'rahasia');
    // A temp folder is private to this user; the server may run as another one.
    chmodSync(workspace, 0o755);
    chmodSync(folder, 0o000);
    locked.push(folder);
    const messages: Array<{ type: number; message: string }> = [];
    const logged: string[] = [];
    const published = new Map<string, Diagnostic[]>();
    const server = await startServerProcess(workspace, {
        configuration,
        beforeListen: c => {
            c.onNotification('window/showMessage', (p: { type: number; message: string }) => messages.push(p));
            // A client with no handler for the request form answers with an error; a server that
            // sent it and did not expect that ended with an unhandled rejection.
            c.onRequest('window/showMessageRequest', () => new ResponseError(ErrorCodes.MethodNotFound, 'Unhandled method window/showMessageRequest'));
            c.onNotification('window/logMessage', (p: { message: string }) => logged.push(p.message));
            c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => published.set(p.uri, p.diagnostics));
        },
        spbe,
        // The server exits when it cannot signal the client's process (another user's).
        processId: spbe.uid === undefined ? process.pid : null
    });
    servers.push(server);
    const a = pathToFileURL(join(workspace, 'opd/a.spbe')).href;
    await until(() => published.has(a) && messages.length > 0, 'the findings of opd/a.spbe and a message to the user', () => [messages, [...published.keys()], server.stderr.join('')], 20_000);
    return { folder, messages, logged, published, server };
}

test('an unreadable folder is a warning naming it and why; the other files are checked', async () => {
    const { folder, messages, logged, published, server } = await start({ locale: 'id' });
    const text = `SPBE: Folder ${folder} tidak dapat dibaca: izin ditolak (EACCES). Berkas .spbe di dalamnya tidak diperiksa; periksa izin folder itu.`;
    // LSP MessageType 2: Warning.
    expect(messages).toEqual([{ type: 2, message: text }]);
    expect(logged).toContain(text);
    expect([...published.keys()].some(uri => uri.includes('rahasia'))).toBe(false);
    expect(server.stderr.join('')).not.toMatch(/Failure to read|at .*\(.*:\d+:\d+\)/);
    // Still answering.
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: [...published.keys()].find(uri => uri.endsWith('opd/a.spbe')) } });
    expect(symbols).toHaveLength(1);
});

test('the warning is in the language the client\'s settings choose, though the folders are listed before they are read', async () => {
    const { folder, messages } = await start({ locale: 'en' });
    expect(messages).toEqual([{ type: 2, message: `SPBE: Cannot read the folder ${folder}: permission denied (EACCES). The .spbe files in it are not checked; check its permissions.` }]);
});

test('a workspace folder that is not there, or is a file, is a wrong path: the advice says so, not permissions', () => {
    const folder = (code: string | undefined, message = 'x') => ({ uri: URI.file('/ruang kerja/opd'), code, message });
    expect(unreadableFolderSentence(folder('ENOENT'), 'id')).toBe('Folder /ruang kerja/opd tidak dapat dibaca: folder tidak ada (ENOENT). Periksa jalur folder workspace itu.');
    expect(unreadableFolderSentence(folder('ENOTDIR'), 'en')).toBe('Cannot read the folder /ruang kerja/opd: not a folder (ENOTDIR). Check the workspace folder\'s path.');
    expect(unreadableFolderSentence(folder('EPERM'), 'en')).toBe('Cannot read the folder /ruang kerja/opd: operation not permitted (EPERM). The .spbe files in it are not checked; check its permissions.');
    // An error with no known code: its own message.
    expect(unreadableFolderSentence(folder(undefined, 'disk gone'), 'en')).toBe('Cannot read the folder /ruang kerja/opd: disk gone. The .spbe files in it are not checked; check its permissions.');
});
