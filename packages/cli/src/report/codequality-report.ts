import { createHash } from 'node:crypto';
import type { FileDiagnostic } from 'spbe-server/validate';

/** GitLab Code Quality's severities (its documented values: info, minor, major, critical, blocker). */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/**
 * Our three levels on GitLab's five: an error makes `spbe validate` fail (the documents cannot be
 * trusted), so `critical`; a warning is worth fixing but blocks nothing, so `minor`; info and hints
 * are `info`. `major` and `blocker` are not used: we have no level between warning and error, and no
 * finding stops the tools from running at all.
 */
export const CodeQualitySeverities: Readonly<Record<FileDiagnostic['severity'], CodeQualitySeverity>> = {
    error: 'critical', warning: 'minor', info: 'info', hint: 'info'
};

/** One entry of GitLab's Code Quality report (the fields GitLab documents as required). */
export interface CodeQualityIssue {
    readonly description: string;
    readonly check_name: string;
    readonly fingerprint: string;
    readonly severity: CodeQualitySeverity;
    readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

/**
 * The text the fingerprint keeps of a finding's place: the flagged lines (at most three), each
 * trimmed and with runs of blanks made one, so that re-indenting or editing lines above the finding
 * (which moves its line number) keeps the same fingerprint, while editing the flagged line itself
 * gives a new one — GitLab then shows the old finding as fixed and the new one as new.
 */
function context(source: string | undefined, d: FileDiagnostic): string {
    if (source === undefined) {
        return '';
    }
    const lines = source.split(/\r\n|\r|\n/);
    return lines.slice(d.line - 1, Math.min(d.endLine, d.line + 2)).map(l => l.trim().replace(/\s+/g, ' ')).join('\n');
}

/**
 * The GitLab Code Quality report: a JSON array, one issue per diagnostic.
 * `fingerprint` is the SHA-256 (hex) of the code, the repository-relative path, the context above and
 * the number of earlier findings with the same three (two identical findings on identical lines of one
 * file stay distinct). The message is left out: it changes with `--locale` and with names elsewhere.
 * @param prefix the workspace folder's path in the repository (`repositoryPrefix`)
 * @param sources each file's text by workspace-relative path (for the context)
 */
export function codeQualityReport(diagnostics: readonly FileDiagnostic[], prefix: string, sources: ReadonlyMap<string, string>): string {
    const seen = new Map<string, number>();
    const issues: CodeQualityIssue[] = diagnostics.map(d => {
        const file = prefix + d.file;
        const key = JSON.stringify([d.code, file, context(sources.get(d.file), d)]);
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return {
            description: d.message,
            check_name: d.code,
            fingerprint: createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex'),
            severity: CodeQualitySeverities[d.severity],
            location: { path: file, lines: { begin: d.line } }
        };
    });
    return JSON.stringify(issues, undefined, 2) + '\n';
}
