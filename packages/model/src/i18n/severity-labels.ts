import { labelLookup, type Bilingual } from './bilingual.js';

/** The words for a finding's severity, as the CLI report and the Indonesian rule reference print them. */
const severities = {
    error: { id: 'galat', en: 'error' },
    warning: { id: 'peringatan', en: 'warning' },
    info: { id: 'info', en: 'info' },
    hint: { id: 'petunjuk', en: 'hint' }
} as const satisfies Record<string, Bilingual>;

export type SeverityWord = keyof typeof severities;

export const severityLabel = labelLookup(severities);
