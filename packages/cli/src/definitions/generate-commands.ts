import { Option } from 'commander';
import { DocumentFormats, DocumentJenisList, RoadmapFormats } from 'spbe-generators';
import { MuatanOrder } from 'spbe-model';
import { defineCommand } from '../command-definition.js';
import type { GenerateDocumentOptions } from '../commands/generate-document.js';
import type { GenerateRoadmapOptions } from '../commands/generate-roadmap.js';
import { accumulate, addLocaleOption, csvSeparatorOption, once, wholeNumber } from '../options.js';

/** `spbe generate roadmap [dir]`. */
export const generateRoadmapDefinition = defineCommand({
    path: ['generate', 'roadmap'],
    define: command => addLocaleOption(command
        .description('the Peta Rencana documents: table, Gantt, coverage, gap, budget')
        .argument('[dir]', 'workspace folder', '.')
        .requiredOption('-f, --format <formats>', `one or more of ${RoadmapFormats.join(', ')} (comma-separated)`)
        .option('-o, --output <dir>', 'output folder (default: <dir>/out)')
        .option('--opd <kode>', 'only items this OPD is responsible for or carries out', once)
        .addOption(new Option('--muatan <muatan>', 'only one muatan').choices([...MuatanOrder]))
        .option('--from <yyyy>', 'first year', wholeNumber)
        .option('--to <yyyy>', 'last year', wholeNumber), 'language of headings and messages')
        .addOption(csvSeparatorOption())
        .option('--allow-errors', 'generate even when the workspace has errors'),
    run: async (context, dir: string, opts: GenerateRoadmapOptions) =>
        (await import('../commands/generate-roadmap.js')).generateRoadmapCommand(dir, opts, context.out, context.err)
});

/** `spbe generate dokumen [dir]`. */
export const generateDocumentDefinition = defineCommand({
    path: ['generate', 'dokumen'],
    define: command => addLocaleOption(command
        .description('the submittable documents (lampiran of the regulation): Peta Rencana SPBE and Arsitektur SPBE as DOCX and PDF')
        .argument('[dir]', 'workspace folder', '.')
        .option('--jenis <jenis>', `one or more of ${DocumentJenisList.join(', ')} (comma-separated or repeated; default: all)`, accumulate)
        .option('-f, --format <formats>', `one or more of ${DocumentFormats.join(', ')} (comma-separated or repeated; default: all)`, accumulate)
        .option('-o, --output <dir>', 'output folder (default: <dir>/out)')
        .option('--opd <kode>', 'only this OPD: its roadmap items and its elements', once), 'language of headings and messages')
        .option('--allow-errors', 'generate even when the workspace has errors (page 1 says so)'),
    run: async (context, dir: string, opts: GenerateDocumentOptions) =>
        (await import('../commands/generate-document.js')).generateDocumentCommand(dir, opts, context.out, context.err)
});
