import type { Diagnostic } from 'vscode-languageserver';
import { IssueCodes } from 'spbe-model';
import { message, stageLabel, type Locale } from 'spbe-model';

/** What an `internal-error` diagnostic carries in `data` (besides `code`). */
export interface InternalFailureData {
    readonly code: typeof IssueCodes.InternalError;
    /** `check` when one check failed (on one or more nodes), else the stage: `validation`, `linking`. */
    readonly stage: string;
    /** The failed check's name, for stage `check`. */
    readonly check?: string;
    /** The error's own message, one line. */
    readonly detail: string;
    /** On how many nodes the check failed. */
    readonly count?: number;
}

/** The error's message on one line, at most 300 characters, for a diagnostic or a CLI line. */
export function errorDetail(error: unknown): string {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/** A stage's name (`parsing`, `linking`, `validation`, `build`, `model`, `check`) in the user's language. */
export function stageName(stage: string, locale: Locale): string {
    return stageLabel(stage, locale) ?? stage;
}

/** The localized message of an internal failure (see {@link InternalFailureData}). */
export function internalFailureMessage(data: InternalFailureData, locale: Locale): string {
    return data.stage === 'check'
        ? message('internal-error-check', locale, { check: data.check ?? '?', detail: data.detail, count: data.count ?? 1 })
        : message('internal-error-stage', locale, { stage: stageName(data.stage, locale), detail: data.detail });
}

export function isInternalFailure(diagnostic: Diagnostic): boolean {
    return diagnostic.code === IssueCodes.InternalError;
}

/**
 * A check that fails on every node of a 100k-element file would add 100k identical diagnostics: keeps
 * the first diagnostic of each failed check, with the number of nodes it failed on. Linear.
 */
export function collapseCheckFailures(diagnostics: Diagnostic[], locale: Locale): Diagnostic[] {
    const first = new Map<string, { diagnostic: Diagnostic; count: number }>();
    const kept: Diagnostic[] = [];
    for (const diagnostic of diagnostics) {
        const data = diagnostic.data as InternalFailureData | undefined;
        if (!isInternalFailure(diagnostic) || data?.stage !== 'check') {
            kept.push(diagnostic);
            continue;
        }
        const key = `${data.check}\u0000${data.detail}`;
        const seen = first.get(key);
        if (seen) {
            seen.count++;
        } else {
            first.set(key, { diagnostic, count: 1 });
            kept.push(diagnostic);
        }
    }
    for (const { diagnostic, count } of first.values()) {
        const data = { ...(diagnostic.data as InternalFailureData), count };
        diagnostic.data = data;
        diagnostic.message = internalFailureMessage(data, locale);
    }
    return kept;
}
