import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { cliPath } from './run-cli.js';

/** A spawned `spbe lsp --stdio` process and the listening client side of its connection. */
export interface SpawnedServer {
    readonly child: ChildProcess;
    readonly connection: MessageConnection;
    /** What the server wrote to stderr so far. */
    readonly stderr: string[];
}

/** How to start `spbe`: the program and its first arguments (default: this Node.js running the repository's bin), and its environment. */
export interface SpbeCommand {
    readonly command: readonly [string, ...string[]];
    readonly env?: NodeJS.ProcessEnv;
    /** Run as this user and group (a test run by root that needs permissions to bite). */
    readonly uid?: number;
    readonly gid?: number;
}

/**
 * Spawns the real server binary in `cwd` and connects to it over stdio, without initializing it (for
 * lifecycle tests); requests from the server are answered with null unless `beforeListen` says otherwise.
 */
export function spawnServer(cwd: string, beforeListen?: (connection: MessageConnection) => void, spbe: SpbeCommand = { command: [process.execPath, cliPath] }): SpawnedServer {
    const stderr: string[] = [];
    const [program, ...args] = spbe.command;
    const child = spawn(program, [...args, 'lsp', '--stdio'], { cwd, env: spbe.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], uid: spbe.uid, gid: spbe.gid });
    child.stderr!.on('data', chunk => stderr.push(String(chunk)));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    beforeListen?.(connection);
    connection.onRequest(() => null);
    connection.listen();
    return { child, connection, stderr };
}

/** A running, initialized `spbe lsp --stdio` process and the client side of its connection. */
export interface ServerProcess extends SpawnedServer {
    readonly initialized: InitializeResult;
    /** shutdown, exit, and kill the process. */
    stop(): Promise<void>;
}

export interface ServerProcessOptions {
    /** The `spbe` section the client answers `workspace/configuration` with. */
    readonly configuration: Record<string, unknown>;
    /** Client capabilities under `textDocument`. */
    readonly textDocument?: Record<string, unknown>;
    /** Registers handlers (e.g. publishDiagnostics) before the connection listens. */
    readonly beforeListen?: (connection: MessageConnection) => void;
    /** Another `spbe` than the repository's bin (an installed one). */
    readonly spbe?: SpbeCommand;
    /**
     * The client's process id sent in `initialize` (default: this process). The server exits when it
     * cannot signal that process, so a server run as another user needs `null`.
     */
    readonly processId?: number | null;
}

/**
 * Starts the real server binary over stdio in `folder`, as an editor would: initialize with the folder
 * as the only workspace folder, `initialized`, then resolves once the first workspace validation has
 * been announced (`spbe/validationSummary`).
 */
export async function startServerProcess(folder: string, options: ServerProcessOptions): Promise<ServerProcess> {
    let validated: Promise<void> = Promise.resolve();
    const { child, connection, stderr } = spawnServer(folder, c => {
        c.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.configuration));
        options.beforeListen?.(c);
        validated = new Promise<void>(resolve => c.onNotification('spbe/validationSummary', () => resolve()));
    }, options.spbe);
    const uri = pathToFileURL(folder).href;
    const initialized: InitializeResult = await connection.sendRequest('initialize', {
        processId: options.processId === undefined ? process.pid : options.processId, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }],
        capabilities: { workspace: { workspaceFolders: true, configuration: true, didChangeWatchedFiles: { dynamicRegistration: false } }, textDocument: options.textDocument ?? {} }
    });
    await connection.sendNotification('initialized', {});
    await validated;
    return {
        child, connection, stderr, initialized,
        async stop() {
            // A connection the server already closed throws at once rather than rejecting.
            await Promise.resolve().then(() => connection.sendRequest('shutdown')).catch(() => undefined);
            await Promise.resolve().then(() => connection.sendNotification('exit')).catch(() => undefined);
            child.kill();
        }
    };
}

/**
 * Servers spawned by one test file, all disposed and killed by `stopAll` (call it from `afterEach`),
 * so a failing test never leaves a process behind.
 */
export function serverPool(): { start(cwd: string): SpawnedServer; stopAll(): void } {
    const servers: SpawnedServer[] = [];
    return {
        start(cwd) {
            const server = spawnServer(cwd);
            servers.push(server);
            return server;
        },
        stopAll() {
            for (const server of servers.splice(0)) {
                server.connection.dispose();
                server.child.kill();
            }
        }
    };
}
