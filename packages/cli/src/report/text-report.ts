import * as path from 'node:path';
import { displayPath, type FileDiagnostic } from 'spbe-server';
import type { Locale } from 'spbe-model';
import { countBySeverity } from './format.js';

const severityLabel: Record<Locale, Record<string, string>> = {
    id: { error: 'galat', warning: 'peringatan', info: 'info', hint: 'petunjuk' },
    en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' }
};

/**
 * `file:line:column  severity  message  [code]`, one line each. `file` is the diagnostic's
 * workspace-relative path made openable from the current folder and escaped so that a name with a newline cannot forge a
 * line (see displayPath), so that
 * `spbe validate examples/kota-kediri` names `examples/kota-kediri/opd/….spbe:18:14`.
 * @param root the workspace folder the diagnostics' paths are relative to
 */
export function diagnosticLines(diagnostics: readonly FileDiagnostic[], root: string, locale: Locale): string[] {
    return diagnostics.map(d =>
        `${displayPath(path.join(root, d.file))}:${d.line}:${d.column}  ${severityLabel[locale][d.severity]}  ${d.message}  [${d.code}]`);
}

/** The diagnostic lines (see diagnosticLines), then a summary line. */
export function textReport(diagnostics: readonly FileDiagnostic[], root: string, fileCount: number, locale: Locale): string {
    const lines = diagnosticLines(diagnostics, root, locale);
    const c = countBySeverity(diagnostics);
    lines.push(locale === 'en'
        ? `${count(fileCount, 'file')} checked: ${count(c.errors, 'error')}, ${count(c.warnings, 'warning')}, ${count(c.infos, 'info')}.`
        : `${fileCount} berkas diperiksa: ${c.errors} galat, ${c.warnings} peringatan, ${c.infos} info.`);
    return lines.join('\n') + '\n';
}

/** `1 error`, `2 errors` (English only; Indonesian nouns do not inflect for number). */
function count(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
