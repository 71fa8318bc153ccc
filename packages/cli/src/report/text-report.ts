import * as path from 'node:path';
import { countFindings, displayPath, type FileDiagnostic, type FindingCounts } from 'spbe-server/validate';
import { severityLabel, type Locale } from 'spbe-model';
import { cliSentence } from '../cli-sentences.js';

/**
 * `file:line:column  severity  message  [code]`, one line each. `file` is the diagnostic's
 * workspace-relative path made openable from the current folder and escaped so that a name with a newline cannot forge a
 * line (see displayPath), so that
 * `spbe validate examples/kota-kediri` names `examples/kota-kediri/opd/….spbe:18:14`.
 * @param root the workspace folder the diagnostics' paths are relative to
 */
export function diagnosticLines(diagnostics: readonly FileDiagnostic[], root: string, locale: Locale): string[] {
    // A workspace has tens of files and may have thousands of findings: each file's shown path is worked out once.
    const shown = new Map<string, string>();
    const shownPath = (file: string): string => shown.get(file) ?? shown.set(file, displayPath(path.join(root, file))).get(file)!;
    return diagnostics.map(d =>
        `${shownPath(d.file)}:${d.line}:${d.column}  ${severityLabel(d.severity, locale)}  ${d.message}  [${d.code}]`);
}

/** Findings by severity (`hint` counts as info): the use cases' one count. */
export function countBySeverity(diagnostics: readonly FileDiagnostic[]): FindingCounts {
    return countFindings(0, diagnostics);
}

/** The diagnostic lines (see diagnosticLines), then a summary line. */
export function textReport(diagnostics: readonly FileDiagnostic[], root: string, fileCount: number, locale: Locale): string {
    const lines = diagnosticLines(diagnostics, root, locale);
    const c = countBySeverity(diagnostics);
    lines.push(cliSentence('validationSummary', locale, { files: fileCount, errors: c.errors, warnings: c.warnings, infos: c.infos }));
    return lines.join('\n') + '\n';
}
