import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type RequestType } from 'vscode-languageserver';
import { buildPreviewPayload, diffHtml, isEmptyDiff } from 'spbe-generators';
import { elementIdAt, findingsByElement, findingsByPlace, opdDependencies, type SpbeServices } from 'spbe-language';
import { formatProblem } from '../inventory/import-problems.js';
import { keptSheetMessage } from '../inventory/import-inventory.js';
import { boundDiff } from '../inventory/import-preview.js';
import { buildSite } from '../use-cases/build-site.js';
import { RequestCancelledError } from '../use-cases/cancellation.js';
import { WorkspaceHasErrorsError } from '../use-cases/error-gate.js';
import { compareWorkspaces } from '../use-cases/compare-workspaces.js';
import { diagramChoices } from '../use-cases/diagram-choices.js';
import { exportDiagramFiles } from '../use-cases/export-diagram.js';
import { exportInventoryFiles } from '../use-cases/export-inventory.js';
import { generateDocumentFiles } from '../use-cases/generate-document.js';
import { generateRoadmapFiles } from '../use-cases/generate-roadmap.js';
import { importWorkbooks, inventoryOpds } from '../use-cases/import-workbooks.js';
import { initWorkspace } from '../use-cases/init-workspace.js';
import type { OutputTarget } from '../use-cases/output-target.js';
import { validateWorkspace } from '../use-cases/validate-workspace.js';
import { checkLocale } from '../use-cases/request-checks.js';
import { UserError } from '../workspace/user-error.js';
import { idleCollector } from './idle-gc.js';
import type { OpenFolders } from './open-folders.js';
import {
    BuildSiteRequest, BuiltinContentRequest, CompareRevisionRequest, DiagramChoicesRequest, ElementAtRequest, ExportDiagramRequest, ExportInventoryRequest, GenerateDocumentRequest, GenerateRoadmapRequest,
    ImportDiffLines, ImportInventoryRequest, InitWorkspaceRequest, InventoryOpdsRequest, OpdDependenciesRequest, PreviewRequest, ValidateWorkspaceRequest, ValidationSummaryNotification
} from './protocol.js';
import { notInitialized, type Lifecycle } from './server-lifecycle.js';
import { serverWorkspace } from './server-workspace-source.js';

/** What the request handlers work with. */
export interface RequestContext {
    readonly connection: Connection;
    readonly shared: LangiumSharedServices;
    readonly Spbe: SpbeServices;
    readonly lifecycle: Lifecycle;
    readonly folders: OpenFolders;
    /** Fonts for PNG export. */
    readonly fontFiles?: string[];
}

/**
 * Registers one project request: refused before initialize; a user error (a bad parameter, a path
 * outside the open folders, a full disk) is answered as a failed request in the user's language; a use
 * case that stopped on the request's cancellation (`RequestCancelledError`) as LSP's RequestCancelled.
 */
function handler(context: RequestContext) {
    const { connection, lifecycle, Spbe } = context;
    return <P, R>(type: RequestType<P, R, void>, handle: (params: P, token: CancellationToken) => R | Promise<R>): void => {
        connection.onRequest(type as RequestType<P, R, void>, (async (params: P, token: CancellationToken) => {
            if (!lifecycle.initialized) {
                throw notInitialized();
            }
            try {
                return await handle(params, token);
            } catch (error) {
                if (error instanceof RequestCancelledError) {
                    throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
                }
                if (!(error instanceof UserError)) {
                    throw error;
                }
                // An editor has no command line: the refusal names the request's parameter, not the CLI's flag.
                const locale = Spbe.spbe.Settings.locale;
                throw new ResponseError(LSPErrorCodes.RequestFailed, error instanceof WorkspaceHasErrorsError ? error.forRequest[locale] : error.in(locale));
            }
        }) as never);
    };
}

/** The output folder of a generator request: inside an open workspace folder, checked before anything is created. */
async function outputTarget(folders: OpenFolders, outputDir: unknown, request: { readonly method: string }): Promise<OutputTarget> {
    // Messages name the request by its method (`spbe/buildSite`), taken from its type so they cannot drift apart.
    const allowed = await folders.resolve(outputDir, request.method, 'outputDir');
    return { dir: allowed.target, boundary: allowed.folder };
}

