import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, isOperationCancelled, URI, type AstNode, type Cancellation, type LangiumCoreServices, type LangiumDocument, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { NodeFileSystem } from 'langium/node';
import { formatSource } from 'spbe-language';
import { elementIdAt } from 'spbe-language';
import { importDetail, importMessages } from './import-messages.js';
import { problemMessage, type ImportProblem } from './import-problems.js';
import { checkInventory, rowKey, type ImportedElement, type InventoryImport } from './inventory-import.js';
import { decodeInventoryCsv } from './csv-encoding.js';
import { InventoryInputError, InventoryLimits, inventoryInputError } from './input-limits.js';
import { readInventoryCsv, readInventoryXlsx, type RawTable } from './inventory-read.js';
import { formattedOpdSource } from './inventory-source.js';
import { invalidIdentifierReason } from 'spbe-model';
import { keptSheets, type KeptSheet } from './kept-sheets.js';
import { plannedDiffs, type PlannedDiff } from './import-preview.js';
export { keptSheetMessage } from './kept-sheets.js';
import { parseSource, SpliceRefusedError, spliceOpdBlocks, type ParsedSource } from './opd-block-splice.js';
import type { SpbeModel } from 'spbe-model';
import { createSpbeCoreServices } from 'spbe-language/core';
import { firstInvalidUtf8Byte } from 'spbe-language';
import type { Locale } from 'spbe-model';
import { UnsafeWriteError, writeFileAtomic } from '../workspace/atomic-write.js';
import { displayPath } from '../workspace/display-path.js';
import { checkWorkbookBounds } from './workbook-guard.js';
import { stageName } from 'spbe-language';
import { findSourceFiles, InternalFailureError, loadSources, loadWorkspace, toPosix, WorkspaceLoadError, type FileDiagnostic, type LoadedWorkspace, type SourceEntry } from '../workspace/load-workspace.js';

export interface ImportRequest {
    /** The inventory files: one .xlsx, or one or more per-sheet .csv files. */
    readonly files: readonly string[];
    /** The workspace folder the OPD files join. */
    readonly workspace: string;
    /** OPD codes to import; `all` takes every OPD named in the files. */
    readonly opds: readonly string[] | 'all';
    /** Output file for a single OPD (default: the OPD's current file, or `opd/<kode>.spbe`). */
    readonly output?: string;
    readonly force?: boolean;
    readonly partial?: boolean;
    /** Check and report only; write nothing. */
    readonly dryRun?: boolean;
    readonly locale: Locale;
}

export interface PlannedFile {
    readonly opd: string;
    readonly file: string;
    readonly content: string;
    readonly elements: number;
    /** The file exists: only this OPD's block in it is replaced (with `force`), every other byte is kept. */
    readonly replaces: boolean;
    /** The OPD's meaning differs from the workspace's (false: the file is left untouched). */
    readonly changed: boolean;
}

export interface ImportOutcome {
    readonly files: readonly PlannedFile[];
    readonly problems: readonly ImportProblem[];
    /** Warnings the workspace's checks report in the new files (sharing, unused applications…); they do not block. */
    readonly notes: readonly FileDiagnostic[];
    readonly written: boolean;
    readonly skippedRows: number;
    /** Domains whose sheet was not in the files: the OPD's existing elements of them are kept as they are. */
    readonly kept: ReadonlyArray<Omit<KeptSheet, 'table'>>;
    /**
     * What is (or, with `dryRun`, would be) written: per changed file, the unified diff of its text before
     * and after. Empty when problems block the import or nothing changes.
     */
    readonly diffs: readonly PlannedDiff[];
}

/**
 * Reads the inventory tables; a file that is not an inventory is a usage error, not a crash. Every
 * file is bounded before it is read (size on disk; for a workbook the declared and inflated sizes of
 * its zip and each sheet's extent; for a CSV its encoding and syntax).
 *
 * @throws WorkspaceLoadError naming the file, the limit or problem (and line), and what to do.
 */
