import { countFindings, type FileDiagnostic, type FindingCounts } from 'spbe-server';

export type ReportFormat = 'text' | 'json' | 'sarif';

/** Findings by severity (`hint` counts as info): the use cases' one count. */
export function countBySeverity(diagnostics: readonly FileDiagnostic[]): FindingCounts {
    return countFindings(0, diagnostics);
}
