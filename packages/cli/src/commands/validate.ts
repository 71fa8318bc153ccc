import { diskWorkspace, internalFailureOf, validateWorkspace } from 'spbe-server/validate';
import type { Locale } from 'spbe-model';
import { type ReportFormat } from '../report/format.js';
import { jsonReport } from '../report/json-report.js';
import { sarifReport } from '../report/sarif-report.js';
import { textReport } from '../report/text-report.js';

export interface ValidateOptions {
    readonly format: ReportFormat;
    readonly maxWarnings?: number;
    readonly locale: Locale;
}

/**
 * Exit code 1 when there are errors or more warnings than allowed (like eslint), else 0; after the
 * report, an internal failure (an `internal-error` finding: the findings are incomplete) is thrown
 * for the CLI to name on one line and exit with 3.
 */
export async function validateCommand(dir: string, options: ValidateOptions, version: string, out: (text: string) => void): Promise<number> {
    const source = diskWorkspace(dir, { locale: options.locale, keepInternalFailures: true });
    const outcome = await validateWorkspace(source, { maxWarnings: options.maxWarnings });
    const workspace = await source.loaded();
    const diagnostics = workspace.diagnostics;
    switch (options.format) {
        case 'json': out(jsonReport(diagnostics)); break;
        case 'sarif': out(sarifReport(diagnostics, version)); break;
        default: out(textReport(diagnostics, workspace.root, workspace.files.length, options.locale));
    }
    const failure = internalFailureOf(workspace);
    if (failure) {
        throw failure;
    }
    return outcome.failing ? 1 : 0;
}
