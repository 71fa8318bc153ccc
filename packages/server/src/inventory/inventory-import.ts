import type { ElementKind, SpbeModel } from 'spbe-model';
import type { Locale } from 'spbe-model';
import type { ImportedProperty } from './cell-checks.js';
import { startCheckRun, type ImportCheckRun, type RowState } from './import-check-run.js';
import { problemMessage, type ImportProblem } from './import-problems.js';
import { existingOpd, readOpdSheet } from './import-opd-sheet.js';
import { nameRows } from './import-names.js';
import { checkReferences, rowsLeftOut } from './import-references.js';
import { readRows } from './import-rows.js';
import type { RawTable } from './inventory-read.js';

export type { ImportedProperty } from './cell-checks.js';
export { rowKey } from './import-check-run.js';

export interface ImportedElement {
    readonly opd: string;
    readonly kind: ElementKind;
    readonly name: string;
    readonly title: string;
    readonly doc?: string;
    readonly properties: readonly ImportedProperty[];
    readonly file: string;
    readonly sheet: string;
    readonly row: number;
}

export interface ImportedOpd {
    readonly code: string;
    readonly title?: string;
    readonly pic?: string;
    readonly email?: string;
    readonly peran: readonly string[];
}

export interface InventoryImport {
    readonly opds: readonly ImportedOpd[];
    readonly elements: readonly ImportedElement[];
    readonly problems: readonly ImportProblem[];
    /** Rows left out (`--partial`): each has at least one problem. */
    readonly skippedRows: number;
}

export interface ImportOptions {
    /** The OPDs to import; rows of other OPDs are ignored. */
    readonly opds: readonly string[];
    /** The workspace the files will join: its OPDs, elements (other than the imported OPDs') and reference settings. */
    readonly model: SpbeModel;
    readonly locale: Locale;
    /** Rows (rowKey) already rejected by the workspace check: left out like rows with problems, so rows that refer to them are too. */
    readonly exclude?: ReadonlySet<string>;
}

/**
 * Checks the rows of an inventory workbook for the OPDs being imported and turns them into elements
 * ready to be written: every enumeration, code, number, date, name and reference is checked, and
 * each problem names its file, sheet, row, column and value. Problems are listed in the order the
 * steps find them: the OPD sheet, each row on its own, names, references, rows left out with them,
 * then the OPDs that the command line names but no row can serve.
 */
export function checkInventory(tables: readonly RawTable[], options: ImportOptions): InventoryImport {
    const run = startCheckRun(options);
    const opdRows = readOpdSheet(run, tables);
    const workspaceOpds = options.model.opds.filter(o => !o.builtin).map(o => o.code);
    const rows = readRows(run, tables, new Set([...workspaceOpds, ...run.importing]));
    const names = nameRows(run, rows);
    checkReferences(run, rows, names);
    const leftOut = rowsLeftOut(run, rows, names);
    reportUnservedOpds(run, tables, rows, opdRows);
    return {
        opds: options.opds.map(code => opdRows.get(code) ?? existingOpd(options.model, code)),
        elements: rows.filter(s => !leftOut.has(s) && s.name).map(toElement),
        problems: run.problems,
        skippedRows: leftOut.size
    };
}

/**
 * Invalid OPD codes that no row named (given on the command line only: no row to point at), then,
 * when nothing else went wrong, each OPD with neither a row nor an OPD-sheet entry.
 */
function reportUnservedOpds(run: ImportCheckRun, tables: readonly RawTable[], rows: readonly RowState[], opdRows: ReadonlyMap<string, ImportedOpd>): void {
    const file = tables[0]?.file ?? '';
    const { locale } = run.options;
    for (const [code, reason] of run.invalidOpds) {
        if (!run.reportedOpds.has(code)) {
            run.problems.push({ file, sheet: '', row: 0, column: '', header: '', value: code, reason: 'invalid-opd', message: problemMessage('invalid-opd', { value: code, detail: reason }, locale) });
        }
    }
    for (const opd of run.options.opds) {
        if (!rows.some(r => r.opd === opd) && !opdRows.has(opd) && run.problems.length === 0) {
            run.problems.push({ file, sheet: '', row: 0, column: '', header: '', value: opd, reason: 'no-rows', message: problemMessage('no-rows', { value: opd }, locale) });
        }
    }
}

/** A checked, named row as the element it becomes; references become properties in their written form. */
function toElement(s: RowState): ImportedElement {
    const docColumn = [...s.cells.keys()].find(c => c.type === 'doc');
    const doc = docColumn ? s.cells.get(docColumn)!.text.trim() : '';
    return {
        opd: s.opd, kind: s.kind, name: s.name!, title: s.title, doc: doc || undefined,
        properties: [...s.properties, ...s.refs.map(r => ({ property: r.column.property!, source: r.tokens.join(', ') }))],
        file: s.table.file, sheet: s.table.sheet, row: s.row
    };
}
