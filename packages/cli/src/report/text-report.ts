import type { FileDiagnostic } from 'spbe-language/node';
import { escapeFileName, type Locale } from 'spbe-language';
import { countBySeverity } from './format.js';

const severityLabel: Record<Locale, Record<string, string>> = {
    id: { error: 'galat', warning: 'peringatan', info: 'info', hint: 'petunjuk' },
    en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' }
};

/**
 * `file:line:column  severity  message  [code]`, one line each, then a summary line. File names
 * are escaped (`escapeFileName`) so that a name with a newline cannot forge a line.
 */
export function textReport(diagnostics: readonly FileDiagnostic[], fileCount: number, locale: Locale): string {
    const lines = diagnostics.map(d =>
        `${escapeFileName(d.file)}:${d.line}:${d.column}  ${severityLabel[locale][d.severity]}  ${d.message}  [${d.code}]`);
    const c = countBySeverity(diagnostics);
    lines.push(locale === 'en'
        ? `${fileCount} files checked: ${c.errors} errors, ${c.warnings} warnings, ${c.infos} infos.`
        : `${fileCount} berkas diperiksa: ${c.errors} galat, ${c.warnings} peringatan, ${c.infos} info.`);
    return lines.join('\n') + '\n';
}
