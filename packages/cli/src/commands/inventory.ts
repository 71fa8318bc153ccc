import * as path from 'node:path';
import type { CsvSeparator } from 'spbe-generators';
import { type Locale } from 'spbe-model';
import { boundDiff, cliOutputTarget, diskWorkspace, displayPath, exportInventoryFiles, formatProblem, ImportCheckError, importWorkbooks, keptSheetMessage, writeInventoryTemplate } from 'spbe-server';
import { cliSentence } from '../cli-sentences.js';
import type { ImportReportFormats } from '../definitions/inventory-commands.js';
import { diagnosticLines } from '../report/text-report.js';
import { printPaths } from './text-output.js';
import { madeWithErrors, printWorkspaceErrors } from './workspace-errors.js';

export interface TemplateOptions {
    readonly domain?: string;
    readonly output: string;
}

/** `spbe template`: the blank inventory workbook, optionally limited to some domains. */
export async function templateCommand(options: TemplateOptions, out: (text: string) => void): Promise<number> {
    printPaths([await writeInventoryTemplate({ domains: options.domain, output: options.output })], out);
    return 0;
}

/** Lines of each file's diff that `spbe import --dry-run` prints (text format); JSON carries the whole diff. */
export const DryRunDiffLines = 300;

export interface ImportOptions {
    readonly opd?: string;
    readonly all?: boolean;
    readonly workspace: string;
    readonly output?: string;
    readonly force?: boolean;
    readonly partial?: boolean;
    readonly dryRun?: boolean;
    readonly format: typeof ImportReportFormats[number];
    readonly locale: Locale;
}

/**
 * `spbe import`: one OPD's inventory (or every OPD's, with --all) into formatted .spbe files.
 * Exit 0 when written, unchanged (or, with --dry-run, when it would be written), 1 when problems block
 * it, 2 for usage errors and refused inputs, 3 when the check before writing could not run to its end.
 */
export async function importCommand(files: string[], options: ImportOptions, out: (text: string) => void): Promise<number> {
    let outcome: Awaited<ReturnType<typeof importWorkbooks>>;
    try {
        outcome = await importWorkbooks({
            files, workspace: options.workspace, opds: options.opd, all: options.all,
            output: options.output, force: options.force, partial: options.partial, dryRun: options.dryRun
        }, options.locale);
    } catch (error) {
        if (error instanceof ImportCheckError) {
            // Not a usage problem and not a clean result: one line naming the stage and file, exit 3.
            process.stderr.write(`spbe: ${error.message}\n`);
            return 3;
        }
        throw error;
    }
    // A finding in a file that changes lies in the new text; until it is written, its lines are not on disk yet.
    const root = path.resolve(options.workspace);
    const pending = outcome.written ? [] : [...new Set(outcome.files.filter(f => f.changed).map(f => path.relative(root, f.file).split(path.sep).join('/')))]
        .filter(file => outcome.notes.some(d => d.file === file));
    if (options.format === 'json') {
        out(`${JSON.stringify({
            written: outcome.written,
            files: outcome.files.map(f => ({ opd: f.opd, file: displayPath(f.file), elements: f.elements, replaces: f.replaces, changed: f.changed })),
            problems: outcome.problems,
            notes: outcome.notes.map(d => pending.includes(d.file) ? { ...d, unwrittenText: true } : d),
            skippedRows: outcome.skippedRows,
            kept: outcome.kept,
            diffs: outcome.diffs
        }, null, 2)}\n`);
    } else {
        const locale = options.locale;
        outcome.problems.forEach(p => out(`${formatProblem(p, locale)}\n`));
        for (const f of outcome.files) {
            const verb = cliSentence(!f.changed ? 'importUnchanged' : outcome.written ? 'importWritten' : 'importNotWritten', locale);
            out(`${cliSentence('importedFile', locale, { file: displayPath(f.file), elements: f.elements, opd: f.opd, verb })}\n`);
        }
        outcome.kept.forEach(k => out(`${keptSheetMessage(k, locale)}\n`));
        if (options.dryRun) {
            // What would be written, as a reviewer reads it; a long one is cut so the findings below stay in view.
            for (const diff of outcome.diffs) {
                const { text, omitted } = boundDiff(diff, DryRunDiffLines);
                out(text);
                if (omitted > 0) {
                    out(`${cliSentence('importDiffOmitted', locale, { omitted, file: diff.file, shown: DryRunDiffLines })}\n`);
                }
            }
        }
        diagnosticLines(outcome.notes, path.resolve(options.workspace), locale).forEach(line => out(`${line}\n`));
        if (pending.length > 0) {
            out(`${cliSentence('importPendingLines', locale, { files: pending.join(', ') })}\n`);
        }
        if (outcome.problems.length > 0 && !outcome.written) {
            out(`${cliSentence('importBlocked', locale, { problems: outcome.problems.length })}\n`);
        } else if (outcome.skippedRows > 0) {
            out(`${cliSentence('importSkippedRows', locale, { rows: outcome.skippedRows })}\n`);
        }
    }
    const blocked = outcome.problems.length > 0 && !(options.partial && outcome.written);
    return blocked ? 1 : 0;
}

export interface ExportInventoryOptions {
    readonly format: string;
    readonly output?: string;
    readonly csvSeparator?: CsvSeparator;
    readonly locale: Locale;
}

/**
 * `spbe export inventory`: the whole workspace as the inventory workbook or its CSVs; when the
 * workspace has errors, they go to stderr and the exit code is 1.
 */
export async function exportInventoryCommand(dir: string, options: ExportInventoryOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const source = diskWorkspace(dir, { locale: options.locale });
    const result = await exportInventoryFiles(source, cliOutputTarget(dir, options.output),
        { formats: options.format, csvSeparator: options.csvSeparator, locale: options.locale }, options.locale);
    printPaths(result.files, out);
    return await printWorkspaceErrors(source, options.locale, err, madeWithErrors(options.locale)) > 0 ? 1 : 0;
}
