/** The formats of `spbe validate`'s report (`--format`). */
export const ReportFormats = ['text', 'json', 'sarif'] as const;
export type ReportFormat = typeof ReportFormats[number];
