import { Option } from 'commander';
import { DiffFormats, IndexFormats } from 'spbe-generators';
import { FrameworkIds } from 'spbe-model';
import { defineCommand } from '../command-definition.js';
import type { DiffOptions } from '../commands/diff.js';
import type { IndexOptions } from '../commands/index-command.js';
import { addLocaleOption } from '../options.js';

/** `spbe index [dir]`. */
export const indexDefinition = defineCommand({
    path: ['index'],
    define: command => addLocaleOption(command
        .description('the Indeks SPBE / Indeks Pemdi: assessed, projected per roadmap year, contributions')
        .argument('[dir]', 'workspace folder', '.')
        .addOption(new Option('--framework <framework>', 'evaluation framework (default: the pemda\'s evaluasi)').choices([...FrameworkIds]))
        .addOption(new Option('-f, --format <format>', 'output format').choices([...IndexFormats]).default('text'))
        .option('-o, --output <file>', 'write to a file instead of the terminal'), 'language (decimal comma in Indonesian)'),
    run: async (context, dir: string, opts: IndexOptions) =>
        (await import('../commands/index-command.js')).indexCommand(dir, opts, context.out, context.err)
});

/** `spbe diff [old] [new]` or `spbe diff --base <git-ref> [dir]`. */
export const diffDefinition = defineCommand({
    path: ['diff'],
    define: command => addLocaleOption(command
        .description('what changed in meaning between two versions: elements, cross-OPD references, roadmap items, findings, index')
        .argument('[old]', 'the old workspace folder (with --base: the folder to compare, default .)')
        .argument('[new]', 'the new workspace folder', undefined)
        .option('--base <git-ref>', 'compare the folder\'s working tree with this git revision of it (no checkout)')
        .addOption(new Option('-f, --format <format>', 'output format').choices([...DiffFormats]).default('text'))
        .option('-o, --output <file>', 'write to a file instead of the terminal'), 'language of the report')
        .option('--exit-code', 'exit with 1 when anything changed'),
    run: async (context, first: string | undefined, second: string | undefined, opts: DiffOptions) =>
        (await import('../commands/diff.js')).diffCommand(first, second, opts, context.out)
});
