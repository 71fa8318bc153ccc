/**
 * The formats of `spbe validate`'s report (`--format`): `codequality` is GitLab's Code Quality report
 * (a JSON array), `junit` a JUnit XML test report (GitLab's `artifacts:reports:junit`).
 */
export const ReportFormats = ['text', 'json', 'sarif', 'codequality', 'junit'] as const;
export type ReportFormat = typeof ReportFormats[number];
