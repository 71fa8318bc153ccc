import * as path from 'node:path';
import { DocumentState, URI } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import type { Connection } from 'vscode-languageserver';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { bundledFontFiles } from './render-png.js';
import { idleCollector } from './idle-gc.js';
import { DiagramFormats, type DiagramSpec } from '../diagram/index.js';
import { generateRoadmap, RoadmapFormats, type OutputFile } from '../generator/roadmap/index.js';
import type { SpbeModel } from '../model/spbe-model.js';
import { exportDiagram } from './export-diagram.js';
import {
    BuiltinContentRequest, CompareRevisionRequest, OpdDependenciesRequest, type GenerateResult, ElementAtRequest, DiagramChoicesRequest, ExportDiagramRequest, PreviewRequest, ExportInventoryRequest, ImportInventoryRequest, InventoryOpdsRequest, GenerateRoadmapRequest, InitWorkspaceRequest, ValidateWorkspaceRequest, ValidationSummaryNotification
} from '../lsp/protocol.js';
import { workspaceTemplate } from '../scaffold/workspace-template.js';
import { createSpbeServices, type SpbeServices } from '../spbe-module.js';
import type { SlowChecksMode } from '../spbe-settings.js';
import { toLocale } from '../validation/messages.js';
import { writeFileAtomic } from './atomic-write.js';
import { diffHtml } from '../diff/diff-html.js';
import { isEmptyDiff } from '../diff/diff-model.js';
import { diffWorkspaces } from './diff-workspaces.js';
import { elementIdAt, findingsByElement } from '../lsp/element-locator.js';
import { opdDependencies } from '../lsp/opd-dependencies.js';
import { buildPreviewPayload } from '../preview/preview-payload.js';
import { formatProblem } from '../inventory/import-problems.js';
import { exportInventory, InventoryFormats } from '../inventory/index.js';
import { importInventory, opdCodesIn, readInventoryFiles } from './import-inventory.js';
import { findSourceFiles } from './load-workspace.js';
import { writeOutputs } from './write-outputs.js';

export interface ServerOptions {
    /** Base URL of docs/diagnostics.md, so each diagnostic links its rule (the extension passes its bundled copy). */
    readonly docsBaseUrl?: string;
    /** Fonts for PNG export; a bundled server ships its own copy of DejaVu Sans. */
    readonly fontFiles?: string[];
}

