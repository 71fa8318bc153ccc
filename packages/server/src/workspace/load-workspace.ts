import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { SourceFileSystem } from './source-file-system.js';
import type { Diagnostic } from 'vscode-languageserver';
import { ensureBuiltinLibrary } from 'spbe-language/core';
import type { SpbeModel } from 'spbe-model';
import { createSpbeCoreServices, type SpbeCoreServices } from 'spbe-language/core';
import type { Locale } from 'spbe-model';
import { decodeUtf8 } from 'spbe-language/core';
import { localized, UserError } from './user-error.js';
import { errorDetail } from 'spbe-language/core';
import { IssueCodes } from 'spbe-model';
import { FolderReadReasons, formatNumber, message } from 'spbe-model';
import { InputLimits } from 'spbe-language/core';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

/** A diagnostic as the CLI reports it: 1-based positions, path relative to the workspace root. */
export interface FileDiagnostic {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: SeverityName;
    readonly code: string;
    readonly message: string;
}

export interface LoadedWorkspace {
    readonly root: string;
    /** Workspace-relative paths (with `/`) of the `.spbe` files, sorted. */
    readonly files: readonly string[];
    readonly services: SpbeCoreServices;
    readonly documents: readonly LangiumDocument[];
    readonly diagnostics: readonly FileDiagnostic[];
    model(): SpbeModel;
}

/** A problem with the request itself (no such folder, no sources, an unreadable folder): the CLI exits with 2. */
export class WorkspaceLoadError extends UserError { }

/**
 * The tools failed (a bug, or a limit of the runtime such as the stack) in one `stage` (`parsing`,
 * `linking`, `validation`, `check`, `build`, `model`) for one `file` (workspace-relative, or the
 * folder when no single file is to blame): the findings are incomplete, so the CLI prints one line
 * naming both and exits with 3 rather than report a result.
 */
export class InternalFailureError extends Error {
    constructor(readonly stage: string, readonly file: string, readonly detail: string, readonly line?: number) {
        super(`${stage} failed for ${file}${line ? `:${line}` : ''}: ${detail}`);
    }
}

export interface LoadOptions {
    readonly locale?: Locale;
    readonly services?: SpbeCoreServices;
    /** How file bytes are read; tests substitute failing readers. */
    readonly readFile?: (file: string) => Promise<Uint8Array>;
    /**
     * Return the workspace even when a check or stage failed internally (`internal-error`
     * diagnostics), for `spbe validate` to report them; by default loading throws
     * {@link InternalFailureError} then, so that no command acts on incomplete findings.
     */
    readonly keepInternalFailures?: boolean;
}

const skippedFolders = new Set(['node_modules', 'out']);

/**
 * Every `*.spbe` file below `root`, skipping dot-folders, `node_modules` and `out`. A folder that
 * cannot be read is a `WorkspaceLoadError` naming it (never an empty result: a caller such as
 * `spbe init` must not take an unreadable workspace for an empty one).
 */
export async function findSourceFiles(root: string): Promise<string[]> {
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
        const entries = await fs.readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
            const reason = FolderReadReasons[error.code ?? ''] ?? { id: error.message, en: error.message };
            throw new WorkspaceLoadError(localized(
                `Tidak dapat membaca folder ${dir}: ${reason.id}${error.code ? ` (${error.code})` : ''}; periksa izin folder itu atau pilih folder lain`,
                `Cannot read the folder ${dir}: ${reason.en}${error.code ? ` (${error.code})` : ''}; check its permissions or choose another folder`));
        });
        for (const entry of entries) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!entry.name.startsWith('.') && !skippedFolders.has(entry.name)) {
                    await walk(full);
                }
            } else if (entry.isFile() && entry.name.endsWith('.spbe')) {
                found.push(full);
            }
        }
    };
    await walk(root);
    return found.sort();
}

/**
 * Loads, links and validates (all checks, fast and slow) every `.spbe` file below `dir`, plus the
 * built-in library. Unreadable files become a diagnostic, never an exception.
 */
export async function loadWorkspace(dir: string, options: LoadOptions = {}): Promise<LoadedWorkspace> {
    const root = path.resolve(dir);
    const stat = await fs.stat(root).catch((error: NodeJS.ErrnoException) => error);
    if (stat instanceof Error) {
        if (stat.code === 'ENOENT' || stat.code === 'ENOTDIR') {
            throw new WorkspaceLoadError(localized(`Folder tidak ditemukan: ${dir}; periksa jalurnya`, `Folder not found: ${dir}; check the path`));
        }
        const reason = FolderReadReasons[stat.code ?? ''] ?? { id: stat.message, en: stat.message };
        throw new WorkspaceLoadError(localized(`Tidak dapat membuka folder ${dir}: ${reason.id} (${stat.code}); periksa izin dan tautan simbolik pada jalurnya`,
            `Cannot open the folder ${dir}: ${reason.en} (${stat.code}); check the permissions and symbolic links on its path`));
    }
    if (!stat.isDirectory()) {
        throw new WorkspaceLoadError(localized(`Bukan folder: ${dir}; berikan folder workspace, bukan berkas`, `Not a folder: ${dir}; give the workspace folder, not a file`));
    }
    const paths = await findSourceFiles(root);
    if (paths.length === 0) {
        throw new WorkspaceLoadError(localized(`Tidak ada berkas .spbe di bawah ${dir}; pilih folder workspace (atau buat dengan spbe init)`, `No .spbe files below ${dir}; choose a workspace folder (or create one with spbe init)`));
    }
    const read = options.readFile ?? fs.readFile;
    return loadSources(root, paths.map(file => ({ file, read: () => read(file) })), options);
}

