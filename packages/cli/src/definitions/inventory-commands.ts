import { Option } from 'commander';
import { InventorySheets } from 'spbe-generators';
import { defineCommand } from '../command-definition.js';
import type { ImportOptions, TemplateOptions } from '../commands/inventory.js';
import { addLocaleOption } from '../options.js';

/** The formats of `spbe import`'s report (`--format`). */
export const ImportReportFormats = ['text', 'json'] as const;

/** `spbe template`. */
export const templateDefinition = defineCommand({
    path: ['template'],
    define: command => addLocaleOption(command
        .description('a blank inventory workbook for OPD PICs: one sheet per domain, dropdowns, instructions')
        .option('--domain <kinds>', `only these domains: ${InventorySheets.map(s => s.kind).join(', ')} (comma-separated)`)
        .option('-o, --output <file>', 'the .xlsx to write', 'inventaris.xlsx')),
    run: async (context, opts: TemplateOptions) =>
        (await import('../commands/inventory.js')).templateCommand(opts, context.out)
});

/** `spbe import <files...>`. */
export const importDefinition = defineCommand({
    path: ['import'],
    define: command => addLocaleOption(command
        .description('an OPD\'s filled inventory (.xlsx, or per-sheet .csv files) into a formatted, valid .spbe file')
        .argument('<files...>', 'inventaris.xlsx, or inventaris-aplikasi.csv inventaris-data.csv …')
        .option('--opd <kode>', 'the OPD to import (several: comma-separated)')
        .option('--all', 'every OPD named in the files, one file each')
        .option('-w, --workspace <dir>', 'the workspace the OPD joins', '.')
        .option('-o, --output <file>', 'the .spbe file to write (default: the OPD\'s current file, or opd/<kode>.spbe)')
        .option('--force', 'replace an existing file')
        .option('--partial', 'write the valid rows and list the rest')
        .option('--dry-run', 'check and report only')
        .addOption(new Option('-f, --format <format>', 'report format').choices([...ImportReportFormats]).default('text'))),
    run: async (context, files: string[], opts: ImportOptions) =>
        (await import('../commands/inventory.js')).importCommand(files, opts, context.out)
});
