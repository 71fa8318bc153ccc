import type { SpbeModel } from 'spbe-model';
import type { Locale } from 'spbe-model';
import type { RawTable } from './inventory-read.js';
import { inventoryRows } from 'spbe-generators';
import { InventorySheets } from 'spbe-generators';
import { importDetail } from './import-messages.js';

/** The elements of one OPD kept from the workspace because their sheet was not in the inventory. */
export interface KeptSheet {
    readonly opd: string;
    readonly sheet: string;
    readonly elements: number;
    /** The OPD's existing elements of that sheet as rows, checked and written like imported rows. */
    readonly table: RawTable;
}

/**
 * A domain sheet that is not in the inventory files (a CSV not given, a sheet missing from the
 * workbook) says nothing about that domain: the OPD's existing elements of it are kept. They are
 * turned into the rows the export would write for them, so that they go through the same checks
 * and the same writer as the rows read from the files (export then import is exact). A sheet that
 * is present but has no rows of the OPD does remove its elements: that is what the PIC wrote.
 *
 * @param supplied the sheets read from the files (`Aplikasi`, …); `fileOf` names an OPD's file for messages.
 * @returns one entry per OPD and missing sheet that has existing elements.
 */
export function keptSheets(model: SpbeModel, opds: readonly string[], supplied: ReadonlySet<string>, fileOf: (opd: string) => string): KeptSheet[] {
    const missing = InventorySheets.filter(s => !supplied.has(s.sheet));
    if (missing.length === 0) {
        return [];
    }
    const rows = inventoryRows(model);
    const kept: KeptSheet[] = [];
    for (const opd of opds) {
        for (const sheet of missing) {
            const opdColumn = sheet.columns.findIndex(c => c.type === 'opd');
            const own = rows.find(r => r.sheet === sheet.sheet)!.rows.filter(r => r[opdColumn] === opd);
            if (own.length > 0) {
                kept.push({
                    opd, sheet: sheet.sheet, elements: own.length,
                    table: {
                        sheet: sheet.sheet, file: fileOf(opd), headers: sheet.columns.map(c => c.header),
                        rows: own.map((cells, i) => ({ row: i + 2, cells: cells.map(text => ({ text })) }))
                    }
                });
            }
        }
    }
    return kept;
}

/** The line that tells the user a domain was kept, not emptied: `OPD X: lembar Aplikasi tidak ada di berkas impor; …`. */
export function keptSheetMessage(kept: Omit<KeptSheet, 'table'>, locale: Locale): string {
    return importDetail('keptSheet', locale, { opd: kept.opd, sheet: kept.sheet, elements: kept.elements });
}
