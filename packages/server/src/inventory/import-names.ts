import { invalidIdentifierReason } from 'spbe-model';
import { deriveName } from './element-names.js';
import { rowPlace, type ImportCheckRun, type RowState } from './import-check-run.js';

/**
 * Pass 2 of the check: each row's element name, by `OPD.NAME`. Names written in the ID column come
 * first, so that a name derived from a title never takes one a PIC wrote; an invalid or repeated ID
 * is a problem of its row. Rows without an ID get a name derived from their title.
 */
export function nameRows(run: ImportCheckRun, rows: readonly RowState[]): Map<string, RowState> {
    const names = new Map<string, RowState>();
    const invalidNamed = takeWrittenNames(run, rows, names);
    deriveMissingNames(run, rows, names, invalidNamed);
    return names;
}

/** Takes the IDs the rows state; returns the rows whose ID the identifier rule refuses. */
function takeWrittenNames(run: ImportCheckRun, rows: readonly RowState[], names: Map<string, RowState>): Set<RowState> {
    const invalidNamed = new Set<RowState>();
    for (const state of rows) {
        const idColumn = [...state.cells.keys()].find(c => c.type === 'name');
        const id = idColumn ? state.cells.get(idColumn)!.text.trim() : '';
        if (!idColumn || !id) {
            continue;
        }
        const index = state.cells.get(idColumn)!.index;
        const invalid = invalidIdentifierReason(id, run.options.locale);
        const key = `${state.opd}.${id}`;
        if (invalid) {
            run.report(state.table, state.row, index, idColumn.header, id, 'invalid-name', { detail: invalid });
            invalidNamed.add(state);
            state.problems++;
        } else if (names.has(key)) {
            run.report(state.table, state.row, index, idColumn.header, id, 'duplicate-name', { other: rowPlace(run, names.get(key)!) });
            state.problems++;
        } else {
            state.name = id;
            names.set(key, state);
        }
    }
    return invalidNamed;
}

/** Names the remaining rows from their titles; a row with neither a valid ID nor a title is a problem (once). */
function deriveMissingNames(run: ImportCheckRun, rows: readonly RowState[], names: Map<string, RowState>, invalidNamed: ReadonlySet<RowState>): void {
    // One suffix map per OPD: k rows of one title cost k checks in all (see deriveName).
    const suffixMaps = new Map<string, Map<string, number>>();
    const suffixesOf = (opd: string) => suffixMaps.get(opd) ?? suffixMaps.set(opd, new Map()).get(opd)!;
    for (const state of rows.filter(s => !s.name)) {
        if (!state.title) {
            // No title cell at all: it was refused where it was read (a formula) and reported there.
            const titleColumn = [...state.cells.keys()].find(c => c.type === 'title');
            if (titleColumn && !invalidNamed.has(state)) {
                run.report(state.table, state.row, state.cells.get(titleColumn)?.index ?? -1, titleColumn.header, '', 'missing-value');
                state.problems++;
            }
            continue;
        }
        const name = deriveName(state.title, state.kind, n => names.has(`${state.opd}.${n}`), suffixesOf(state.opd));
        state.name = name;
        names.set(`${state.opd}.${name}`, state);
    }
}
