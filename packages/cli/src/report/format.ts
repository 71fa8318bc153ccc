import type { FileDiagnostic } from 'spbe-server';

export type ReportFormat = 'text' | 'json' | 'sarif';

export interface Counts {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
}

export function countBySeverity(diagnostics: readonly FileDiagnostic[]): Counts {
    return {
        errors: diagnostics.filter(d => d.severity === 'error').length,
        warnings: diagnostics.filter(d => d.severity === 'warning').length,
        infos: diagnostics.filter(d => d.severity === 'info' || d.severity === 'hint').length
    };
}
