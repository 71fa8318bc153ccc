import type { SpbeModel } from 'spbe-model';
import { enumChoices, enumValues, OpdSheet } from 'spbe-generators';
import { enumValueOf } from 'spbe-model';
import { splitList } from './cell-checks.js';
import { keptText, rowKey, type ImportCheckRun } from './import-check-run.js';
import { normalizeHeader, type RawCell, type RawTable } from './inventory-read.js';
import type { ImportedOpd } from './inventory-import.js';

/**
 * The OPD sheet: titles, PICs, e-mails and roles of the OPDs being imported, by code. Rows of other
 * OPDs, excluded rows, rows with an invalid code and rows with a formula are not taken (the last two
 * are reported).
 */
export function readOpdSheet(run: ImportCheckRun, tables: readonly RawTable[]): Map<string, ImportedOpd> {
    const opdRows = new Map<string, ImportedOpd>();
    for (const table of tables.filter(t => t.sheet === OpdSheet.sheet)) {
        const index = (header: string) => table.headers.findIndex(h => normalizeHeader(h) === header.toLowerCase());
        const columns = OpdSheet.columns.map(c => index(c.header));
        for (const { row, cells } of table.rows) {
            const code = (columns[0] >= 0 ? cells[columns[0]]?.text ?? '' : '').trim();
            if (!code || !run.importing.has(code) || run.options.exclude?.has(rowKey(table.file, table.sheet, row))) {
                continue;
            }
            if (run.invalidOpds.has(code)) {
                run.reportInvalidOpd(table, row, columns[0], OpdSheet.columns[0].header, code);
                continue;
            }
            const opd = readOpdRow(run, table, row, cells, columns, code);
            if (opd) {
                opdRows.set(code, opd);
            }
        }
    }
    return opdRows;
}

/** One OPD row, or undefined when a cell holds a formula (reported: a formula is never evaluated nor imported). */
function readOpdRow(run: ImportCheckRun, table: RawTable, row: number, cells: readonly RawCell[], columns: readonly number[], code: string): ImportedOpd | undefined {
    const [, title, pic, email, peran] = columns;
    const text = (i: number) => (i >= 0 ? cells[i]?.text ?? '' : '').trim();
    // Here as on the domain sheets: a formula's cached value may be anything.
    const formulas = OpdSheet.columns.map((c, k) => ({ header: c.header, at: columns[k] })).filter(c => c.at >= 0 && cells[c.at]?.formula);
    if (formulas.length > 0) {
        formulas.forEach(c => run.report(table, row, c.at, c.header, cells[c.at].text, 'formula'));
        return undefined;
    }
    const roles: string[] = [];
    for (const value of splitList(text(peran))) {
        const match = enumValueOf('Peran', enumValues('Peran'), value);
        if (match) {
            roles.push(match);
        } else {
            run.report(table, row, peran, 'Peran', value, 'bad-enum', { allowed: enumChoices('Peran').join(', ') });
        }
    }
    // A column the sheet does not have says nothing: the OPD keeps what the workspace says (an empty cell does clear it).
    const existing = existingOpd(run.options.model, code);
    return {
        code,
        title: title >= 0 ? keptText(cells[title]?.text ?? '') || undefined : existing.title,
        pic: pic >= 0 ? text(pic) || undefined : existing.pic,
        email: email >= 0 ? text(email) || undefined : existing.email,
        peran: peran >= 0 ? roles : existing.peran
    };
}

/** The OPD as the workspace declares it (empty when it does not). */
export function existingOpd(model: SpbeModel, code: string): ImportedOpd {
    const opd = model.opds.find(o => o.code === code);
    return { code, title: opd?.title, pic: opd?.pic, email: opd?.email, peran: opd?.peran ?? [] };
}
