import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DiagramFormats, DiffFormats, IndexFormats, parseCsvSeparator, RoadmapFormats, type CsvSeparator } from 'spbe-generators';
import { MuatanOrder, toLocale } from 'spbe-model';
import { stageName } from 'spbe-language';
import { InternalFailureError, startStdioLanguageServer, UserError } from 'spbe-server';
import { diffCommand, type DiffOptions } from './commands/diff.js';
import { exportDiagramCommand, type ExportDiagramOptions } from './commands/export-diagram.js';
import { generateRoadmapCommand, type GenerateRoadmapOptions } from './commands/generate-roadmap.js';
import { indexCommand, type IndexOptions } from './commands/index-command.js';
import { initCommand } from './commands/init.js';
import { exportInventoryCommand, importCommand, templateCommand, type ExportInventoryOptions, type ImportOptions, type TemplateOptions } from './commands/inventory.js';
import { validateCommand } from './commands/validate.js';
import { closedPipeGuard } from './closed-pipe.js';
import { localizeCommanderMessage } from './commander-messages.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf-8')) as { version: string }).version;

function wholeNumber(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) {
        throw new InvalidArgumentError('expected a whole number ≥ 0');
    }
    return n;
}

function csvSeparator(value: string): CsvSeparator {
    const separator = parseCsvSeparator(value);
    if (!separator) {
        throw new InvalidArgumentError("expected ';' (semicolon) or ',' (comma)");
    }
    return separator;
}

/** Without the flag the command picks the locale's separator (`;` in Indonesian, `,` in English). */
function csvSeparatorOption(): Option {
    return new Option('--csv-separator <sep>', "CSV field separator: ';' or ',' (default: ';' for Indonesian, ',' for English)").argParser(csvSeparator);
}

function localeOption(): Option {
    return new Option('--locale <locale>', 'language of messages').choices(['id', 'en']).default(toLocale(process.env.SPBE_LOCALE));
}

