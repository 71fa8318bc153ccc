import { InventorySheets, joinDescription, type InventoryColumn, type InventorySheet } from 'spbe-generators';
import { checkCell, spbeString } from './cell-checks.js';
import { keptText, rowKey, type ImportCheckRun, type RowState } from './import-check-run.js';
import { normalizeHeader, type RawCell, type RawTable } from './inventory-read.js';

/**
 * Pass 1 of the check: each row of the domain sheets on its own. Rows of OPDs not being imported
 * are skipped; every other row is checked cell by cell (enumerations, codes, numbers, dates, the form
 * of references) and kept with its problem count, references still pending.
 */
export function readRows(run: ImportCheckRun, tables: readonly RawTable[], knownOpds: ReadonlySet<string>): RowState[] {
    const rows: RowState[] = [];
    for (const table of tables) {
        const sheet = InventorySheets.find(s => s.sheet === table.sheet);
        const columnIndex = sheet && sheetColumns(run, table, sheet);
        if (!sheet || !columnIndex) {
            continue;
        }
        for (const { row, cells } of table.rows) {
            const state = readRow(run, table, sheet, columnIndex, row, cells, knownOpds);
            if (state) {
                rows.push(state);
            }
        }
    }
    return rows;
}

/** Where each of the sheet's columns is, or undefined (reported when the sheet has rows) when a required column is absent. */
function sheetColumns(run: ImportCheckRun, table: RawTable, sheet: InventorySheet): Map<InventoryColumn, number> | undefined {
    const columnIndex = new Map<InventoryColumn, number>();
    for (const column of sheet.columns) {
        const i = table.headers.findIndex(h => normalizeHeader(h) === column.header.toLowerCase());
        if (i >= 0) {
            columnIndex.set(column, i);
        }
    }
    const missing = sheet.columns.filter(c => (c.required || c.type === 'title') && !columnIndex.has(c));
    if (missing.length > 0) {
        if (table.rows.length > 0) {
            missing.forEach(c => run.report(table, 1, -1, c.header, '', 'missing-column'));
        }
        return undefined;
    }
    return columnIndex;
}

/** One row: undefined when it belongs to another OPD or names no usable OPD (the latter reported). */
function readRow(run: ImportCheckRun, table: RawTable, sheet: InventorySheet, columnIndex: ReadonlyMap<InventoryColumn, number>,
    row: number, cells: readonly RawCell[], knownOpds: ReadonlySet<string>): RowState | undefined {
    const opdColumn = sheet.columns.find(c => c.type === 'opd')!;
    const opdAt = columnIndex.get(opdColumn);
    const opdText = ((opdAt === undefined ? undefined : cells[opdAt])?.text ?? '').trim();
    if (opdText && !run.importing.has(opdText)) {
        return undefined;
    }
    const before = run.problems.length;
    if (!opdText && run.importing.size !== 1) {
        run.report(table, row, opdAt ?? -1, opdColumn.header, '', 'missing-value');
        return undefined;
    }
    const opd = opdText || run.options.opds[0];
    if (run.invalidOpds.has(opd)) {
        run.reportInvalidOpd(table, row, opdAt ?? -1, opdColumn.header, opd);
        return undefined;
    }
    const values = cellValues(run, table, row, cells, columnIndex);
    const state: RowState = {
        table, row, opd, kind: sheet.kind, cells: values,
        title: keptText(values.get(sheet.columns.find(c => c.type === 'title')!)?.text ?? ''),
        properties: [], refs: [], problems: 0
    };
    for (const column of sheet.columns) {
        const cell = values.get(column);
        const text = cell?.text ?? '';
        const at = cell?.index ?? columnIndex.get(column) ?? -1;
        if (!text.trim()) {
            if (column.required && !(cellAt(cells, columnIndex.get(column))?.formula)) {
                run.report(table, row, at, column.header, '', 'missing-value');
            }
            continue;
        }
        checkCell(column, text, at, state, (reason, args = {}, value = text) => run.report(table, row, at, column.header, value, reason, args),
            run.options.model, knownOpds, run.options.locale);
    }
    joinLines(sheet, values, state);
    state.problems = run.problems.length - before + (run.options.exclude?.has(rowKey(table.file, table.sheet, row)) ? 1 : 0);
    return state;
}

/** The row's cell texts by column (trimmed except free text); a formula is reported and left out, never evaluated. */
function cellValues(run: ImportCheckRun, table: RawTable, row: number, cells: readonly RawCell[],
    columnIndex: ReadonlyMap<InventoryColumn, number>): Map<InventoryColumn, { text: string; index: number }> {
    const values = new Map<InventoryColumn, { text: string; index: number }>();
    for (const [column, i] of columnIndex) {
        const raw = cells[i];
        if (raw?.formula) {
            run.report(table, row, i, column.header, raw.text, 'formula');
        } else if (raw?.cellType === 'inexact-number' || (raw?.cellType === 'date' && column.type !== 'date')) {
            // Never import a changed value: a date serial or a rounded number is not what the PIC typed.
            run.report(table, row, i, column.header, raw.text, raw.cellType === 'date' ? 'date-cell' : 'inexact-number');
        } else {
            const free = column.type === 'text' || column.type === 'title' || column.type === 'doc' || column.type === 'line';
            values.set(column, { text: free ? (raw?.text ?? '') : (raw?.text ?? '').trim(), index: i });
        }
    }
    return values;
}

/**
 * The SIA-SPBE fields without a `.spbe` property (`line` columns) join the row's `deskripsi` as
 * "Header: value" lines, exactly as written, so export gives each cell back unchanged.
 */
function joinLines(sheet: InventorySheet, values: ReadonlyMap<InventoryColumn, { text: string }>, state: RowState): void {
    const lines = sheet.columns.filter(c => c.type === 'line').map(c => [c.header, values.get(c)?.text ?? ''] as const);
    if (!lines.some(([, text]) => text.trim())) {
        return;
    }
    const descriptionColumn = sheet.columns.find(c => c.property === 'deskripsi')!;
    const at = state.properties.findIndex(p => p.property === 'deskripsi');
    const description = at >= 0 ? values.get(descriptionColumn)?.text ?? '' : '';
    const property = { property: 'deskripsi', source: spbeString(joinDescription(description, lines)) };
    if (at >= 0) {
        state.properties[at] = property;
    } else {
        state.properties.push(property);
    }
}

function cellAt(cells: readonly RawCell[], index: number | undefined): RawCell | undefined {
    return index === undefined ? undefined : cells[index];
}
