import * as path from 'node:path';
import { exportInventory, InventoryFormats, InventorySheets, inventoryTemplate, type CsvSeparator } from 'spbe-generators';
import { formatProblem } from 'spbe-server';
import { type ElementKind, type Locale } from 'spbe-model';
import { checkFormats, displayPath, ImportCheckError, importInventory, keptSheetMessage, loadWorkspace, writeFileAtomic, writeOutputs } from 'spbe-server';
import { diagnosticLines } from '../report/text-report.js';
import { UsageError } from '../usage-error.js';

export interface TemplateOptions {
    readonly domain?: string;
    readonly output: string;
}

/** `spbe template`: the blank inventory workbook, optionally limited to some domains. */
export async function templateCommand(options: TemplateOptions, out: (text: string) => void): Promise<number> {
    const kinds = InventorySheets.map(s => s.kind);
    const domains = options.domain?.split(',').map(d => d.trim()).filter(Boolean);
    const unknown = domains?.filter(d => !(kinds as string[]).includes(d)) ?? [];
    if (unknown.length > 0) {
        throw new UsageError(`domain ${unknown.join(', ')} tidak dikenal; pilih dari ${kinds.join(', ')}`, `unknown domain ${unknown.join(', ')}; choose from ${kinds.join(', ')}`);
    }
    const file = path.resolve(options.output);
    if (!file.toLowerCase().endsWith('.xlsx')) {
        throw new UsageError(`${options.output}: templat adalah buku kerja .xlsx; beri nama berakhiran .xlsx`, `${options.output}: the template is an .xlsx workbook; give a name ending in .xlsx`);
    }
    const bytes = await inventoryTemplate(domains as ElementKind[] | undefined);
    await writeFileAtomic(path.basename(file), bytes, { root: path.dirname(file), overwrite: true });
    out(`${displayPath(file)}\n`);
    return 0;
}

export interface ImportOptions {
    readonly opd?: string;
    readonly all?: boolean;
    readonly workspace: string;
    readonly output?: string;
    readonly force?: boolean;
    readonly partial?: boolean;
    readonly dryRun?: boolean;
    readonly format: 'text' | 'json';
    readonly locale: Locale;
}

/**
 * `spbe import`: one OPD's inventory (or every OPD's, with --all) into formatted .spbe files.
 * Exit 0 when written, unchanged (or, with --dry-run, when it would be written), 1 when problems block
 * it, 2 for usage errors and refused inputs, 3 when the check before writing could not run to its end.
 */
export async function importCommand(files: string[], options: ImportOptions, out: (text: string) => void): Promise<number> {
    if (!options.opd && !options.all) {
        throw new UsageError('sebutkan OPD yang diimpor: --opd KODE (atau --all untuk setiap OPD dalam berkas)', 'name the OPD to import: --opd KODE (or --all for every OPD in the files)');
    }
    let outcome: Awaited<ReturnType<typeof importInventory>>;
    try {
        outcome = await importInventory({
            files, workspace: options.workspace, opds: options.all ? 'all' : options.opd!.split(',').map(o => o.trim()).filter(Boolean),
            output: options.output, force: options.force, partial: options.partial, dryRun: options.dryRun, locale: options.locale
        });
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
            kept: outcome.kept
        }, null, 2)}\n`);
    } else {
        const id = options.locale === 'id';
        outcome.problems.forEach(p => out(`${formatProblem(p, options.locale)}\n`));
        for (const f of outcome.files) {
            const verb = !f.changed ? (id ? 'tidak berubah, tidak ditulis ulang' : 'no changes, not rewritten')
                : outcome.written ? (id ? 'ditulis' : 'written') : (id ? 'tidak ditulis' : 'not written');
            out(`${displayPath(f.file)}: ${f.elements} ${id ? 'elemen' : 'elements'} (OPD ${f.opd}) — ${verb}\n`);
        }
        outcome.kept.forEach(k => out(`${keptSheetMessage(k, options.locale)}\n`));
        diagnosticLines(outcome.notes, path.resolve(options.workspace), options.locale).forEach(line => out(`${line}\n`));
        if (pending.length > 0) {
            out(id ? `Temuan di ${pending.join(', ')} merujuk ke baris teks yang akan ditulis impor (belum ada di disk).\n`
                : `Findings in ${pending.join(', ')} refer to lines of the text the import would write (not on disk yet).\n`);
        }
        if (outcome.problems.length > 0 && !outcome.written) {
            out(id ? `${outcome.problems.length} masalah; tidak ada berkas yang ditulis (perbaiki, atau --partial untuk menulis baris yang sah).\n`
                : `${outcome.problems.length} problem(s); nothing was written (fix them, or --partial writes the valid rows).\n`);
        } else if (outcome.skippedRows > 0) {
            out(id ? `${outcome.skippedRows} baris dilewati.\n` : `${outcome.skippedRows} row(s) skipped.\n`);
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

/** `spbe export inventory`: the whole workspace as the inventory workbook or its CSVs. */
export async function exportInventoryCommand(dir: string, options: ExportInventoryOptions, out: (text: string) => void): Promise<number> {
    const formats = checkFormats('inventory', InventoryFormats, options.format);
    const workspace = await loadWorkspace(dir, { locale: options.locale });
    // The default folder `<dir>/out` must really be inside the workspace (an `out` symlink is refused).
    const outputDir = path.resolve(options.output ?? path.join(dir, 'out'));
    const boundary = options.output === undefined ? dir : undefined;
    for (const format of formats) {
        const files = await exportInventory(workspace.model(), format, { csvSeparator: options.csvSeparator, locale: options.locale });
        for (const written of await writeOutputs(files, outputDir, boundary)) {
            out(`${displayPath(written)}\n`);
        }
    }
    return workspace.diagnostics.some(d => d.severity === 'error') ? 1 : 0;
}