export async function readInventoryFiles(files: readonly string[], locale: Locale = 'id'): Promise<RawTable[]> {
    const tables: RawTable[] = [];
    for (const file of files) {
        const name = path.basename(file);
        try {
            if (!/\.(xlsx|csv)$/i.test(file)) {
                throw new WorkspaceLoadError(importMessages.fileType(file));
            }
            const bytes = await readRegularFile(file, name, locale);
            if (/\.xlsx$/i.test(file)) {
                await checkWorkbookBounds(name, bytes, locale);
                tables.push(...await readInventoryXlsx(name, bytes, locale).catch((error: Error) => {
                    throw error instanceof InventoryInputError ? error : inventoryInputError(name, 'not-zip', { detail: error.message }, locale);
                }));
            } else if (/\.csv$/i.test(file)) {
                const table = readInventoryCsv(name, decodeInventoryCsv(name, bytes, locale), locale);
                if (!table) {
                    throw new WorkspaceLoadError(importMessages.csvName(file));
                }
                tables.push(table);
            } else {
                throw new WorkspaceLoadError(importMessages.fileType(file));
            }
        } catch (error) {
            throw error instanceof InventoryInputError ? new WorkspaceLoadError(error.message) : error;
        }
    }
    if (tables.length === 0) {
        throw new WorkspaceLoadError(importMessages.noSheets(files.join(', ')));
    }
    return tables;
}

/**
 * The bytes of a regular file (symlinks followed), at most the inventory file limit: a device such as
 * /dev/zero, a named pipe or a socket reports size 0 and may never end, so it is refused before it is
 * opened, and the read itself stops one byte past the limit whatever `stat` said.
 * @throws WorkspaceLoadError naming the file and why it cannot be read; InventoryInputError for size.
 */
async function readRegularFile(file: string, name: string, locale: Locale): Promise<Uint8Array> {
    const cannotRead = (error: NodeJS.ErrnoException) => new WorkspaceLoadError(importMessages.cannotRead(file, error));
    const stat = await fs.stat(file).catch((error: NodeJS.ErrnoException) => { throw cannotRead(error); });
    if (stat.isDirectory()) {
        throw cannotRead(Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
    }
    if (!stat.isFile()) {
        throw cannotRead(Object.assign(new Error('not a regular file'), { code: 'ENOTREG' }));
    }
    if (stat.size > InventoryLimits.fileBytes) {
        throw inventoryInputError(name, 'file-size', { actual: stat.size }, locale);
    }
    const handle = await fs.open(file, 'r').catch((error: NodeJS.ErrnoException) => { throw cannotRead(error); });
    try {
        // Read in chunks and stop past the limit: the file may have grown since `stat`.
        const chunks: Buffer[] = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.alloc(1 << 20);
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0) {
                break;
            }
            chunks.push(chunk.subarray(0, bytesRead));
            total += bytesRead;
            if (total > InventoryLimits.fileBytes) {
                throw inventoryInputError(name, 'file-size', { actual: total }, locale);
            }
        }
        return Buffer.concat(chunks, total);
    } finally {
        await handle.close();
    }
}

/** The OPD codes the inventory's rows name (OPD column, OPD sheet). */
export function opdCodesIn(tables: readonly RawTable[]): string[] {
    const codes = new Set<string>();
    for (const table of tables) {
        const column = table.headers.findIndex(h => /^(opd|kode opd)\s*\*?$/i.test(h.trim()));
        table.rows.forEach(r => { const code = r.cells[column]?.text.trim(); if (code) { codes.add(code); } });
    }
    return [...codes].sort();
}

function defaultFileName(code: string): string {
    return `opd/${code.toLowerCase().replace(/_/g, '-')}.spbe`;
}

/**
 * `spbe import`: checks the inventory rows of the chosen OPDs against the workspace and writes each
 * OPD's block, formatted, and proves it by loading the workspace with the new text before anything
 * is written. Nothing is written when a problem remains, unless `partial` (then the rows with
 * problems are left out and listed).
 *
 * What it owns is the `opd` blocks it imports: in an existing file (only with `force`) it replaces
 * exactly that block, or appends it when the file (given with `-o`) has none, and keeps every other
 * byte: other declarations, comments, order, line breaks, BOM. It refuses, writing nothing, when the
 * target declares other OPDs but not this one, when a comment inside the block would be lost, or
 * when the file does not parse. An OPD whose meaning is unchanged is not rewritten (`changed: false`).
 *
 * @throws WorkspaceLoadError for usage problems and refusals; ImportCheckError when the check before
 * writing itself failed (then nothing is written).
 *
 * A domain sheet missing from the files is not an empty sheet: the OPD's existing elements of that
 * domain are kept (inventory/kept-sheets) and listed in `kept`.
 */