/** Starts the .spbe language server on a connection (stdio or IPC), with the project's requests. */
export function startSpbeLanguageServer(connection: Connection, options: ServerOptions = {}): SpbeServices {
    const { shared, Spbe } = createSpbeServices({ connection, ...NodeFileSystem });
    const settings = Spbe.spbe.Settings;
    const validation = Spbe.spbe.WorkspaceValidation;
    settings.docsBaseUrl = options.docsBaseUrl;
    let clientLocale: string | undefined;

    shared.lsp.LanguageServer.onInitialize(params => {
        clientLocale = params.locale;
        settings.locale = toLocale(clientLocale);
        const docs = (params.initializationOptions as { docsBaseUrl?: string } | undefined)?.docsBaseUrl;
        if (docs) {
            settings.docsBaseUrl = docs;
        }
    });

    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'spbe') {
            return;
        }
        const config = update.configuration as { locale?: string; validation?: { slowChecks?: SlowChecksMode } } | undefined;
        const locale = !config?.locale || config.locale === 'auto' ? toLocale(clientLocale) : toLocale(config.locale);
        const mode = config?.validation?.slowChecks ?? 'onSave';
        const changed = locale !== settings.locale || mode !== settings.slowChecks;
        settings.locale = locale;
        validation.applyMode(mode);
        if (changed && shared.workspace.LangiumDocuments.all.some(d => d.state >= DocumentState.Validated)) {
            void validation.validateAll();
        }
    });

    // Once the workspace is loaded, run every check (slow ones included) so that the Problems panel
    // is complete at start-up; this replaces Langium's initial build, which validates nothing.
    shared.lsp.LanguageServer.onInitialized(() => {
        void validation.validateAll();
    });

    const collectWhenIdle = idleCollector();
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        void connection.sendNotification(ValidationSummaryNotification.type, validation.summary());
        collectWhenIdle();
    });

    connection.onRequest(BuiltinContentRequest.type, ({ uri }) =>
        shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))?.textDocument.getText());

    connection.onRequest(ValidateWorkspaceRequest.type, async () => {
        await validation.validateAll();
        return validation.summary();
    });

    connection.onRequest(InitWorkspaceRequest.type, async params => {
        const existing = await findSourceFiles(params.folder).catch(() => []);
        if (existing.length > 0) {
            throw new Error(`${params.folder} already contains .spbe files`);
        }
        const files = workspaceTemplate({ name: params.name, title: params.title, startYear: params.year });
        const written: string[] = [];
        for (const [file, content] of Object.entries(files)) {
            await writeFileAtomic(file, content, { root: params.folder });
            written.push(path.join(params.folder, file));
        }
        return written;
    });

    // Each generator request: check the formats, validate everything, write each format atomically.
    const generateEach = async <F extends string>(what: string, known: readonly F[], formats: readonly string[], outputDir: string,
        produce: (model: SpbeModel, format: F) => Promise<OutputFile[]>): Promise<GenerateResult> => {
        const unknown = formats.filter(f => !(known as readonly string[]).includes(f));
        if (unknown.length > 0) {
            throw new Error(`Unknown ${what} format: ${unknown.join(', ')}`);
        }
        await validation.validateAll();
        const model = Spbe.spbe.Model.get();
        const files: string[] = [];
        for (const format of formats) {
            files.push(...await writeOutputs(await produce(model, format as F), outputDir));
        }
        return { files, errors: validation.summary().errors };
    };

    connection.onRequest(GenerateRoadmapRequest.type, params => generateEach('roadmap', RoadmapFormats, params.formats, params.outputDir, (model, format) =>
        generateRoadmap(model, format, {
            opd: params.opd, muatan: params.muatan, fromYear: params.fromYear, toYear: params.toYear, locale: params.locale ?? settings.locale
        })));

    connection.onRequest(ExportDiagramRequest.type, params => {
        const [kind, opd] = params.view.split(':');
        const only = params.opds || params.kinds ? { opds: params.opds, kinds: params.kinds } : undefined;
        const spec: DiagramSpec = kind === 'opd' ? { view: 'opd', opd, year: params.year, expand: params.expand, only }
            : { view: kind as DiagramSpec['view'], year: params.year, expand: params.expand, only };
        return generateEach('diagram', DiagramFormats, params.formats, params.outputDir, async (model, format) =>
            [await exportDiagram(model, spec, format, options.fontFiles)]);
    });

    // Both sides are loaded from disk and git in their own services, so the open editors are untouched.
    connection.onRequest(CompareRevisionRequest.type, async params => {
        const locale = params.locale ?? settings.locale;
        const diff = await diffWorkspaces({ new: params.folder, base: params.base, locale });
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
    connection.onRequest(PreviewRequest.type, params => shared.workspace.WorkspaceLock.read(() =>
        buildPreviewPayload(Spbe.spbe.Model.get(), params, findingsByElement(shared.workspace.LangiumDocuments.all))));

    // A read lock waits for the build in progress, so the list matches the lens the user clicked.
    connection.onRequest(OpdDependenciesRequest.type, params => shared.workspace.WorkspaceLock.read(() => opdDependencies(Spbe, params.opd)));

    connection.onRequest(ElementAtRequest.type, ({ uri, line, character }) => {
        const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        return (document && elementIdAt(document, document.textDocument.offsetAt({ line, character }))) ?? null;
    });

    connection.onRequest(InventoryOpdsRequest.type, async ({ files }) => opdCodesIn(await readInventoryFiles(files)));

    connection.onRequest(ImportInventoryRequest.type, async params => {
        const outcome = await importInventory({ ...params, locale: settings.locale });
        if (outcome.written) {
            // Index the new files now rather than when the file watcher reports them, so the next
            // request (an export, a diagram) already sees the imported OPDs.
            await shared.workspace.WorkspaceLock.write(token =>
                shared.workspace.DocumentBuilder.update(outcome.files.map(f => URI.file(f.file)), [], token));
        }
        return {
            files: outcome.files.map(f => ({ opd: f.opd, file: f.file, elements: f.elements, replaces: f.replaces })),
            problems: outcome.problems.map(p => formatProblem(p, settings.locale)),
            notes: outcome.notes.map(n => `${n.file}:${n.line} ${n.message} [${n.code}]`),
            written: outcome.written,
            skippedRows: outcome.skippedRows
        };
    });

    connection.onRequest(ExportInventoryRequest.type, params =>
        generateEach('inventory', InventoryFormats, params.formats, params.outputDir, (model, format) => exportInventory(model, format)));

    startLanguageServer(shared);
    return Spbe;
}

/**
 * The language server over stdin/stdout, for editors other than VS Code (`spbe lsp`). PNG export
 * uses the DejaVu Sans installed with the package.
 */
export function startStdioLanguageServer(): SpbeServices {
    return startSpbeLanguageServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout), { fontFiles: bundledFontFiles() });
}
