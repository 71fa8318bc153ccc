import { exportInventory, InventoryFormats } from 'spbe-generators';
import type { Locale } from 'spbe-model';
import { writeEachFormat, type GeneratedFiles, type OutputTarget } from './output-target.js';
import { checkCsvSeparator, checkFormats, checkLocale } from './request-checks.js';
import type { WorkspaceSource } from './workspace-source.js';

/** The untrusted parameters of `spbe export inventory` / `spbe/exportInventory`. */
export interface InventoryExportParams {
    readonly formats: unknown;
    readonly csvSeparator?: unknown;
    readonly locale?: unknown;
}

/** The whole workspace as the inventory workbook and/or its CSVs; like diagrams, also from a workspace with errors. */
export async function exportInventoryFiles(source: WorkspaceSource, target: OutputTarget, params: InventoryExportParams, defaultLocale: Locale): Promise<GeneratedFiles> {
    const formats = checkFormats('inventory', InventoryFormats, params.formats);
    const locale = checkLocale(params.locale, defaultLocale);
    const csvSeparator = checkCsvSeparator(params.csvSeparator);
    const workspace = await source.validated();
    const files = await writeEachFormat(formats, target, format => exportInventory(workspace.model, format, { csvSeparator, locale, workspaceErrors: workspace.counts.errors }));
    return { files, errors: workspace.counts.errors };
}