export async function importInventory(request: ImportRequest): Promise<ImportOutcome> {
    const read = await readInventoryFiles(request.files, request.locale);
    const root = path.resolve(request.workspace);
    const workspace = await loadWorkspace(root, { locale: request.locale });
    const model = workspace.model();
    const opds = request.opds === 'all' ? opdCodesIn(read) : [...request.opds];
    if (opds.length === 0) {
        throw new WorkspaceLoadError(importMessages.noOpd());
    }
    if (request.output && opds.length > 1) {
        throw new WorkspaceLoadError(importMessages.oneOutput());
    }
    // An invalid OPD code is a problem of the rows that name it (checkInventory): no file is planned for it.
    const valid = opds.filter(code => !invalidIdentifierReason(code, request.locale));
    const declaredIn = new Map(model.opds.filter(o => !o.builtin && o.source).map(o => [o.code, URI.parse(o.source!.uri).fsPath]));
    const targets = new Map(valid.map(code => {
        const file = request.output ? path.resolve(request.output) : declaredIn.get(code) ?? path.join(root, defaultFileName(code));
        return [code, file];
    }));
    const sources = new Map<string, ParsedSource>();
    for (const [code, file] of targets) {
        const declared = declaredIn.get(code);
        if (declared && path.resolve(declared) !== file) {
            throw new WorkspaceLoadError(importMessages.declaredElsewhere(code, path.relative(root, declared)));
        }
        const relative = path.relative(root, file);
        if (relative.startsWith('..') || path.isAbsolute(relative)) {
            throw new WorkspaceLoadError(importMessages.outsideWorkspace(file, root));
        }
        if (!file.endsWith('.spbe')) {
            throw new WorkspaceLoadError(importMessages.notSpbe(file));
        }
        const source = sources.get(file) ?? await readTarget(workspace.services, file, request.locale);
        if (!source) {
            continue;
        }
        sources.set(file, source);
        const others = [...new Set(source.blocks.map(b => b.code).filter(c => c !== code))];
        if (!source.blocks.some(b => b.code === code) && others.length > 0) {
            throw new WorkspaceLoadError(importMessages.otherOpds(relative, others.join(', '), code));
        }
        if (!request.force && !request.dryRun) {
            throw new WorkspaceLoadError(importMessages.exists(displayPath(file), code));
        }
    }
    const kept = keptSheets(model, valid, new Set(read.map(t => t.sheet)), code => toPosix(path.relative(root, targets.get(code)!)));
    const tables = [...read, ...kept.map(k => k.table)];
    const sourceName = request.files.map(f => path.basename(f)).join(', ');
    const plan = (result: InventoryImport, changedOpds: ReadonlySet<string>): PlannedFile[] => {
        const blocks = new Map(opds.map(code => {
            const elements = result.elements.filter(e => e.opd === code);
            const content = formattedOpdSource(text => formatSource(workspace.services, text, { sortProperties: true }), result.opds.find(o => o.code === code)!, elements,
                sources.has(targets.get(code)!) ? undefined : sourceName);
            if (content === undefined) {
                throw new ImportCheckError(importMessages.generatedUnparsable(code)[request.locale]);
            }
            return [code, { content, elements: elements.length }];
        }));
        const contents = new Map<string, string>();
        for (const [file, group] of groupBy(opds, code => targets.get(code)!)) {
            const source = sources.get(file);
            const changing = group.filter(code => changedOpds.has(code));
            contents.set(file, source
                ? spliceRefusing(workspace.services, source, new Map(changing.map(code => [code, blocks.get(code)!.content])), path.relative(root, file), request.locale)
                : changing.map(code => blocks.get(code)!.content).join('\n'));
        }
        return opds.map(code => ({
            opd: code, file: targets.get(code)!, content: contents.get(targets.get(code)!)!, elements: blocks.get(code)!.elements,
            replaces: sources.has(targets.get(code)!), changed: changedOpds.has(code)
        }));
    };

    // Round 1 checks the rows; later rounds (with --partial) leave out rows the workspace check rejects.
    const exclude = new Set<string>();
    let result: InventoryImport | undefined;
    let planned: PlannedFile[] = [];
    let extraProblems: ImportProblem[] = [];
    let notes: FileDiagnostic[] = [];
    let meanings = new Map<string, string>();
    for (let round = 0; round < 5; round++) {
        result = checkInventory(tables, { opds, model, locale: request.locale, exclude });
        if (result.problems.length > 0 && (!request.partial || valid.length < opds.length)) {
            break;
        }
        planned = plan(result, new Set(opds));
        const check = await checkWithWorkspace(root, planned, workspace.diagnostics, result.elements, request.locale);
        meanings = new Map(opds.map(code => [code, opdMeaning(check.model, code)]));
        // Problems of rows left out in earlier rounds stay listed: the PIC needs to know why.
        extraProblems = [...extraProblems.filter(p => exclude.has(rowKey(p.file, p.sheet, p.row))), ...check.problems];
        notes = check.notes;
        if (check.problems.length === 0 || !request.partial) {
            break;
        }
        const before = exclude.size;
        check.rows.forEach(k => exclude.add(k));
        if (exclude.size === before) {
            break;
        }
    }
    let problems = [...result!.problems, ...extraProblems];
    const unplaced = extraProblems.filter(p => !exclude.has(rowKey(p.file, p.sheet, p.row)));
    let clean = problems.length === 0 || (request.partial === true && unplaced.length === 0);
    if (clean && planned.length > 0) {
        // An OPD that means what the workspace already says is not rewritten: its file keeps its layout.
        const changed = new Set(opds.filter(code => !sources.has(targets.get(code)!) || meanings.get(code) !== opdMeaning(model, code)));
        if (changed.size < opds.length) {
            planned = plan(result!, changed);
            // The notes above were found in generated text even for the files now kept as they are; check
            // the workspace that will really result, so that every finding names a line the user can open.
            const final = changed.size === 0
                ? { problems: [], notes: findingsIn(workspace.diagnostics, planned, root).filter(d => d.severity !== 'error') }
                : await checkWithWorkspace(root, planned, workspace.diagnostics, result!.elements, request.locale);
            notes = final.notes;
            if (final.problems.length > 0) {
                // Keeping a file's text must not bring an error back; if it does, nothing is written.
                problems = [...problems, ...final.problems];
                clean = false;
            }
        }
    }
    const writable = clean && planned.some(p => p.changed) && !request.dryRun;
    const relative = (file: string) => toPosix(path.relative(root, file));
    const diffs = !clean ? [] : plannedDiffs(new Map(planned.filter(p => p.changed).map(p => [relative(p.file), p.content])),
        new Map([...sources].map(([file, source]) => [relative(file), (source.bom ? '\uFEFF' : '') + source.body])));
    if (writable) {
        const written = new Set<string>();
        for (const file of planned.filter(p => p.changed && !written.has(p.file))) {
            written.add(file.file);
            try {
                await writeFileAtomic(path.relative(root, file.file), file.content, { root, overwrite: true, allowSourceOverwrite: request.force });
            } catch (error) {
                // Keeps both languages of the refusal (its `message` alone is the English one).
                throw error instanceof UnsafeWriteError ? new WorkspaceLoadError(error.text) : error;
            }
        }
    }
    return { files: planned, problems, notes, written: writable, skippedRows: result!.skippedRows, kept: kept.map(({ table: _, ...k }) => k), diffs };
}

