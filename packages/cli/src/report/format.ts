import { countFindings, type FileDiagnostic, type FindingCounts } from 'spbe-server';

/** The formats of `spbe validate`'s report (`--format`). */
export const ReportFormats = ['text', 'json', 'sarif'] as const;
export type ReportFormat = typeof ReportFormats[number];

/** Findings by severity (`hint` counts as info): the use cases' one count. */
export function countBySeverity(diagnostics: readonly FileDiagnostic[]): FindingCounts {
    return countFindings(0, diagnostics);
}
