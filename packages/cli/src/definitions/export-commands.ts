import { DiagramFormats, InventoryFormats } from 'spbe-generators';
import { defineCommand } from '../command-definition.js';
import type { ExportDiagramOptions } from '../commands/export-diagram.js';
import type { ExportInventoryOptions } from '../commands/inventory.js';
import { addLocaleOption, csvSeparatorOption, wholeNumber } from '../options.js';

/** `spbe export diagram [dir]`. */
export const exportDiagramDefinition = defineCommand({
    path: ['export', 'diagram'],
    define: command => addLocaleOption(command
        .description('an architecture diagram: layered bands, one OPD, the cross-OPD integration map, or the gap')
        .argument('[dir]', 'workspace folder', '.')
        .option('--view <view>', 'layered, integrasi, gap or opd:<KODE>', 'layered')
        .option('--year <yyyy>', 'the architecture as of this year', wholeNumber)
        .requiredOption('-f, --format <formats>', `one or more of ${DiagramFormats.join(', ')} (comma-separated)`)
        .option('-o, --output <dir>', 'output folder (default: <dir>/out)')
        .option('--expand', 'draw every element (a large layered or gap view otherwise folds part of each OPD cell into "+N elemen lainnya")')),
    run: async (context, dir: string, opts: ExportDiagramOptions) =>
        (await import('../commands/export-diagram.js')).exportDiagramCommand(dir, opts, context.out, context.err)
});

/** `spbe export inventory [dir]`. */
export const exportInventoryDefinition = defineCommand({
    path: ['export', 'inventory'],
    define: command => addLocaleOption(command
        .description('the whole workspace as the inventory workbook (one row per element, owner OPD as a column)')
        .argument('[dir]', 'workspace folder', '.')
        .option('-f, --format <formats>', `${InventoryFormats.join(', ')} or both (comma-separated)`, 'xlsx')
        .option('-o, --output <dir>', 'output folder (default: <dir>/out)')
        .addOption(csvSeparatorOption())),
    run: async (context, dir: string, opts: ExportInventoryOptions) =>
        (await import('../commands/inventory.js')).exportInventoryCommand(dir, opts, context.out, context.err)
});
