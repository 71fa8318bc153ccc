import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { formatSource } from '../format/format-source.js';
import { elementIdAt } from '../lsp/element-locator.js';
import { problemMessage, type ImportProblem } from '../inventory/import-problems.js';
import { checkInventory, rowKey, type ImportedElement, type InventoryImport } from '../inventory/inventory-import.js';
import { readInventoryCsv, readInventoryXlsx, type RawTable } from '../inventory/inventory-read.js';
import { opdSource } from '../inventory/inventory-source.js';
import type { Locale } from '../validation/messages.js';
import { decodeUtf8 } from '../workspace/utf8.js';
import { UnsafeWriteError, writeFileAtomic } from './atomic-write.js';
import { displayPath } from './display-path.js';
import { findSourceFiles, loadSources, loadWorkspace, toPosix, WorkspaceLoadError, type FileDiagnostic, type SourceEntry } from './load-workspace.js';

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
    /** The file exists and is replaced (only with `force`). */
    readonly replaces: boolean;
}

export interface ImportOutcome {
    readonly files: readonly PlannedFile[];
    readonly problems: readonly ImportProblem[];
    /** Warnings the workspace's checks report in the new files (sharing, unused applications…); they do not block. */
    readonly notes: readonly FileDiagnostic[];
    readonly written: boolean;
    readonly skippedRows: number;
}