/** A source file to load: its absolute path (it may exist only in a git revision) and how to read its bytes. */
export interface SourceEntry {
    readonly file: string;
    readonly read: () => Promise<Uint8Array>;
}

/**
 * Loads, links and validates a given set of files as the workspace below `root`: the files need not
 * be on disk (`spbe diff --base` reads them from git). Unreadable files become a diagnostic.
 */
export async function loadSources(root: string, sources: readonly SourceEntry[], options: LoadOptions = {}): Promise<LoadedWorkspace> {
    const services = options.services ?? oneShotServices();
    if (options.locale) {
        services.spbe.Settings.locale = options.locale;
    }
    await ensureBuiltinLibrary(services.shared);
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const sorted = [...sources].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    const documents = await Promise.all(sorted.map(async source => {
        const uri = URI.file(source.file);
        let text = '';
        try {
            const bytes = await source.read();
            if (bytes.length > InputLimits.fileBytes) {
                const mb = (n: number) => formatNumber(n / 1024 / 1024, services.spbe.Settings.locale, 1);
                services.spbe.SourceProblems.recordUnreadable(uri.toString(), '', message('syntax-file-too-large', services.spbe.Settings.locale, { size: mb(bytes.length), limit: mb(InputLimits.fileBytes) }));
            } else {
                text = decodeUtf8(bytes).text;
            }
        } catch (error) {
            services.spbe.SourceProblems.recordUnreadable(uri.toString(), (error as Error).message);
        }
        const document = failAs('parsing', toPosix(path.relative(root, source.file)), () => factory.fromString(text, uri));
        langiumDocuments.addDocument(document);
        return document;
    }));
    await failAsAsync('build', toPosix(root), () => services.shared.workspace.DocumentBuilder.build(documents, { validation: true }));
    const diagnostics: FileDiagnostic[] = [];
    for (const document of documents) {
        // The file's path once per document, not per finding (thousands per file in large workspaces).
        const file = toPosix(path.relative(root, document.uri.fsPath));
        for (const d of document.diagnostics ?? []) {
            diagnostics.push(toFileDiagnostic(file, d));
        }
    }
    diagnostics.sort(compareDiagnostics);
    const workspace: LoadedWorkspace = {
        root,
        files: sorted.map(s => toPosix(path.relative(root, s.file))),
        services,
        documents,
        diagnostics,
        model: () => failAs('model', toPosix(root), () => services.spbe.Model.get())
    };
    const failure = internalFailureOf(workspace);
    if (failure && !options.keepInternalFailures) {
        throw failure;
    }
    return workspace;
}

/**
 * Services for one load that answers no editor request: the core services (no editor services, so
 * a command that loads a workspace does not load the language server's code). Langium's build indexes every reference
 * (phase 4, `updateReferences`) for find-references, rename and deciding what an edit affects;
 * nothing here asks for that index (checks, the model and the generators follow the links
 * themselves), so the phase, about a tenth of a cold `spbe validate`, is left out.
 */
function oneShotServices(): SpbeCoreServices {
    const services = createSpbeCoreServices(SourceFileSystem).Spbe;
    services.shared.workspace.IndexManager.updateReferences = async () => { };
    return services;
}

/** The first `internal-error` finding of a loaded workspace as an error to exit with, if any. */
export function internalFailureOf(workspace: LoadedWorkspace): InternalFailureError | undefined {
    const first = workspace.diagnostics.find(d => d.code === IssueCodes.InternalError);
    return first ? new InternalFailureError('validation', first.file, first.message, first.line) : undefined;
}

function failAs<T>(stage: string, file: string, run: () => T): T {
    try {
        return run();
    } catch (error) {
        throw error instanceof InternalFailureError || error instanceof WorkspaceLoadError ? error : new InternalFailureError(stage, file, errorDetail(error));
    }
}

async function failAsAsync<T>(stage: string, file: string, run: () => Promise<T>): Promise<T> {
    try {
        return await run();
    } catch (error) {
        throw error instanceof InternalFailureError || error instanceof WorkspaceLoadError ? error : new InternalFailureError(stage, file, errorDetail(error));
    }
}

const severityNames: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function toFileDiagnostic(file: string, d: Diagnostic): FileDiagnostic {
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: severityNames[d.severity ?? 1],
        code: String(d.code ?? 'syntax'),
        message: typeof d.message === 'string' ? d.message : d.message.value
    };
}

function compareDiagnostics(a: FileDiagnostic, b: FileDiagnostic): number {
    return a.file < b.file ? -1 : a.file > b.file ? 1
        : a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** A relative path with `/` separators, as reports and diagnostics show it on every platform. */
export function toPosix(p: string): string {
    return p.split(path.sep).join('/');
}
