import type { PendingRef } from './cell-checks.js';
import { rowPlace, type ImportCheckRun, type RowState } from './import-check-run.js';

/**
 * Pass 3 of the check: each reference must name an element of the wanted kind, among the rows of
 * this import (for the imported OPDs) or in the rest of the workspace (for the others).
 */
export function checkReferences(run: ImportCheckRun, rows: readonly RowState[], names: ReadonlyMap<string, RowState>): void {
    const workspaceElements = new Map(run.options.model.elements.filter(e => !run.importing.has(e.opd)).map(e => [e.id, e]));
    for (const state of rows) {
        for (const ref of state.refs) {
            for (const token of ref.tokens) {
                const qualified = token.includes('.') ? token : `${state.opd}.${token}`;
                const [opd] = qualified.split('.');
                const wanted = ref.column.target === 'element' ? 'elemen' : ref.column.target!;
                const local = run.importing.has(opd) ? names.get(qualified) : undefined;
                const actual = local?.kind ?? (!run.importing.has(opd) ? workspaceElements.get(qualified)?.kind : undefined);
                if (!actual) {
                    run.report(state.table, state.row, ref.columnIndex, ref.column.header, token, 'unresolved-reference', { kind: wanted });
                    state.problems++;
                } else if (ref.column.target !== 'element' && actual !== ref.column.target) {
                    run.report(state.table, state.row, ref.columnIndex, ref.column.header, token, 'wrong-kind', { kind: wanted, actual });
                    state.problems++;
                }
            }
        }
    }
}

/**
 * The rows left out: those with problems and, since a row that refers to a left-out row cannot be
 * written without it, the rows that refer to them, transitively (each such reference reported). A
 * worklist over the reverse references keeps this linear in the references, however long the chains are.
 */
export function rowsLeftOut(run: ImportCheckRun, rows: readonly RowState[], names: ReadonlyMap<string, RowState>): Set<RowState> {
    const referrers = new Map<RowState, Array<{ state: RowState; ref: PendingRef; token: string }>>();
    for (const state of rows) {
        for (const ref of state.refs) {
            for (const token of ref.tokens) {
                const target = names.get(token.includes('.') ? token : `${state.opd}.${token}`);
                if (target) {
                    const list = referrers.get(target) ?? [];
                    list.push({ state, ref, token });
                    referrers.set(target, list);
                }
            }
        }
    }
    const bad = new Set(rows.filter(s => s.problems > 0));
    const queue = [...bad];
    for (let i = 0; i < queue.length; i++) {
        const target = queue[i];
        for (const { state, ref, token } of referrers.get(target) ?? []) {
            if (!bad.has(state)) {
                run.report(state.table, state.row, ref.columnIndex, ref.column.header, token, 'skipped-reference', { other: rowPlace(run, target) });
                bad.add(state);
                queue.push(state);
            }
        }
    }
    return bad;
}
