import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { toLocale } from 'spbe-language';
import { WorkspaceLoadError } from 'spbe-language/node';
import { initCommand } from './commands/init.js';
import { validateCommand } from './commands/validate.js';
import { UsageError } from './usage-error.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf-8')) as { version: string }).version;

function wholeNumber(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) {
        throw new InvalidArgumentError('expected a whole number ≥ 0');
    }
    return n;
}

function localeOption(): Option {
    return new Option('--locale <locale>', 'language of messages').choices(['id', 'en']).default(toLocale(process.env.SPBE_LOCALE));
}

/** Runs the CLI and returns the exit code: 0 ok, 1 findings, 2 usage or input problems. */
export async function main(argv: string[]): Promise<number> {
    let exitCode = 0;
    const out = (text: string) => { process.stdout.write(text); };
    const program = new Command()
        .name('spbe')
        .description('Checks and generates Arsitektur SPBE and Peta Rencana SPBE from .spbe workspaces.')
        .version(version)
        .exitOverride()
        .configureOutput({ writeErr: text => process.stderr.write(text) });

    program.command('validate')
        .description('check every .spbe file below a folder (all checks, fast and slow)')
        .argument('[dir]', 'workspace folder', '.')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
        .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', wholeNumber)
        .addOption(localeOption())
        .action(async (dir: string, opts: { format: 'text' | 'json' | 'sarif'; maxWarnings?: number; locale: 'id' | 'en' }) => {
            exitCode = await validateCommand(dir, opts, version, out);
        });

    program.command('init')
        .description('create a new pemda workspace that validates clean')
        .argument('[dir]', 'folder to create it in', '.')
        .option('--name <id>', 'pemda identifier', 'KotaContoh')
        .option('--title <text>', 'pemda title', 'Pemerintah Kota Contoh')
        .option('--year <yyyy>', 'first year of the five-year periode', wholeNumber, new Date().getFullYear())
        .action(async (dir: string, opts: { name: string; title: string; year: number }) => {
            exitCode = await initCommand(dir, opts, out);
        });

    try {
        await program.parseAsync(argv);
        return exitCode;
    } catch (error) {
        return handleError(error);
    }
}

function handleError(error: unknown): number {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') {
        return 0;
    }
    if (code?.startsWith('commander.')) {
        return 2;
    }
    if (error instanceof UsageError || error instanceof WorkspaceLoadError) {
        process.stderr.write(`spbe: ${error.message}\n`);
        return 2;
    }
    process.stderr.write(`spbe: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 3;
}