type AstValidation = (node: AstNode, options: ValidationOptions, token?: Cancellation.CancellationToken) => Promise<Diagnostic[]>;

/** The check before writing could not be completed (a check or the loader threw): the import is refused. */
export class ImportCheckError extends Error { }

/** The existing target file, parsed for splicing, or undefined when there is none. */
async function readTarget(services: LangiumCoreServices, file: string, locale: Locale): Promise<ParsedSource | undefined> {
    const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') {
            return undefined;
        }
        throw new WorkspaceLoadError(importMessages.cannotRead(file, error));
    });
    if (!bytes) {
        return undefined;
    }
    const invalid = firstInvalidUtf8Byte(bytes);
    if (invalid >= 0) {
        // Decoding would replace the bad bytes, and writing back would change them: refuse instead.
        throw new WorkspaceLoadError(importMessages.notUtf8(file, invalid));
    }
    return refusing(() => parseSource(services, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), file, locale));
}

function spliceRefusing(services: LangiumCoreServices, source: ParsedSource, blocks: ReadonlyMap<string, string>, file: string, locale: Locale): string {
    return refusing(() => spliceOpdBlocks(services, source, blocks, file, locale));
}

function refusing<T>(action: () => T): T {
    try {
        return action();
    } catch (error) {
        throw error instanceof SpliceRefusedError ? new WorkspaceLoadError(error.message) : error;
    }
}

