import type { Locale } from 'spbe-model';
import { WorkspaceHasErrorsError, type WorkspaceSource } from 'spbe-server';
import { cliSentence } from '../cli-sentences.js';
import { countBySeverity, diagnosticLines } from '../report/text-report.js';
import { printPaths } from './text-output.js';

/**
 * Why a generator command's exit code is not 0 (or why its documents may be incomplete): the
 * workspace's error findings on stderr, one `file:line:column  galat  message  [code]` line each, the
 * validation summary, then `spbe: <closing>`. The one way every command that reads a workspace with
 * errors says so (`generate roadmap`, `export diagram`, `export inventory`, `index`); stdout keeps
 * only the command's output. Does nothing when the workspace has no errors or no findings list.
 */
export async function printWorkspaceErrors(source: WorkspaceSource, locale: Locale, err: (text: string) => void, closing: (errors: number) => string): Promise<number> {
    const workspace = await source.validated();
    const findings = workspace.findings;
    if (workspace.counts.errors === 0 || !findings) {
        return workspace.counts.errors;
    }
    const lines = diagnosticLines(findings.diagnostics.filter(d => d.severity === 'error'), findings.root, locale);
    const c = countBySeverity(findings.diagnostics);
    lines.push(cliSentence('validationSummary', locale, { files: findings.files, errors: c.errors, warnings: c.warnings, infos: c.infos }));
    lines.push(`spbe: ${closing(workspace.counts.errors)}`);
    err(`${lines.join('\n')}\n`);
    return workspace.counts.errors;
}

/** The closing line of a command that wrote its output from a workspace with errors and exits 1. */
export const madeWithErrors = (locale: Locale) => (errors: number): string => cliSentence('outputFromErrors', locale, { errors });

/**
 * Runs a generator that refuses a workspace with errors unless --allow-errors (`generate roadmap`,
 * `generate dokumen`, `build site`): prints the paths it wrote and exits 0 (after the errors it was
 * allowed to ignore, closed by `allowedClosing`), or lists the errors that refused it and exits 1.
 * Any other failure is thrown.
 */
export async function runErrorGatedGenerator(source: WorkspaceSource, locale: Locale, out: (text: string) => void, err: (text: string) => void,
    generate: () => Promise<readonly string[]>, allowedClosing: (errors: number) => string): Promise<number> {
    try {
        printPaths(await generate(), out);
        await printWorkspaceErrors(source, locale, err, allowedClosing);
        return 0;
    } catch (error) {
        if (!(error instanceof WorkspaceHasErrorsError)) {
            throw error;
        }
        await printWorkspaceErrors(source, locale, err, () => error.in(locale));
        return 1;
    }
}
