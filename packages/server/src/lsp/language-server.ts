import { DocumentState } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { SourceFileSystem } from '../workspace/source-file-system.js';
import type { Connection } from 'vscode-languageserver';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { bundledFontFiles } from '../workspace/render-png.js';
import { createSpbeServices, type SpbeServices } from 'spbe-language';
import { FrameGuard } from './frame-guard.js';
import { initializeGate, type InitializeGate } from './initialize-gate.js';
import { OpenFolders } from './open-folders.js';
import { publishSummaries, registerEditorRequests, registerUseCaseRequests } from './request-handlers.js';
import { followClientSettings, reportUnreadableFolders } from './server-configuration.js';
import { guardInitialize } from './server-lifecycle.js';

export interface ServerOptions {
    /** Base URL of docs/diagnostics.md, so each diagnostic links its rule (the extension passes its bundled copy). */
    readonly docsBaseUrl?: string;
    /** Fonts for PNG export; a bundled server ships its own copy of DejaVu Sans. */
    readonly fontFiles?: string[];
    /** The lifecycle gate the connection was created with (`messageStrategy`); it opens only once initialize succeeded. */
    readonly gate?: InitializeGate;
}

/**
 * Starts the .spbe language server on a connection (stdio or IPC), with the project's requests:
 * the lifecycle gate, the client's settings, then the requests, whose handlers call the same use
 * cases (`spbe-server/src/use-cases`) as the CLI's commands.
 */
export function startSpbeLanguageServer(connection: Connection, options: ServerOptions = {}): SpbeServices {
    const { shared, Spbe } = createSpbeServices({ connection, ...SourceFileSystem });
    Spbe.spbe.Settings.docsBaseUrl = options.docsBaseUrl;
    const folders = new OpenFolders();
    const lifecycle = guardInitialize(shared, connection, options.gate);
    const settingsApplied = followClientSettings(connection, shared, Spbe, folders);
    reportUnreadableFolders(connection, shared, Spbe, settingsApplied);
    const context = { connection, shared, Spbe, lifecycle, folders, fontFiles: options.fontFiles };
    publishSummaries(context);
    registerEditorRequests(context);
    registerUseCaseRequests(context);
    // The findings lens counts a document's diagnostics: asked before they exist, it said "0 temuan".
    startLanguageServer(shared, { CodeLensProvider: DocumentState.Validated });
    return Spbe;
}

/**
 * The language server over stdin/stdout, for editors other than VS Code (`spbe lsp`). PNG export
 * uses `fontFiles` (DejaVu Sans, regular then bold: the CLI bundle's copy), else the DejaVu Sans
 * installed with the package. Nothing runs before `initialize`. A malformed
 * frame (a missing, non-numeric or over-64-MiB `Content-Length`, see `FrameGuard`) leaves the stream out of step for good, so the server
 * logs one line and exits with 1 for the editor to restart it; a body that is not JSON is logged
 * and skipped (the framing is still intact).
 */
export function startStdioLanguageServer(fontFiles: string[] = bundledFontFiles()): SpbeServices {
    // The guard checks each frame's Content-Length (a number, at most MaxFrameBytes) before
    // vscode-jsonrpc buffers the body; its error reaches `reader.onError` below.
    const reader = new StreamMessageReader(process.stdin.pipe(new FrameGuard()));
    reader.onError(error => {
        if (error instanceof SyntaxError) {
            process.stderr.write(`spbe lsp: ignored a message that is not JSON: ${error.message}\n`);
            return;
        }
        process.stderr.write(`spbe lsp: malformed message from the client (${error.message.split('\n')[0]}); exiting so that the editor can restart the server\n`);
        process.exit(1);
    });
    const gate = initializeGate();
    const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout), { messageStrategy: gate });
    return startSpbeLanguageServer(connection, { fontFiles, gate });
}