/** What an OPD means, positions left out: its header and its elements, in a comparable form. */
function opdMeaning(model: SpbeModel, code: string): string {
    const strip = <T extends { source?: unknown }>(x: T) => ({ ...x, source: undefined });
    const opd = model.opds.find(o => o.code === code);
    const elements = model.elements.filter(e => e.opd === code).map(strip).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return JSON.stringify({ opd: opd && strip(opd), elements });
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
    const groups = new Map<K, T[]>();
    for (const item of items) {
        const group = groups.get(key(item)) ?? [];
        group.push(item);
        groups.set(key(item), group);
    }
    return groups;
}

interface WorkspaceCheck {
    readonly problems: ImportProblem[];
    readonly notes: FileDiagnostic[];
    /** Rows (rowKey) whose elements the errors are on. */
    readonly rows: string[];
    /** The workspace's model with the planned files in place. */
    readonly model: SpbeModel;
}

/**
 * Loads the workspace with the planned files in place (in memory) and keeps what the new files add:
 * errors on an imported element become problems of its row; errors that appear in other files
 * (a reference to an element the import removes) become problems too; warnings become notes.
 */
async function checkWithWorkspace(root: string, planned: readonly PlannedFile[], before: readonly FileDiagnostic[],
    elements: readonly ImportedElement[], locale: Locale): Promise<WorkspaceCheck> {
    // A file whose OPDs are all unchanged is read from disk: its findings then name its real lines.
    const replaced = new Map(planned.filter(p => p.changed).map(p => [path.resolve(p.file), p.content]));
    const files = (await findSourceFiles(root)).filter(f => !replaced.has(path.resolve(f)));
    const sources: SourceEntry[] = [
        ...files.map(file => ({ file, read: () => fs.readFile(file) })),
        ...[...replaced].map(([file, content]) => ({ file, read: async () => new TextEncoder().encode(content) }))
    ];
    const loaded = await loadChecked(root, sources, locale);
    const newFiles = new Set(planned.map(p => toPosix(path.relative(root, p.file))));
    const key = (d: FileDiagnostic) => `${d.file}\n${d.code}\n${d.message}`;
    const old = new Map<string, number>();
    before.forEach(d => old.set(key(d), (old.get(key(d)) ?? 0) + 1));
    const byName = new Map(elements.map(e => [`${e.opd}.${e.name}`, e]));
    const problems: ImportProblem[] = [];
    const notes: FileDiagnostic[] = [];
    const rows: string[] = [];
    for (const d of loaded.diagnostics) {
        const isNew = newFiles.has(d.file);
        if (!isNew) {
            const count = old.get(key(d)) ?? 0;
            if (count > 0) {
                old.set(key(d), count - 1);
                continue;
            }
        }
        if (d.severity !== 'error') {
            if (isNew) {
                notes.push(d);
            }
            continue;
        }
        const element = isNew ? elementAt(loaded.documents, d) : undefined;
        const source = element ? byName.get(element) : undefined;
        if (source) {
            rows.push(rowKey(source.file, source.sheet, source.row));
        }
        problems.push({
            file: source?.file ?? d.file, sheet: source?.sheet ?? '', row: source?.row ?? 0, column: '', header: '', value: source?.name ?? '',
            reason: 'validation', message: problemMessage('validation', { detail: `${isNew ? '' : `${d.file}:${d.line}: `}${d.message} [${d.code}]` }, locale)
        });
    }
    return { problems, notes, rows, model: loaded.model() };
}

