import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { DiagramFormats, DiffFormats, DocumentFormats, DocumentJenisList, IndexFormats, InventoryFormats, InventorySheets, RoadmapFormats } from 'spbe-generators';
import { FrameworkIds, MuatanOrder } from 'spbe-model';
import { startStdioLanguageServer } from 'spbe-server';
import { diffCommand, type DiffOptions } from './commands/diff.js';
import { exportDiagramCommand, type ExportDiagramOptions } from './commands/export-diagram.js';
import { generateDocumentCommand, type GenerateDocumentOptions } from './commands/generate-document.js';
import { generateRoadmapCommand, type GenerateRoadmapOptions } from './commands/generate-roadmap.js';
import { indexCommand, type IndexOptions } from './commands/index-command.js';
import { initCommand, type InitOptions } from './commands/init.js';
import { exportInventoryCommand, ImportReportFormats, importCommand, templateCommand, type ExportInventoryOptions, type ImportOptions, type TemplateOptions } from './commands/inventory.js';
import { validateCommand, type ValidateOptions } from './commands/validate.js';
import { closedPipeGuard } from './closed-pipe.js';
import { localizeCommanderMessage } from './commander-messages.js';
import { exitCodeFor, messageLocale, outputFailureLine } from './error-exit.js';
import { addLocaleOption, csvSeparatorOption, wholeNumber } from './options.js';
import { ReportFormats } from './report/format.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf-8')) as { version: string }).version;

