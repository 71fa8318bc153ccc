import * as path from 'node:path';
import type { IndexFormat } from 'spbe-generators';
import type { Locale } from 'spbe-model';
import { diskWorkspace, indexReport } from 'spbe-server';
import { writeTextOutput } from './text-output.js';
import { madeWithErrors, printWorkspaceErrors } from './workspace-errors.js';

export interface IndexOptions {
    readonly framework?: string;
    readonly format: IndexFormat;
    readonly output?: string;
    readonly locale: Locale;
}

/**
 * `spbe index`: the assessed index, its projection per roadmap year, contributions and plan notes;
 * when the workspace has errors, they go to stderr and the exit code is 1.
 */
export async function indexCommand(dir: string, options: IndexOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const source = diskWorkspace(dir, { locale: options.locale });
    const report = await indexReport(source,
        { framework: options.framework, format: options.format, locale: options.locale, fallbackTitle: path.basename(path.resolve(dir)) }, options.locale);
    await writeTextOutput(report.text, options.output, out);
    return await printWorkspaceErrors(source, options.locale, err, madeWithErrors(options.locale)) > 0 ? 1 : 0;
}
