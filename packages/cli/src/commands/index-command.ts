import * as path from 'node:path';
import type { IndexFormat } from 'spbe-generators';
import type { Locale } from 'spbe-model';
import { diskWorkspace, indexReport } from 'spbe-server';
import { writeTextOutput } from './text-output.js';

export interface IndexOptions {
    readonly framework?: string;
    readonly format: IndexFormat;
    readonly output?: string;
    readonly locale: Locale;
}

/** `spbe index`: the assessed index, its projection per roadmap year, contributions and plan notes; exit 1 when the workspace has errors. */
export async function indexCommand(dir: string, options: IndexOptions, out: (text: string) => void): Promise<number> {
    const report = await indexReport(diskWorkspace(dir, { locale: options.locale }),
        { framework: options.framework, format: options.format, locale: options.locale, fallbackTitle: path.basename(path.resolve(dir)) }, options.locale);
    await writeTextOutput(report.text, options.output, out);
    return report.errors > 0 ? 1 : 0;
}
