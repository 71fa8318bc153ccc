import { DocumentState, URI } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { SourceFileSystem } from '../workspace/source-file-system.js';
import { ErrorCodes, LSPErrorCodes, ResponseError, type Connection, type RequestType } from 'vscode-languageserver';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { bundledFontFiles } from '../workspace/render-png.js';
import { idleCollector } from './idle-gc.js';
import { DiagramFormats, type DiagramSpec } from 'spbe-generators';
import { generateRoadmap, RoadmapFormats, type OutputFile } from 'spbe-generators';
import type { SpbeModel } from 'spbe-model';
import { exportDiagram } from '../workspace/export-diagram.js';
import {
    BuiltinContentRequest, CompareRevisionRequest, OpdDependenciesRequest, type GenerateResult, ElementAtRequest, DiagramChoicesRequest, ExportDiagramRequest, PreviewRequest, ExportInventoryRequest, ImportInventoryRequest, InventoryOpdsRequest, GenerateRoadmapRequest, InitWorkspaceRequest, ValidateWorkspaceRequest, ValidationSummaryNotification
} from './protocol.js';
import { createSpbeServices, type SpbeServices } from 'spbe-language';
import type { SlowChecksMode } from 'spbe-language';
import { toLocale } from 'spbe-model';
import { diffHtml } from 'spbe-generators';
import { isEmptyDiff } from 'spbe-generators';
import { diffWorkspaces } from '../workspace/diff-workspaces.js';
import { elementIdAt, findingsByElement } from 'spbe-language';
import { opdDependencies } from 'spbe-language';
import { buildPreviewPayload } from 'spbe-generators';
import { formatProblem } from '../inventory/import-problems.js';
import { exportInventory, InventoryFormats } from 'spbe-generators';
import { parseCsvSeparator } from 'spbe-generators';
import { importInventory, keptSheetMessage, opdCodesIn, readInventoryFiles } from '../inventory/import-inventory.js';
import { writeOutputs } from '../workspace/write-outputs.js';
import { FrameGuard } from './frame-guard.js';
import { initializeGate, InvalidRequestMethod, NotInitializedMethod, type InitializeGate } from './initialize-gate.js';
import { OpenFolders } from './open-folders.js';
import { checkDiagramSpec, checkFileList, checkFormats, checkRoadmapFilters } from '../use-cases/request-checks.js';
import { scaffoldWorkspace } from '../workspace/scaffold-workspace.js';
import { UserError } from '../workspace/user-error.js';

const notInitialized = () => new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized: send initialize first.');
const invalidRequest = (method: unknown) => new ResponseError(ErrorCodes.InvalidRequest,
    method === 'initialize' ? 'The server is already initialized: initialize is accepted once.' : `The server is shut down: only exit is accepted (got ${String(method)}).`);

export interface ServerOptions {
    /** Base URL of docs/diagnostics.md, so each diagnostic links its rule (the extension passes its bundled copy). */
    readonly docsBaseUrl?: string;
    /** Fonts for PNG export; a bundled server ships its own copy of DejaVu Sans. */
    readonly fontFiles?: string[];
    /** The lifecycle gate the connection was created with (`messageStrategy`); it opens only once initialize succeeded. */
    readonly gate?: InitializeGate;
}

