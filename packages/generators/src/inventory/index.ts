import { defaultCsvSeparator, type CsvSeparator } from '../output/csv-table.js';
import type { OutputFile } from '../roadmap/index.js';
import type { Locale } from 'spbe-model';
import type { ElementKind, SpbeModel } from 'spbe-model';
import { documentNotices } from '../output/document-words.js';
import { inventoryCsv } from './inventory-csv.js';
import { emptyInventoryRows, inventoryRows } from './inventory-rows.js';
import { InventorySheets } from './inventory-schema.js';
import { inventoryXlsx } from './inventory-xlsx.js';

export const InventoryFormats = ['xlsx', 'csv'] as const;
export type InventoryFormat = typeof InventoryFormats[number];

export interface InventoryExportOptions {
    /** Field separator of the CSVs; default: the locale's (`;` in Indonesian, `,` in English). */
    readonly csvSeparator?: CsvSeparator;
    /** Default: Indonesian. */
    readonly locale?: Locale;
    /** (v2 §6) Errors of the workspace exported; > 0 puts the errors notice first on every sheet and CSV. */
    readonly workspaceErrors?: number;
}

/** The whole workspace as the inventory workbook (or its CSVs): one row per element, owner OPD as a column. */
export async function exportInventory(model: SpbeModel, format: InventoryFormat, options: InventoryExportOptions = {}): Promise<OutputFile[]> {
    const sheets = inventoryRows(model);
    const locale = options.locale ?? 'id';
    const notices = documentNotices(model, locale, options.workspaceErrors);
    return format === 'xlsx'
        ? [{ name: 'inventaris.xlsx', content: await inventoryXlsx(sheets, `Inventaris Arsitektur SPBE ${model.pemda?.title ?? ''}`.trim(), notices) }]
        : inventoryCsv(sheets, options.csvSeparator ?? defaultCsvSeparator(locale), notices);
}

/** The blank inventory workbook an OPD's PIC fills in; `domains` limits it to some element kinds. */
export async function inventoryTemplate(domains?: readonly ElementKind[]): Promise<Uint8Array> {
    const sheets = emptyInventoryRows().filter(s => !domains || s.slug === 'opd' || InventorySheets.some(i => i.sheet === s.sheet && domains.includes(i.kind)));
    return inventoryXlsx(sheets, 'Inventaris Arsitektur SPBE');
}

export * from './inventory-schema.js';
export { inventoryRows, type SheetRows } from './inventory-rows.js';
export { inventoryCsvName } from './inventory-csv.js';
export { joinDescription } from './description-lines.js';
