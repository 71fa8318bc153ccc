import type { ElementKind, SpbeModel } from 'spbe-model';
import { term, type Locale } from 'spbe-model';
import { problemMessage, type ImportProblem, type ImportReason, type ProblemArgs } from './import-problems.js';
import { columnLetter, enumValues, InventorySheets, OpdSheet, type InventoryColumn } from 'spbe-generators';
import { checkCell, splitList, type ImportedProperty, type PendingRef } from './cell-checks.js';
import { normalizeHeader, type RawCell, type RawTable } from './inventory-read.js';
import { deriveName } from './element-names.js';
import { invalidIdentifierReason } from 'spbe-model';

export type { ImportedProperty } from './cell-checks.js';


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

interface RowState {
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

export function rowKey(file: string, sheet: string, row: number): string {
    return `${file}\n${sheet}\n${row}`;
}

/**
 * Checks the rows of an inventory workbook for the OPDs being imported and turns them into elements
 * ready to be written: every enumeration, code, number, date, name and reference is checked, and
 * each problem names its file, sheet, row, column and value.
 */
export function checkInventory(tables: readonly RawTable[], options: ImportOptions): InventoryImport {
    const problems: ImportProblem[] = [];
    const importing = new Set(options.opds);
    const report = (table: RawTable, row: number, columnIndex: number, header: string, value: string, reason: ImportReason, args: ProblemArgs = {}) => {
        problems.push({
            file: table.file, sheet: table.sheet, row, column: columnIndex >= 0 ? columnLetter(columnIndex) : '', header, value, reason,
            message: problemMessage(reason, { column: header, value, ...args }, options.locale)
        });
    };
    const workspaceOpds = new Set(options.model.opds.filter(o => !o.builtin).map(o => o.code));
    // An OPD code becomes the name of its block (`opd KODE { … }`) and of its file: the one identifier rule applies.
    const invalidOpds = new Map(options.opds.flatMap(code => {
        const reason = invalidIdentifierReason(code, options.locale);
        return reason ? [[code, reason] as const] : [];
    }));
    const reportedOpds = new Set<string>();
    const reportInvalidOpd = (table: RawTable, row: number, columnIndex: number, header: string, code: string) => {
        report(table, row, columnIndex, header, code, 'invalid-opd', { detail: invalidOpds.get(code) });
        reportedOpds.add(code);
    };

    // The OPD sheet: titles and PICs of the imported OPDs, and codes that references may name.
    const opdRows = new Map<string, ImportedOpd>();
    for (const table of tables.filter(t => t.sheet === OpdSheet.sheet)) {
        const index = (header: string) => table.headers.findIndex(h => normalizeHeader(h) === header.toLowerCase());
        const [code, title, pic, email, peran] = OpdSheet.columns.map(c => index(c.header));
        for (const { row, cells } of table.rows) {
            const text = (i: number) => (i >= 0 ? cells[i]?.text ?? '' : '').trim();
            const kode = text(code);
            if (!kode || !importing.has(kode) || options.exclude?.has(rowKey(table.file, table.sheet, row))) {
                continue;
            }
            if (invalidOpds.has(kode)) {
                reportInvalidOpd(table, row, code, OpdSheet.columns[0].header, kode);
                continue;
            }
            // A formula is never evaluated nor imported, here as on the domain sheets (its cached value may be anything).
            const formulas = OpdSheet.columns.map((c, k) => ({ header: c.header, at: [code, title, pic, email, peran][k] }))
                .filter(c => c.at >= 0 && cells[c.at]?.formula);
            if (formulas.length > 0) {
                formulas.forEach(c => report(table, row, c.at, c.header, cells[c.at].text, 'formula'));
                continue;
            }
            const roles: string[] = [];
            for (const value of splitList(text(peran))) {
                const match = enumValues('Peran').find(v => v.toLowerCase() === value.toLowerCase());
                if (match) {
                    roles.push(match);
                } else {
                    report(table, row, peran, 'Peran', value, 'bad-enum', { allowed: enumValues('Peran').join(', ') });
                }
            }
            // A column the sheet does not have says nothing: the OPD keeps what the workspace says (an empty cell does clear it).
            const existing = existingOpd(options.model, kode);
            opdRows.set(kode, {
                code: kode,
                title: title >= 0 ? keptText(cells[title]?.text ?? '') || undefined : existing.title,
                pic: pic >= 0 ? text(pic) || undefined : existing.pic,
                email: email >= 0 ? text(email) || undefined : existing.email,
                peran: peran >= 0 ? roles : existing.peran
            });
        }
    }
    const knownOpds = new Set([...workspaceOpds, ...importing]);

    // Pass 1: each row on its own.
    const rows: RowState[] = [];
    for (const table of tables) {
        const sheet = InventorySheets.find(s => s.sheet === table.sheet);
        if (!sheet) {
            continue;
        }
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
                missing.forEach(c => report(table, 1, -1, c.header, '', 'missing-column'));
            }
            continue;
        }
        const opdColumn = sheet.columns.find(c => c.type === 'opd')!;
        for (const { row, cells } of table.rows) {
            const cellOf = (column: InventoryColumn): RawCell | undefined => {
                const i = columnIndex.get(column);
                return i === undefined ? undefined : cells[i];
            };
            const opdText = (cellOf(opdColumn)?.text ?? '').trim();
            if (opdText && !importing.has(opdText)) {
                continue;
            }
            const before = problems.length;
            if (!opdText && importing.size !== 1) {
                report(table, row, columnIndex.get(opdColumn) ?? -1, opdColumn.header, '', 'missing-value');
                continue;
            }
            const opd = opdText || options.opds[0];
            if (invalidOpds.has(opd)) {
                reportInvalidOpd(table, row, columnIndex.get(opdColumn) ?? -1, opdColumn.header, opd);
                continue;
            }
            const values = new Map<InventoryColumn, { text: string; index: number }>();
            for (const [column, i] of columnIndex) {
                const raw = cells[i];
                if (raw?.formula) {
                    report(table, row, i, column.header, raw.text, 'formula');
                } else {
                    values.set(column, { text: column.type === 'text' || column.type === 'title' || column.type === 'doc' ? (raw?.text ?? '') : (raw?.text ?? '').trim(), index: i });
                }
            }
            const state: RowState = {
                table, row, opd, kind: sheet.kind, cells: values,
                // A title is kept as written, edge spaces included (export then import is exact); a blank one is empty.
                title: keptText(values.get(sheet.columns.find(c => c.type === 'title')!)?.text ?? ''),
                properties: [], refs: [], problems: 0
            };
            for (const column of sheet.columns) {
                const cell = values.get(column);
                const text = cell?.text ?? '';
                const at = cell?.index ?? columnIndex.get(column) ?? -1;
                if (!text.trim()) {
                    if (column.required && !(raw(cells, columnIndex.get(column))?.formula)) {
                        report(table, row, at, column.header, '', 'missing-value');
                    }
                    continue;
                }
                checkCell(column, text, at, state, (reason, args = {}, value = text) => report(table, row, at, column.header, value, reason, args),
                    options.model, knownOpds, options.locale);
            }
            state.problems = problems.length - before + (options.exclude?.has(rowKey(table.file, table.sheet, row)) ? 1 : 0);
            rows.push(state);
        }
    }

    // Pass 2: names. Explicit IDs first, so that a derived name never takes one a PIC wrote.
    const names = new Map<string, RowState>();
    const invalidNamed = new Set<RowState>();
    const suffixMaps = new Map<string, Map<string, number>>();
    const suffixesOf = (opd: string) => suffixMaps.get(opd) ?? suffixMaps.set(opd, new Map()).get(opd)!;
    const where = (s: RowState) => `${s.table.sheet} ${term('row', options.locale)} ${s.row}`;
    for (const state of rows) {
        const idColumn = [...state.cells.keys()].find(c => c.type === 'name');
        const id = idColumn ? state.cells.get(idColumn)!.text.trim() : '';
        if (!id) {
            continue;
        }
        const index = state.cells.get(idColumn!)!.index;
        const invalid = invalidIdentifierReason(id, options.locale);
        const key = `${state.opd}.${id}`;
        if (invalid) {
            report(state.table, state.row, index, idColumn!.header, id, 'invalid-name', { detail: invalid });
            invalidNamed.add(state);
            state.problems++;
        } else if (names.has(key)) {
            report(state.table, state.row, index, idColumn!.header, id, 'duplicate-name', { other: where(names.get(key)!) });
            state.problems++;
        } else {
            state.name = id;
            names.set(key, state);
        }
    }
    for (const state of rows.filter(s => !s.name)) {
        if (!state.title) {
            const titleColumn = [...state.cells.keys()].find(c => c.type === 'title')!;
            if (!invalidNamed.has(state)) {
                report(state.table, state.row, state.cells.get(titleColumn)?.index ?? -1, titleColumn.header, '', 'missing-value');
                state.problems++;
            }
            continue;
        }
        const name = deriveName(state.title, state.kind, n => names.has(`${state.opd}.${n}`), suffixesOf(state.opd));
        state.name = name;
        names.set(`${state.opd}.${name}`, state);
    }

    // Pass 3: references, against the rows of this import and the rest of the workspace.
    const workspaceElements = new Map(options.model.elements.filter(e => !importing.has(e.opd)).map(e => [e.id, e]));
    for (const state of rows) {
        for (const ref of state.refs) {
            for (const token of ref.tokens) {
                const qualified = token.includes('.') ? token : `${state.opd}.${token}`;
                const [opd] = qualified.split('.');
                const wanted = ref.column.target === 'element' ? 'elemen' : ref.column.target!;
                const local = importing.has(opd) ? names.get(qualified) : undefined;
                const actual = local?.kind ?? (!importing.has(opd) ? workspaceElements.get(qualified)?.kind : undefined);
                if (!actual) {
                    report(state.table, state.row, ref.columnIndex, ref.column.header, token, 'unresolved-reference', { kind: wanted });
                    state.problems++;
                } else if (ref.column.target !== 'element' && actual !== ref.column.target) {
                    report(state.table, state.row, ref.columnIndex, ref.column.header, token, 'wrong-kind', { kind: wanted, actual });
                    state.problems++;
                }
            }
        }
    }

    // A row that refers to a row with problems cannot be written without it: leave it out as well,
    // and the rows that refer to it in turn. A worklist over the reverse references keeps this
    // linear in the references, however long the chains are.
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
                report(state.table, state.row, ref.columnIndex, ref.column.header, token, 'skipped-reference', { other: where(target) });
                bad.add(state);
                queue.push(state);
            }
        }
    }
    for (const [code, reason] of invalidOpds) {
        if (!reportedOpds.has(code)) {
            // Given on the command line only: no row to point at.
            problems.push({ file: tables[0]?.file ?? '', sheet: '', row: 0, column: '', header: '', value: code, reason: 'invalid-opd', message: problemMessage('invalid-opd', { value: code, detail: reason }, options.locale) });
        }
    }
    for (const opd of options.opds) {
        if (!rows.some(r => r.opd === opd) && !opdRows.has(opd) && problems.length === 0) {
            const table = tables[0];
            problems.push({ file: table?.file ?? '', sheet: '', row: 0, column: '', header: '', value: opd, reason: 'no-rows', message: problemMessage('no-rows', { value: opd }, options.locale) });
        }
    }

    const elements: ImportedElement[] = rows.filter(s => !bad.has(s) && s.name).map(s => {
        const docColumn = [...s.cells.keys()].find(c => c.type === 'doc');
        const doc = docColumn ? s.cells.get(docColumn)!.text.trim() : '';
        return {
            opd: s.opd, kind: s.kind, name: s.name!, title: s.title, doc: doc || undefined,
            properties: [...s.properties, ...s.refs.map(r => ({ property: r.column.property!, source: r.tokens.join(', ') }))],
            file: s.table.file, sheet: s.table.sheet, row: s.row
        };
    });
    return {
        opds: options.opds.map(code => opdRows.get(code) ?? existingOpd(options.model, code)),
        elements,
        problems,
        skippedRows: bad.size
    };
}

function keptText(text: string): string {
    return text.trim() === '' ? '' : text;
}

function raw(cells: readonly RawCell[], index: number | undefined): RawCell | undefined {
    return index === undefined ? undefined : cells[index];
}

function existingOpd(model: SpbeModel, code: string): ImportedOpd {
    const opd = model.opds.find(o => o.code === code);
    return { code, title: opd?.title, pic: opd?.pic, email: opd?.email, peran: opd?.peran ?? [] };
}