/** Starts the .spbe language server on a connection (stdio or IPC), with the project's requests. */
export function startSpbeLanguageServer(connection: Connection, options: ServerOptions = {}): SpbeServices {
    const { shared, Spbe } = createSpbeServices({ connection, ...SourceFileSystem });
    const settings = Spbe.spbe.Settings;
    const validation = Spbe.spbe.WorkspaceValidation;
    settings.docsBaseUrl = options.docsBaseUrl;
    let clientLocale: string | undefined;
    // Every project request checks this too, in case the connection was made without `initializeGate`.
    let initialized = false;
    let folderEvents = false;
    const folders = new OpenFolders();
    // A full validation that fails (a bug) is shown to the user, never mistaken for a clean workspace;
    // requests that need it (generate, validate) answer with an LSP error instead.
    const validateInBackground = () => {
        validation.validateAll().catch((error: unknown) => {
            const text = `SPBE: ${settings.locale === 'en' ? 'validating the workspace failed (internal error)' : 'validasi workspace gagal (galat internal)'}: ${(error as Error)?.message ?? String(error)}`;
            connection.console.error(text);
            void connection.window.showErrorMessage(text);
        });
    };
    let initialLocale: 'id' | 'en' = settings.locale;

    // Only an initialize that returns its result opens the gate: one that throws (e.g. `null`
    // params) leaves the server uninitialized, and the client may try again.
    const languageServer = shared.lsp.LanguageServer;
    const initialize = languageServer.initialize.bind(languageServer);
    languageServer.initialize = async params => {
        try {
            if (typeof params !== 'object' || params === null || typeof params.capabilities !== 'object' || params.capabilities === null) {
                throw new ResponseError(ErrorCodes.InvalidParams, 'initialize needs InitializeParams with a capabilities object.');
            }
            const result = await initialize(params);
            initialized = true;
            options.gate?.succeeded();
            return result;
        } catch (error) {
            options.gate?.failed();
            throw error;
        }
    };

    languageServer.onInitialize(params => {
        folders.initialize(params);
        folderEvents = Boolean(params.capabilities.workspace?.workspaceFolders);
        clientLocale = params.locale;
        const options = params.initializationOptions as { docsBaseUrl?: string; locale?: string } | undefined;
        // The VS Code extension sends the resolved `spbe.locale` (Indonesian unless the user chose
        // English); other clients get their display language.
        initialLocale = options?.locale ? toLocale(options.locale) : toLocale(clientLocale);
        settings.locale = initialLocale;
        if (options?.docsBaseUrl) {
            settings.docsBaseUrl = options.docsBaseUrl;
        }
    });

    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'spbe') {
            return;
        }
        const config = update.configuration as { locale?: string; validation?: { slowChecks?: SlowChecksMode }; format?: { sortProperties?: boolean } } | undefined;
        settings.sortProperties = config?.format?.sortProperties === true;
        const locale = !config?.locale ? initialLocale : config.locale === 'auto' ? toLocale(clientLocale) : toLocale(config.locale);
        const mode = config?.validation?.slowChecks ?? 'onSave';
        const changed = locale !== settings.locale || mode !== settings.slowChecks;
        settings.locale = locale;
        validation.applyMode(mode);
        if (changed && shared.workspace.LangiumDocuments.all.some(d => d.state >= DocumentState.Validated)) {
            validateInBackground();
        }
    });

    // Once the workspace is loaded, run every check (slow ones included) so that the Problems panel
    // is complete at start-up; this replaces Langium's initial build, which validates nothing.
    shared.lsp.LanguageServer.onInitialized(() => {
        if (folderEvents) {
            connection.workspace.onDidChangeWorkspaceFolders(event => folders.change(event));
        }
        validateInBackground();
    });

    connection.onRequest(NotInitializedMethod, () => notInitialized());
    connection.onRequest(InvalidRequestMethod, (params: { method?: unknown } | undefined) => invalidRequest(params?.method));

    // The project's requests: refused before initialize; a user error (bad parameter, a path outside
    // the open folders, a full disk) is answered as a failed request in the user's language.
    const handle = <P, R>(type: RequestType<P, R, void>, handler: (params: P) => R | Promise<R>): void => {
        connection.onRequest(type as RequestType<P, R, void>, (async (params: P) => {
            if (!initialized) {
                throw notInitialized();
            }
            try {
                return await handler(params);
            } catch (error) {
                throw error instanceof UserError ? new ResponseError(LSPErrorCodes.RequestFailed, error.in(settings.locale)) : error;
            }
        }) as never);
    };

    const collectWhenIdle = idleCollector();
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        void connection.sendNotification(ValidationSummaryNotification.type, validation.summary());
        collectWhenIdle();
    });

    handle(BuiltinContentRequest.type, ({ uri }) =>
        shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))?.textDocument.getText());

    connection.onRequest(ValidateWorkspaceRequest.type, async () => {
        if (!initialized) {
            throw notInitialized();
        }
        await validation.validateAll();
        return validation.summary();
    });

    // Checked before anything is created: the folder lies inside an open workspace folder (symlinks
    // resolved), and the parameters pass the same check as `spbe init`.
    handle(InitWorkspaceRequest.type, async params => {
        const allowed = await folders.resolve(params?.folder, 'spbe/initWorkspace');
        return scaffoldWorkspace({ folder: allowed.target, name: params.name, title: params.title, startYear: params.year, boundary: allowed.folder });
    });

    // Each generator request: check the output folder (inside an open workspace folder, before
    // anything is created) and the formats, validate everything, check the filters against the
    // model, write each format atomically.
    const generateEach = async <F extends string>(what: string, known: readonly F[], formats: unknown, outputDir: unknown,
        produce: (model: SpbeModel, format: F) => Promise<OutputFile[]>): Promise<GenerateResult> => {
        const allowed = await folders.resolve(outputDir, `spbe/${what}`);
        const checked = checkFormats(what, known, formats);
        await validation.validateAll();
        const model = Spbe.spbe.Model.get();
        const files: string[] = [];
        for (const format of checked) {
            files.push(...await writeOutputs(await produce(model, format), allowed.target, allowed.folder));
        }
        return { files, errors: validation.summary().errors };
    };

    handle(GenerateRoadmapRequest.type, params => generateEach('roadmap', RoadmapFormats, params?.formats, params?.outputDir, (model, format) =>
        generateRoadmap(model, format, { ...checkRoadmapFilters(params, model), locale: params.locale === 'en' || params.locale === 'id' ? params.locale : settings.locale,
            csvSeparator: parseCsvSeparator(params.csvSeparator ?? '') })));

    handle(ExportDiagramRequest.type, params => {
        const only = params?.opds || params?.kinds ? { opds: params.opds, kinds: params.kinds } : undefined;
        return generateEach('diagram', DiagramFormats, params?.formats, params?.outputDir, async (model, format) => {
            const spec: DiagramSpec = { ...checkDiagramSpec(params.view, params.year, params.expand, model), only };
            return [await exportDiagram(model, spec, format, options.fontFiles)];
        });
    });

    // Both sides are loaded (from git, and from disk or the editors' unsaved text) in their own services, so the open editors are untouched.
    handle(CompareRevisionRequest.type, async params => {
        const locale = params.locale === 'en' || params.locale === 'id' ? params.locale : settings.locale;
        const allowed = await folders.resolve(params?.folder, 'spbe/compareRevision');
        const diff = await diffWorkspaces({ new: allowed.target, base: params.base, locale, overlays: params.overlays });
        return { html: diffHtml(diff, locale, { nonce: params.nonce }), empty: isEmptyDiff(diff), oldLabel: diff.oldLabel };
    });

    // The export prompts list the OPDs and years of the workspace as it is now (after the build in progress).
    connection.onRequest(DiagramChoicesRequest.type, () => shared.workspace.WorkspaceLock.read(() => {
        const model = Spbe.spbe.Model.get();
        const periode = model.pemda?.periode;
        return {
            opds: model.opds.filter(o => !o.builtin).map(o => ({ code: o.code, title: o.title ?? o.code })),
            periode: periode && { start: periode.start, end: periode.end }
        };
    }));

    // A read lock waits for the build in progress, so the preview shows the text as it is now.
    handle(PreviewRequest.type, params => shared.workspace.WorkspaceLock.read(() =>
        buildPreviewPayload(Spbe.spbe.Model.get(), params, findingsByElement(shared.workspace.LangiumDocuments.all))));

    // A read lock waits for the build in progress, so the list matches the lens the user clicked.
    handle(OpdDependenciesRequest.type, params => shared.workspace.WorkspaceLock.read(() => opdDependencies(Spbe, params.opd)));

    handle(ElementAtRequest.type, ({ uri, line, character }) => {
        const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        return (document && elementIdAt(document, document.textDocument.offsetAt({ line, character }))) ?? null;
    });

    handle(InventoryOpdsRequest.type, async params => opdCodesIn(await readInventoryFiles(checkFileList(params?.files), settings.locale)));

    handle(ImportInventoryRequest.type, async params => {
        const allowed = await folders.resolve(params?.workspace, 'spbe/importInventory');
        const outcome = await importInventory({ ...params, files: checkFileList(params?.files), workspace: allowed.target, locale: settings.locale });
        if (outcome.written) {
            // Index the new files now rather than when the file watcher reports them, so the next
            // request (an export, a diagram) already sees the imported OPDs.
            await shared.workspace.WorkspaceLock.write(token =>
                shared.workspace.DocumentBuilder.update(outcome.files.map(f => URI.file(f.file)), [], token));
        }
        return {
            files: outcome.files.map(f => ({ opd: f.opd, file: f.file, elements: f.elements, replaces: f.replaces, changed: f.changed })),
            problems: outcome.problems.map(p => formatProblem(p, settings.locale)),
            notes: outcome.notes.map(n => `${n.file}:${n.line} ${n.message} [${n.code}]`),
            written: outcome.written,
            skippedRows: outcome.skippedRows,
            kept: outcome.kept.map(k => keptSheetMessage(k, settings.locale))
        };
    });

    handle(ExportInventoryRequest.type, params =>
        generateEach('inventory', InventoryFormats, params?.formats, params?.outputDir, (model, format) => exportInventory(model, format, { csvSeparator: parseCsvSeparator(params.csvSeparator ?? ''), locale: settings.locale })));

    startLanguageServer(shared);
    return Spbe;
}

/**
 * The language server over stdin/stdout, for editors other than VS Code (`spbe lsp`). PNG export
 * uses the DejaVu Sans installed with the package. Nothing runs before `initialize`. A malformed
 * frame (a missing, non-numeric or over-64-MiB `Content-Length`, see `FrameGuard`) leaves the stream out of step for good, so the server
 * logs one line and exits with 1 for the editor to restart it; a body that is not JSON is logged
 * and skipped (the framing is still intact).
 */
export function startStdioLanguageServer(): SpbeServices {
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
    return startSpbeLanguageServer(connection, { fontFiles: bundledFontFiles(), gate });
}