/** Reads the inventory tables; a file that is not an inventory is a usage error, not a crash. */
export async function readInventoryFiles(files: readonly string[]): Promise<RawTable[]> {
    const tables: RawTable[] = [];
    for (const file of files) {
        const bytes = await fs.readFile(file).catch((error: Error) => { throw new WorkspaceLoadError(`Cannot read ${file}: ${error.message}`); });
        const name = path.basename(file);
        if (/\.xlsx$/i.test(file)) {
            tables.push(...await readInventoryXlsx(name, bytes).catch((error: Error) => {
                throw new WorkspaceLoadError(`${file} is not a readable XLSX workbook: ${error.message}`);
            }));
        } else if (/\.csv$/i.test(file)) {
            const table = readInventoryCsv(name, decodeUtf8(bytes).text);
            if (!table) {
                throw new WorkspaceLoadError(`${file}: name the CSV after its sheet (inventaris-aplikasi.csv, inventaris-data.csv, …)`);
            }
            tables.push(table);
        } else {
            throw new WorkspaceLoadError(`${file}: expected an .xlsx workbook or .csv files`);
        }
    }
    if (tables.length === 0) {
        throw new WorkspaceLoadError(`No inventory sheets in ${files.join(', ')}`);
    }
    return tables;
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
 * `spbe import`: checks the inventory rows of the chosen OPDs against the workspace, writes one
 * formatted `.spbe` file per OPD, and proves it by loading the workspace with the new files before
 * anything is written. Nothing is written when a problem remains, unless `partial` (then the rows
 * with problems are left out and listed). An existing file is only replaced with `force`.
 */
export async function importInventory(request: ImportRequest): Promise<ImportOutcome> {
    const tables = await readInventoryFiles(request.files);
    const root = path.resolve(request.workspace);
    const workspace = await loadWorkspace(root, { locale: request.locale });
    const model = workspace.model();
    const opds = request.opds === 'all' ? opdCodesIn(tables) : [...request.opds];
    if (opds.length === 0) {
        throw new WorkspaceLoadError('The files name no OPD; pass --opd KODE');
    }
    if (request.output && opds.length > 1) {
        throw new WorkspaceLoadError('-o names one file; with several OPDs the files go to opd/<kode>.spbe');
    }
    const declaredIn = new Map(model.opds.filter(o => !o.builtin && o.source).map(o => [o.code, URI.parse(o.source!.uri).fsPath]));
    const targets = new Map(opds.map(code => {
        const file = request.output ? path.resolve(request.output) : declaredIn.get(code) ?? path.join(root, defaultFileName(code));
        return [code, file];
    }));
    const existing = new Set<string>();
    for (const [code, file] of targets) {
        const declared = declaredIn.get(code);
        if (declared && path.resolve(declared) !== file) {
            throw new WorkspaceLoadError(`OPD ${code} is already declared in ${path.relative(root, declared)}; import into that file (with --force) or remove it first`);
        }
        const relative = path.relative(root, file);
        if (relative.startsWith('..') || path.isAbsolute(relative)) {
            throw new WorkspaceLoadError(`${file} is outside the workspace ${root}`);
        }
        if (!file.endsWith('.spbe')) {
            throw new WorkspaceLoadError(`${file}: the output must be a .spbe file`);
        }
        const exists = await fs.stat(file).then(() => true, () => false);
        if (exists) {
            existing.add(file);
        }
        if (exists && !request.force && !request.dryRun) {
            throw new WorkspaceLoadError(`${displayPath(file)} exists; pass --force to replace it`);
        }
    }

    // Round 1 checks the rows; later rounds (with --partial) leave out rows the workspace check rejects.
    const exclude = new Set<string>();
    let result: InventoryImport | undefined;
    let planned: PlannedFile[] = [];
    let extraProblems: ImportProblem[] = [];
    let notes: FileDiagnostic[] = [];
    for (let round = 0; round < 5; round++) {
        result = checkInventory(tables, { opds, model, locale: request.locale, exclude });
        if (result.problems.length > 0 && !request.partial) {
            break;
        }
        planned = opds.map(code => {
            const elements = result!.elements.filter(e => e.opd === code);
            const text = opdSource(result!.opds.find(o => o.code === code)!, elements, request.files.map(f => path.basename(f)).join(', '));
            const content = formatSource(workspace.services, text, { sortProperties: true });
            if (content === undefined) {
                throw new Error(`internal error: the generated source for ${code} does not parse`);
            }
            const file = targets.get(code)!;
            return { opd: code, file, content, elements: elements.length, replaces: existing.has(file) };
        });
        const check = await checkWithWorkspace(root, planned, workspace.diagnostics, result.elements, request.locale);
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
    const problems = [...result!.problems, ...extraProblems];
    const unplaced = extraProblems.filter(p => !exclude.has(rowKey(p.file, p.sheet, p.row)));
    const clean = problems.length === 0 || (request.partial === true && unplaced.length === 0);
    const writable = clean && planned.length > 0 && !request.dryRun;
    if (writable) {
        for (const file of planned) {
            try {
                await writeFileAtomic(path.relative(root, file.file), file.content, { root, overwrite: true, allowSourceOverwrite: request.force });
            } catch (error) {
                throw error instanceof UnsafeWriteError ? new WorkspaceLoadError(error.message) : error;
            }
        }
    }
    return { files: planned, problems, notes, written: writable, skippedRows: result!.skippedRows };
}

interface WorkspaceCheck {
    readonly problems: ImportProblem[];
    readonly notes: FileDiagnostic[];
    /** Rows (rowKey) whose elements the errors are on. */
    readonly rows: string[];
}

/**
 * Loads the workspace with the planned files in place (in memory) and keeps what the new files add:
 * errors on an imported element become problems of its row; errors that appear in other files
 * (a reference to an element the import removes) become problems too; warnings become notes.
 */
async function checkWithWorkspace(root: string, planned: readonly PlannedFile[], before: readonly FileDiagnostic[],
    elements: readonly ImportedElement[], locale: Locale): Promise<WorkspaceCheck> {
    const replaced = new Map(planned.map(p => [path.resolve(p.file), p.content]));
    const files = (await findSourceFiles(root)).filter(f => !replaced.has(path.resolve(f)));
    const sources: SourceEntry[] = [
        ...files.map(file => ({ file, read: () => fs.readFile(file) })),
        ...[...replaced].map(([file, content]) => ({ file, read: async () => new TextEncoder().encode(content) }))
    ];
    const loaded = await loadSources(root, sources, { locale });
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
    return { problems, notes, rows };
}

/** `OPD.NAME` of the element a diagnostic lies in. */
function elementAt(documents: readonly LangiumDocument[], d: FileDiagnostic): string | undefined {
    const document = documents.find(doc => doc.uri.path.endsWith(`/${d.file}`));
    return document && elementIdAt(document, document.textDocument.offsetAt({ line: d.line - 1, character: d.column - 1 }));
}