/**
 * Loads the planned workspace and makes sure its checks ran to the end. Langium's validator logs an
 * exception that escapes the checks of a document (or the collecting of their findings: a spread of
 * 150k diagnostics overflows the stack) and keeps only what it had before, which would make an
 * unchecked file look clean. Here every finding the checks computed must reach its document; a
 * failure, a loss, or a failure of the loader itself refuses the import.
 *
 * @throws ImportCheckError naming the stage and the file.
 */
async function loadChecked(root: string, sources: readonly SourceEntry[], locale: Locale): Promise<LoadedWorkspace> {
    const services = createSpbeCoreServices(NodeFileSystem).Spbe;
    // `validateAst` runs the custom checks (a protected method, hence the cast); wrapping it sees an
    // exception before Langium swallows it, and how many findings the checks returned.
    const validator = services.validation.DocumentValidator as unknown as { validateAst: AstValidation };
    const validateAst: AstValidation = validator.validateAst.bind(validator);
    const failures: Array<{ file: string; error: unknown }> = [];
    const computed = new Map<string, number>();
    validator.validateAst = async (node, options, token) => {
        const uri = AstUtils.getDocument(node).uri;
        try {
            const found = await validateAst(node, options, token);
            computed.set(uri.toString(), (computed.get(uri.toString()) ?? 0) + found.length);
            return found;
        } catch (error) {
            if (!isOperationCancelled(error)) {
                failures.push({ file: toPosix(path.relative(root, uri.fsPath)), error });
            }
            throw error;
        }
    };
    const failed = (stage: string, file: string, error: unknown) => new ImportCheckError(
        importDetail('checkFailed', locale, { stage, file, detail: (error as Error)?.message ?? String(error) }));
    let loaded: LoadedWorkspace;
    try {
        loaded = await loadSources(root, sources, { locale, services });
    } catch (error) {
        // A check that threw is named by the raw error it threw; any other failed stage by its own report.
        if (failures.length > 0) {
            throw failed(stageName('validation', locale), failures[0].file, failures[0].error);
        }
        if (error instanceof InternalFailureError) {
            throw failed(stageName(error.stage, locale), `${error.file}${error.line ? `:${error.line}` : ''}`, new Error(error.detail));
        }
        throw failed(importDetail('loadingWorkspace', locale), '.', error);
    }
    for (const document of loaded.documents) {
        const kept = document.diagnostics?.length ?? 0;
        const found = computed.get(document.uri.toString()) ?? 0;
        if (kept < found) {
            failures.push({
                file: toPosix(path.relative(root, document.uri.fsPath)),
                error: new Error(importDetail('findingsLost', locale, { found, kept }))
            });
        }
    }
    if (failures.length > 0) {
        throw failed(stageName('validation', locale), failures[0].file, failures[0].error);
    }
    return loaded;
}

/** The findings that lie in the planned files (workspace-relative paths, as FileDiagnostic has them). */
function findingsIn(diagnostics: readonly FileDiagnostic[], planned: readonly PlannedFile[], root: string): FileDiagnostic[] {
    const files = new Set(planned.map(p => toPosix(path.relative(root, p.file))));
    return diagnostics.filter(d => files.has(d.file));
}

/** `OPD.NAME` of the element a diagnostic lies in. */
function elementAt(documents: readonly LangiumDocument[], d: FileDiagnostic): string | undefined {
    const document = documents.find(doc => doc.uri.path.endsWith(`/${d.file}`));
    return document && elementIdAt(document, document.textDocument.offsetAt({ line: d.line - 1, character: d.column - 1 }));
}