/** Runs the CLI and returns the exit code: 0 ok, 1 findings, 2 usage or input problems. */
export async function main(argv: string[]): Promise<number> {
    let exitCode = 0;
    const stdout = closedPipeGuard(process.stdout);
    closedPipeGuard(process.stderr); // only absorbs EPIPE on stderr (`2>&1 | head`)
    const out = (text: string) => { stdout.write(text); };
    const program = new Command()
        .name('spbe')
        .description('Checks and generates Arsitektur SPBE and Peta Rencana SPBE from .spbe workspaces.')
        .version(version)
        .exitOverride()
        .configureOutput({
            writeErr: text => process.stderr.write(text),
            outputError: (text, write) => write(localizeCommanderMessage(text, messageLocale(argv)))
        });

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
        .addOption(localeOption())
        .action(async (dir: string, opts: { name: string; title: string; year: number }) => {
            exitCode = await initCommand(dir, opts, out);
        });

    const generate = program.command('generate').description('generate documents from a workspace');
    generate.command('roadmap')
        .description('the Peta Rencana documents: table, Gantt, coverage, gap, budget')
        .argument('[dir]', 'workspace folder', '.')
        .requiredOption('-f, --format <formats>', `one or more of ${RoadmapFormats.join(', ')} (comma-separated)`)
        .option('-o, --output <dir>', 'output folder (default: <dir>/out)')
        .option('--opd <kode>', 'only items this OPD is responsible for or carries out')
        .addOption(new Option('--muatan <muatan>', 'only one muatan').choices([...MuatanOrder]))
        .option('--from <yyyy>', 'first year', wholeNumber)
        .option('--to <yyyy>', 'last year', wholeNumber)
        .addOption(new Option('--lang <lang>', 'language of headings and messages').choices(['id', 'en']).default(toLocale(process.env.SPBE_LOCALE)))
        .addOption(csvSeparatorOption())
        .option('--allow-errors', 'generate even when the workspace has errors')
        .action(async (dir: string, opts: GenerateRoadmapOptions) => {
            exitCode = await generateRoadmapCommand(dir, opts, out, text => { process.stderr.write(text); });
        });

    const exportCommand = program.command('export').description('export diagrams and inventories');
    exportCommand.command('diagram')
        .description('an architecture diagram: layered bands, one OPD, the cross-OPD integration map, or the gap')
        .argument('[dir]', 'workspace folder', '.')
        .option('--view <view>', 'layered, integrasi, gap or opd:<KODE>', 'layered')
        .option('--year <yyyy>', 'the architecture as of this year', wholeNumber)
        .requiredOption('-f, --format <formats>', `one or more of ${DiagramFormats.join(', ')} (comma-separated)`)
        .option('-o, --output <dir>', 'output folder (default: <dir>/out)')
        .option('--expand', 'draw every element (a large layered or gap view otherwise folds part of each OPD cell into "+N elemen lainnya")')
        .addOption(localeOption())
        .action(async (dir: string, opts: ExportDiagramOptions) => {
            exitCode = await exportDiagramCommand(dir, opts, out);
        });

    exportCommand.command('inventory')
        .description('the whole workspace as the inventory workbook (one row per element, owner OPD as a column)')
        .argument('[dir]', 'workspace folder', '.')
        .option('-f, --format <formats>', 'xlsx, csv or both (comma-separated)', 'xlsx')
        .option('-o, --output <dir>', 'output folder (default: <dir>/out)')
        .addOption(csvSeparatorOption())
        .addOption(localeOption())
        .action(async (dir: string, opts: ExportInventoryOptions) => {
            exitCode = await exportInventoryCommand(dir, opts, out);
        });

    program.command('template')
        .description('a blank inventory workbook for OPD PICs: one sheet per domain, dropdowns, instructions')
        .option('--domain <kinds>', 'only these domains: probis, layanan, data, aplikasi, infrastruktur, keamanan, integrasi (comma-separated)')
        .option('-o, --output <file>', 'the .xlsx to write', 'inventaris.xlsx')
        .addOption(localeOption())
        .action(async (opts: TemplateOptions) => {
            exitCode = await templateCommand(opts, out);
        });

    program.command('import')
        .description('an OPD\'s filled inventory (.xlsx, or per-sheet .csv files) into a formatted, valid .spbe file')
        .argument('<files...>', 'inventaris.xlsx, or inventaris-aplikasi.csv inventaris-data.csv …')
        .option('--opd <kode>', 'the OPD to import (several: comma-separated)')
        .option('--all', 'every OPD named in the files, one file each')
        .option('-w, --workspace <dir>', 'the workspace the OPD joins', '.')
        .option('-o, --output <file>', 'the .spbe file to write (default: the OPD\'s current file, or opd/<kode>.spbe)')
        .option('--force', 'replace an existing file')
        .option('--partial', 'write the valid rows and list the rest')
        .option('--dry-run', 'check and report only')
        .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
        .addOption(localeOption())
        .action(async (files: string[], opts: ImportOptions) => {
            exitCode = await importCommand(files, opts, out);
        });

    program.command('index')
        .description('the Indeks SPBE / Indeks Pemdi: assessed, projected per roadmap year, contributions')
        .argument('[dir]', 'workspace folder', '.')
        .addOption(new Option('--framework <framework>', 'evaluation framework (default: the pemda\'s evaluasi)').choices(['spbe2020', 'pemdi2026']))
        .addOption(new Option('-f, --format <format>', 'output format').choices([...IndexFormats]).default('text'))
        .option('-o, --output <file>', 'write to a file instead of the terminal')
        .addOption(new Option('--lang <lang>', 'language (decimal comma in Indonesian)').choices(['id', 'en']).default(toLocale(process.env.SPBE_LOCALE)))
        .action(async (dir: string, opts: IndexOptions) => {
            exitCode = await indexCommand(dir, opts, out);
        });

    program.command('diff')
        .description('what changed in meaning between two versions: elements, cross-OPD references, roadmap items, findings, index')
        .argument('[old]', 'the old workspace folder (with --base: the folder to compare, default .)')
        .argument('[new]', 'the new workspace folder', undefined)
        .option('--base <git-ref>', 'compare the folder\'s working tree with this git revision of it (no checkout)')
        .addOption(new Option('-f, --format <format>', 'output format').choices([...DiffFormats]).default('text'))
        .option('-o, --output <file>', 'write to a file instead of the terminal')
        .addOption(new Option('--lang <lang>', 'language of the report').choices(['id', 'en']).default(toLocale(process.env.SPBE_LOCALE)))
        .option('--exit-code', 'exit with 1 when anything changed')
        .action(async (first: string | undefined, second: string | undefined, opts: DiffOptions) => {
            exitCode = await diffCommand(first, second, opts, out);
        });

    program.command('lsp')
        .description('run the language server over stdin/stdout (for editors other than VS Code)')
        .option('--stdio', 'the transport (the only one; accepted because editors pass it)')
        .action(() => {
            startStdioLanguageServer();
            exitCode = 0;
        });

    try {
        await program.parseAsync(argv);
        await stdout.flushed();
        if (stdout.failure) {
            const code = stdout.failure.code ?? 'EIO';
            process.stderr.write(messageLocale(argv) === 'en'
                ? `spbe: the output could not be written (${code}); it is incomplete — check the disk or the file it goes to\n`
                : `spbe: keluaran tidak dapat ditulis (${code}); keluaran tidak lengkap — periksa disk atau berkas tujuannya\n`);
            return 2;
        }
        return exitCode;
    } catch (error) {
        return handleError(error, messageLocale(argv));
    }
}

