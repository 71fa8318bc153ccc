import { Option } from 'commander';
import { defineCommand } from '../command-definition.js';
import type { InitOptions } from '../commands/init.js';
import type { ValidateOptions } from '../commands/validate.js';
import { addLocaleOption, wholeNumber } from '../options.js';
import { ReportFormats } from '../report/format.js';

/** `spbe validate [dir]`. */
export const validateDefinition = defineCommand({
    path: ['validate'],
    define: command => addLocaleOption(command
        .description('check every .spbe file below a folder (all checks, fast and slow)')
        .argument('[dir]', 'workspace folder', '.')
        .addOption(new Option('-f, --format <format>', 'output format').choices([...ReportFormats]).default('text'))
        .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', wholeNumber)
        .option('-o, --output <file>', 'write the report to a file (atomically) instead of the terminal')),
    run: async (context, dir: string, opts: ValidateOptions) =>
        (await import('../commands/validate.js')).validateCommand(dir, opts, context.version, context.out)
});

/** `spbe init [dir]`. */
export const initDefinition = defineCommand({
    path: ['init'],
    define: command => addLocaleOption(command
        .description('create a new pemda workspace that validates clean')
        .argument('[dir]', 'folder to create it in', '.')
        .option('--name <id>', 'pemda identifier', 'KotaContoh')
        .option('--title <text>', 'pemda title', 'Pemerintah Kota Contoh')
        .option('--year <yyyy>', 'first year of the five-year periode', wholeNumber, new Date().getFullYear())),
    run: async (context, dir: string, opts: InitOptions) =>
        (await import('../commands/init.js')).initCommand(dir, opts, context.out)
});
