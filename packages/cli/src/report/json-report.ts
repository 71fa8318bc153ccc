import type { FileDiagnostic } from 'spbe-server/validate';

/** The documented JSON shape: an array of diagnostics, sorted by file then line. */
export function jsonReport(diagnostics: readonly FileDiagnostic[]): string {
    return JSON.stringify(diagnostics.map(d => ({
        file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn,
        severity: d.severity, code: d.code, message: d.message
    })), undefined, 2) + '\n';
}