/** The use-case requests: validate, init, generate, export, compare, import — the same functions as the CLI's commands. */
export function registerUseCaseRequests(context: RequestContext): void {
    const { shared, Spbe, folders, fontFiles } = context;
    const handle = handler(context);
    const settings = Spbe.spbe.Settings;
    const workspace = serverWorkspace(Spbe);

    context.connection.onRequest(ValidateWorkspaceRequest.type, async () => {
        if (!context.lifecycle.initialized) {
            throw notInitialized();
        }
        return (await validateWorkspace(workspace)).workspace.counts;
    });

    // Checked before anything is created: the folder lies inside an open workspace folder (symlinks
    // resolved), and the parameters pass the same check as `spbe init`.
    handle(InitWorkspaceRequest.type, async params => {
        const allowed = await folders.resolve(params?.folder, 'spbe/initWorkspace');
        return initWorkspace({ folder: allowed.target, name: params.name, title: params.title, year: params.year, boundary: allowed.folder });
    });

    handle(GenerateRoadmapRequest.type, async params => generateRoadmapFiles(workspace, await outputTarget(folders, params?.outputDir, GenerateRoadmapRequest.type), params, settings.locale));
    handle(GenerateDocumentRequest.type, async (params, token) => generateDocumentFiles(workspace, await outputTarget(folders, params?.outputDir, GenerateDocumentRequest.type),
        { jenis: params?.jenis, formats: params?.formats, opd: params?.opd, locale: params?.locale, allowErrors: params?.allowErrors }, settings.locale, fontFiles, token));

    // The findings by place are read under the workspace lock, as the preview reads them.
    handle(BuildSiteRequest.type, async params => buildSite({
        ...workspace,
        placedFindings: () => shared.workspace.WorkspaceLock.read(() => findingsByPlace(shared.workspace.LangiumDocuments.all))
    }, await outputTarget(folders, params?.outputDir, BuildSiteRequest.type), params ?? {}, settings.locale));

    handle(ExportDiagramRequest.type, async params => exportDiagramFiles(workspace, await outputTarget(folders, params?.outputDir, ExportDiagramRequest.type), params, fontFiles, settings.locale));

    handle(ExportInventoryRequest.type, async params =>
        exportInventoryFiles(workspace, await outputTarget(folders, params?.outputDir, ExportInventoryRequest.type), params, settings.locale));

    // Both sides are loaded (from git, and from disk or the editors' unsaved text) in their own services, so the open editors are untouched.
    handle(CompareRevisionRequest.type, async params => {
        const allowed = await folders.resolve(params?.folder, 'spbe/compareRevision');
        const { diff, locale } = await compareWorkspaces({ new: allowed.target, base: params.base, locale: params.locale, overlays: params.overlays }, settings.locale);
        return { html: diffHtml(diff, locale, { nonce: params.nonce }), empty: isEmptyDiff(diff), oldLabel: diff.oldLabel };
    });

    handle(InventoryOpdsRequest.type, async params => inventoryOpds(params?.files, settings.locale));

    handle(ImportInventoryRequest.type, async params => {
        const allowed = await folders.resolve(params?.workspace, 'spbe/importInventory');
        const outcome = await importWorkbooks({ ...params, workspace: allowed.target, output: undefined }, settings.locale);
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
            kept: outcome.kept.map(k => keptSheetMessage(k, settings.locale)),
            diffs: outcome.diffs.map(d => {
                const { text, omitted } = boundDiff(d, ImportDiffLines);
                return { file: d.file, created: d.created, diff: text, omitted };
            })
        };
    });
}

/** The editor's reads: built-in documents, diagram choices, the preview, OPD dependencies, the element at a position. */
export function registerEditorRequests(context: RequestContext): void {
    const { connection, shared, Spbe } = context;
    const handle = handler(context);

    handle(BuiltinContentRequest.type, ({ uri }) =>
        shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))?.textDocument.getText());

    // The export prompts list the OPDs and years of the workspace as it is now (after the build in progress).
    connection.onRequest(DiagramChoicesRequest.type, () => shared.workspace.WorkspaceLock.read(() => diagramChoices(Spbe.spbe.Model.get())));

    // A read lock waits for the build in progress, so the preview shows the text as it is now.
    handle(PreviewRequest.type, params => shared.workspace.WorkspaceLock.read(() =>
        buildPreviewPayload(Spbe.spbe.Model.get(), { ...params, locale: checkLocale(params?.locale, Spbe.spbe.Settings.locale) }, findingsByElement(shared.workspace.LangiumDocuments.all))));

    // A read lock waits for the build in progress, so the list matches the lens the user clicked.
    handle(OpdDependenciesRequest.type, params => shared.workspace.WorkspaceLock.read(() => opdDependencies(Spbe, params.opd)));

    handle(ElementAtRequest.type, ({ uri, line, character }) => {
        const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        return (document && elementIdAt(document, document.textDocument.offsetAt({ line, character }))) ?? null;
    });
}

/**
 * After each build: the counts for the status bar, then a garbage collection once the server is idle
 * (no change and no finished build for a while; a change arriving restarts the wait).
 */
export function publishSummaries(context: RequestContext): void {
    const { connection, shared, Spbe } = context;
    const collectWhenIdle = idleCollector();
    shared.workspace.DocumentBuilder.onUpdate(() => collectWhenIdle());
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        void connection.sendNotification(ValidationSummaryNotification.type, Spbe.spbe.WorkspaceValidation.summary());
        collectWhenIdle();
    });
}
