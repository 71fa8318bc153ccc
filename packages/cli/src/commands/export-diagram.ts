import type { Locale } from 'spbe-model';
import { cliOutputTarget, diskWorkspace, exportDiagramFiles } from 'spbe-server';
import { cliFontFiles } from '../font-files.js';
import { printPaths } from './text-output.js';
import { madeWithErrors, printWorkspaceErrors } from './workspace-errors.js';

export interface ExportDiagramOptions {
    readonly view: string;
    readonly year?: number;
    readonly format: string;
    readonly output?: string;
    readonly expand?: boolean;
    readonly locale: Locale;
}

/**
 * `spbe export diagram`: the diagram is drawn also from a workspace with errors; then its errors go
 * to stderr and the exit code is 1, else 0.
 */
export async function exportDiagramCommand(dir: string, options: ExportDiagramOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const source = diskWorkspace(dir, { locale: options.locale });
    const result = await exportDiagramFiles(source, cliOutputTarget(dir, options.output),
        { formats: options.format, view: options.view, year: options.year, expand: options.expand, locale: options.locale }, cliFontFiles());
    printPaths(result.files, out);
    return await printWorkspaceErrors(source, options.locale, err, madeWithErrors(options.locale)) > 0 ? 1 : 0;
}