/** The language of error messages: `--locale`/`--lang` wherever given, else SPBE_LOCALE, else Indonesian. */
function messageLocale(argv: readonly string[]): 'id' | 'en' {
    for (let i = argv.length - 1; i >= 0; i--) {
        const match = /^--(?:locale|lang)(?:=(.*))?$/.exec(argv[i]);
        if (match) {
            return toLocale(match[1] ?? argv[i + 1]);
        }
    }
    return toLocale(process.env.SPBE_LOCALE);
}

/** One line for an internal failure: the stage, the file, what failed; findings are incomplete. */
function internalFailureLine(error: InternalFailureError, locale: 'id' | 'en'): string {
    const where = `${error.file}${error.line ? `:${error.line}` : ''}`;
    const stage = stageName(error.stage, locale);
    return locale === 'en'
        ? `spbe: internal error in the ${stage} stage for ${where}: ${error.detail} — the results are incomplete; please report this as a bug.\n`
        : `spbe: galat internal pada tahap ${stage} untuk ${where}: ${error.detail} — hasilnya tidak lengkap; laporkan sebagai bug.\n`;
}

function handleError(error: unknown, locale: 'id' | 'en'): number {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') {
        return 0;
    }
    if (code?.startsWith('commander.')) {
        return 2;
    }
    if (error instanceof UserError) {
        process.stderr.write(`spbe: ${error.in(locale)}\n`);
        return 2;
    }
    if (error instanceof InternalFailureError) {
        process.stderr.write(internalFailureLine(error, locale));
        return 3;
    }
    // A bug outside the staged pipeline (e.g. inside a generator): one line naming it; the stack
    // only on request, since it helps the maintainers, not the user.
    const detail = (error as Error)?.message ?? String(error);
    process.stderr.write(locale === 'en'
        ? `spbe: internal error: ${detail} — please report this as a bug (SPBE_DEBUG=1 shows the stack trace).\n`
        : `spbe: galat internal: ${detail} — laporkan sebagai bug (SPBE_DEBUG=1 menampilkan jejak tumpukan).\n`);
    if (process.env.SPBE_DEBUG) {
        process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    }
    return 3;
}
