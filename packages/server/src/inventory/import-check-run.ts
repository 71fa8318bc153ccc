import type { ElementKind } from 'spbe-model';
import { invalidIdentifierReason, term } from 'spbe-model';
import { columnLetter, type InventoryColumn } from 'spbe-generators';
import type { ImportedProperty, PendingRef } from './cell-checks.js';
import { problemMessage, type ImportProblem, type ImportReason, type ProblemArgs } from './import-problems.js';
import type { RawTable } from './inventory-read.js';
import type { ImportOptions } from './inventory-import.js';

/**
 * What the steps of one inventory check share: the options, the problems found so far (in the order
 * they are reported, which is the order users see) and the OPD codes that cannot be used.
 */
export interface ImportCheckRun {
    readonly options: ImportOptions;
    /** The OPDs being imported. */
    readonly importing: ReadonlySet<string>;
    readonly problems: ImportProblem[];
    /** Imported OPD codes the identifier rule refuses, with the reason in the run's locale. */
    readonly invalidOpds: ReadonlyMap<string, string>;
    /** Invalid OPD codes already reported on a row (the rest are reported without one at the end). */
    readonly reportedOpds: Set<string>;
    /** Records a problem at a cell; `columnIndex` -1 when the column is absent. */
    report(table: RawTable, row: number, columnIndex: number, header: string, value: string, reason: ImportReason, args?: ProblemArgs): void;
    /** Records that a row names an OPD code the identifier rule refuses. */
    reportInvalidOpd(table: RawTable, row: number, columnIndex: number, header: string, code: string): void;
}

/** One row of a domain sheet while it is checked: its cells, what it will become and how many problems it has. */
export interface RowState {
    readonly table: RawTable;
    readonly row: number;
    readonly opd: string;
    readonly kind: ElementKind;
    readonly cells: ReadonlyMap<InventoryColumn, { text: string; index: number }>;
    name?: string;
    readonly title: string;
    readonly properties: ImportedProperty[];
    readonly refs: PendingRef[];
    problems: number;
}

/** The key of a row in `ImportOptions.exclude`: file, sheet and row number. */
export function rowKey(file: string, sheet: string, row: number): string {
    return `${file}\n${sheet}\n${row}`;
}

export function startCheckRun(options: ImportOptions): ImportCheckRun {
    const problems: ImportProblem[] = [];
    // An OPD code becomes the name of its block (`opd KODE { … }`) and of its file: the one identifier rule applies.
    const invalidOpds = new Map(options.opds.flatMap(code => {
        const reason = invalidIdentifierReason(code, options.locale);
        return reason ? [[code, reason] as const] : [];
    }));
    const reportedOpds = new Set<string>();
    const report: ImportCheckRun['report'] = (table, row, columnIndex, header, value, reason, args = {}) => {
        problems.push({
            file: table.file, sheet: table.sheet, row, column: columnIndex >= 0 ? columnLetter(columnIndex) : '', header, value, reason,
            message: problemMessage(reason, { column: header, value, ...args }, options.locale)
        });
    };
    return {
        options, importing: new Set(options.opds), problems, invalidOpds, reportedOpds, report,
        reportInvalidOpd(table, row, columnIndex, header, code) {
            report(table, row, columnIndex, header, code, 'invalid-opd', { detail: invalidOpds.get(code) });
            reportedOpds.add(code);
        }
    };
}

/** "Aplikasi baris 7": where a row is, for problems that point at another row. */
export function rowPlace(run: ImportCheckRun, state: RowState): string {
    return `${state.table.sheet} ${term('row', run.options.locale)} ${state.row}`;
}

/** A title or description as written, edge spaces included (export then import is exact); a blank one is empty. */
export function keptText(text: string): string {
    return text.trim() === '' ? '' : text;
}