/** What every command's action needs: where to print, and where to leave its exit code. */
interface CommandContext {
    readonly out: (text: string) => void;
    exitCode: number;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 findings, 2 usage or input problems, 3 internal failures. */
export async function main(argv: string[]): Promise<number> {
    const stdout = closedPipeGuard(process.stdout);
    closedPipeGuard(process.stderr); // only absorbs EPIPE on stderr (`2>&1 | head`)
    const context: CommandContext = { out: text => { stdout.write(text); }, exitCode: 0 };
    const program = createProgram(argv);
    registerWorkspaceCommands(program, context);
    registerGenerateCommands(program, context);
    registerExportCommands(program, context);
    registerInventoryCommands(program, context);
    registerReportCommands(program, context);
    registerLanguageServerCommand(program, context);
    try {
        await program.parseAsync(argv);
        await stdout.flushed();
        if (stdout.failure) {
            process.stderr.write(outputFailureLine(stdout.failure.code ?? 'EIO', messageLocale(argv)));
            return 2;
        }
        return context.exitCode;
    } catch (error) {
        return exitCodeFor(error, messageLocale(argv));
    }
}

/** The `spbe` program: its name, version, and commander's own messages in the user's language. */
function createProgram(argv: readonly string[]): Command {
    return new Command()
        .name('spbe')
        .description('Checks and generates Arsitektur SPBE and Peta Rencana SPBE from .spbe workspaces.')
        .version(version)
        .exitOverride()
        .configureOutput({
            writeErr: text => process.stderr.write(text),
            outputError: (text, write) => write(localizeCommanderMessage(text, messageLocale(argv)))
        });
}

/** `spbe validate` and `spbe init`. */
function registerWorkspaceCommands(program: Command, context: CommandContext): void {
    addLocaleOption(program.command('validate')
        .description('check every .spbe file below a folder (all checks, fast and slow)')
        .argument('[dir]', 'workspace folder', '.')
        .addOption(new Option('-f, --format <format>', 'output format').choices([...ReportFormats]).default('text'))
        .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', wholeNumber))
        .action(async (dir: string, opts: ValidateOptions) => {
            context.exitCode = await validateCommand(dir, opts, version, context.out);
        });

    addLocaleOption(program.command('init')
        .description('create a new pemda workspace that validates clean')
        .argument('[dir]', 'folder to create it in', '.')
        .option('--name <id>', 'pemda identifier', 'KotaContoh')
        .option('--title <text>', 'pemda title', 'Pemerintah Kota Contoh')
        .option('--year <yyyy>', 'first year of the five-year periode', wholeNumber, new Date().getFullYear()))
        .action(async (dir: string, opts: InitOptions) => {
            context.exitCode = await initCommand(dir, opts, context.out);
        });
}

/** `spbe generate roadmap` and `spbe generate dokumen`. */
function registerGenerateCommands(program: Command, context: CommandContext): void {
    const generate = program.command('generate').description('generate documents from a workspace');
    addLocaleOption(generate.command('roadmap')
        .description('the Peta Rencana documents: table, Gantt, coverage, gap, budget')
        .argument('[dir]', 'workspace folder', '.')
        .requiredOption('-f, --format <formats>', `one or more of ${RoadmapFormats.join(', ')} (comma-separated)`)
        .option('-o, --output <dir>', 'output folder (default: <dir>/out)')
        .option('--opd <kode>', 'only items this OPD is responsible for or carries out')
        .addOption(new Option('--muatan <muatan>', 'only one muatan').choices([...MuatanOrder]))
        .option('--from <yyyy>', 'first year', wholeNumber)
        .option('--to <yyyy>', 'last year', wholeNumber), 'language of headings and messages')
        .addOption(csvSeparatorOption())
        .option('--allow-errors', 'generate even when the workspace has errors')
        .action(async (dir: string, opts: GenerateRoadmapOptions) => {
            context.exitCode = await generateRoadmapCommand(dir, opts, context.out, text => { process.stderr.write(text); });
        });
    addLocaleOption(generate.command('dokumen')
        .description('the submittable documents (lampiran of the regulation): Peta Rencana SPBE and Arsitektur SPBE as DOCX and PDF')
        .argument('[dir]', 'workspace folder', '.')
        .option('--jenis <jenis>', `one or more of ${DocumentJenisList.join(', ')} (comma-separated)`, DocumentJenisList.join(','))
        .option('-f, --format <formats>', `one or more of ${DocumentFormats.join(', ')} (comma-separated)`, DocumentFormats.join(','))
        .option('-o, --output <dir>', 'output folder (default: <dir>/out)')
        .option('--opd <kode>', 'only this OPD: its roadmap items and its elements'), 'language of headings and messages')
        .option('--allow-errors', 'generate even when the workspace has errors (page 1 says so)')
        .action(async (dir: string, opts: GenerateDocumentOptions) => {
            context.exitCode = await generateDocumentCommand(dir, opts, context.out, text => { process.stderr.write(text); });
        });
}

/** `spbe export diagram` and `spbe export inventory`. */
function registerExportCommands(program: Command, context: CommandContext): void {
    const exportCommand = program.command('export').description('export diagrams and inventories');
    addLocaleOption(exportCommand.command('diagram')
        .description('an architecture diagram: layered bands, one OPD, the cross-OPD integration map, or the gap')
        .argument('[dir]', 'workspace folder', '.')
        .option('--view <view>', 'layered, integrasi, gap or opd:<KODE>', 'layered')
        .option('--year <yyyy>', 'the architecture as of this year', wholeNumber)
        .requiredOption('-f, --format <formats>', `one or more of ${DiagramFormats.join(', ')} (comma-separated)`)
        .option('-o, --output <dir>', 'output folder (default: <dir>/out)')
        .option('--expand', 'draw every element (a large layered or gap view otherwise folds part of each OPD cell into "+N elemen lainnya")'))
        .action(async (dir: string, opts: ExportDiagramOptions) => {
            context.exitCode = await exportDiagramCommand(dir, opts, context.out, text => { process.stderr.write(text); });
        });

    addLocaleOption(exportCommand.command('inventory')
        .description('the whole workspace as the inventory workbook (one row per element, owner OPD as a column)')
        .argument('[dir]', 'workspace folder', '.')
        .option('-f, --format <formats>', `${InventoryFormats.join(', ')} or both (comma-separated)`, 'xlsx')
        .option('-o, --output <dir>', 'output folder (default: <dir>/out)')
        .addOption(csvSeparatorOption()))
        .action(async (dir: string, opts: ExportInventoryOptions) => {
            context.exitCode = await exportInventoryCommand(dir, opts, context.out, text => { process.stderr.write(text); });
        });
}

/** `spbe template` and `spbe import`: the inventory workbook round trip. */
function registerInventoryCommands(program: Command, context: CommandContext): void {
    addLocaleOption(program.command('template')
        .description('a blank inventory workbook for OPD PICs: one sheet per domain, dropdowns, instructions')
        .option('--domain <kinds>', `only these domains: ${InventorySheets.map(s => s.kind).join(', ')} (comma-separated)`)
        .option('-o, --output <file>', 'the .xlsx to write', 'inventaris.xlsx'))
        .action(async (opts: TemplateOptions) => {
            context.exitCode = await templateCommand(opts, context.out);
        });

    addLocaleOption(program.command('import')
        .description('an OPD\'s filled inventory (.xlsx, or per-sheet .csv files) into a formatted, valid .spbe file')
        .argument('<files...>', 'inventaris.xlsx, or inventaris-aplikasi.csv inventaris-data.csv …')
        .option('--opd <kode>', 'the OPD to import (several: comma-separated)')
        .option('--all', 'every OPD named in the files, one file each')
        .option('-w, --workspace <dir>', 'the workspace the OPD joins', '.')
        .option('-o, --output <file>', 'the .spbe file to write (default: the OPD\'s current file, or opd/<kode>.spbe)')
        .option('--force', 'replace an existing file')
        .option('--partial', 'write the valid rows and list the rest')
        .option('--dry-run', 'check and report only')
        .addOption(new Option('-f, --format <format>', 'report format').choices([...ImportReportFormats]).default('text')))
        .action(async (files: string[], opts: ImportOptions) => {
            context.exitCode = await importCommand(files, opts, context.out);
        });
}

/** `spbe index` and `spbe diff`: reports to the terminal or to `-o <file>`. */
function registerReportCommands(program: Command, context: CommandContext): void {
    addLocaleOption(program.command('index')
        .description('the Indeks SPBE / Indeks Pemdi: assessed, projected per roadmap year, contributions')
        .argument('[dir]', 'workspace folder', '.')
        .addOption(new Option('--framework <framework>', 'evaluation framework (default: the pemda\'s evaluasi)').choices([...FrameworkIds]))
        .addOption(new Option('-f, --format <format>', 'output format').choices([...IndexFormats]).default('text'))
        .option('-o, --output <file>', 'write to a file instead of the terminal'), 'language (decimal comma in Indonesian)')
        .action(async (dir: string, opts: IndexOptions) => {
            context.exitCode = await indexCommand(dir, opts, context.out, text => { process.stderr.write(text); });
        });

    addLocaleOption(program.command('diff')
        .description('what changed in meaning between two versions: elements, cross-OPD references, roadmap items, findings, index')
        .argument('[old]', 'the old workspace folder (with --base: the folder to compare, default .)')
        .argument('[new]', 'the new workspace folder', undefined)
        .option('--base <git-ref>', 'compare the folder\'s working tree with this git revision of it (no checkout)')
        .addOption(new Option('-f, --format <format>', 'output format').choices([...DiffFormats]).default('text'))
        .option('-o, --output <file>', 'write to a file instead of the terminal'), 'language of the report')
        .option('--exit-code', 'exit with 1 when anything changed')
        .action(async (first: string | undefined, second: string | undefined, opts: DiffOptions) => {
            context.exitCode = await diffCommand(first, second, opts, context.out);
        });
}

/** `spbe lsp`: the language server for editors other than VS Code. */
function registerLanguageServerCommand(program: Command, context: CommandContext): void {
    program.command('lsp')
        .description('run the language server over stdin/stdout (for editors other than VS Code)')
        .option('--stdio', 'the transport (the only one; accepted because editors pass it)')
        .action(() => {
            startStdioLanguageServer();
            context.exitCode = 0;
        });
}
