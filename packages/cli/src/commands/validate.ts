import * as path from 'node:path';
import { diskWorkspace, displayPath, internalFailureOf, validateWorkspace, writeFileAtomic } from 'spbe-server/validate';
import type { Locale } from 'spbe-model';
import { type ReportFormat } from '../report/format.js';
import { jsonReport } from '../report/json-report.js';
import { junitReport } from '../report/junit-report.js';
import { repositoryPrefix } from '../repository-path.js';
import { sarifReport } from '../report/sarif-report.js';
import { textReport } from '../report/text-report.js';

export interface ValidateOptions {
    readonly format: ReportFormat;
    readonly maxWarnings?: number;
    /** Write the report to this file (atomically, replacing it) and print its path instead. */
    readonly output?: string;
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
    const report = async (): Promise<string> => {
        switch (options.format) {
            case 'json': return jsonReport(diagnostics);
            case 'sarif': return sarifReport(diagnostics, version, repositoryPrefix(workspace.root));
            case 'codequality': {
                const sources = new Map(workspace.documents.map(d =>
                    [path.relative(workspace.root, d.uri.fsPath).split(path.sep).join('/'), d.textDocument.getText()]));
                // Loaded only for this format: its fingerprints need node:crypto, some 5 ms to load.
                const { codeQualityReport } = await import('../report/codequality-report.js');
                return codeQualityReport(diagnostics, repositoryPrefix(workspace.root), sources);
            }
            case 'junit': return junitReport(diagnostics, workspace.files, repositoryPrefix(workspace.root), options.locale);
            default: return textReport(diagnostics, workspace.root, workspace.files.length, options.locale);
        }
    };
    if (options.output) {
        const file = path.resolve(options.output);
        await writeFileAtomic(path.basename(file), await report(), { root: path.dirname(file), overwrite: true });
        out(`${displayPath(file)}\n`);
    } else {
        out(await report());
    }
    const failure = internalFailureOf(workspace);
    if (failure) {
        throw failure;
    }
    return outcome.failing ? 1 : 0;
}
