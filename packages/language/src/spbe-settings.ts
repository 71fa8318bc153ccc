import type { Locale } from 'spbe-model';

export type SlowChecksMode = 'onSave' | 'onType' | 'off';

/**
 * User-facing settings shared by the server, the CLI and tests. The language server updates them
 * from the client's configuration; the CLI from its flags.
 */
export class SpbeSettings {
    /** Language of diagnostic messages (spec §5: Indonesian by default). */
    locale: Locale = 'id';
    /**
     * Whether "Format Document" also puts properties in the canonical order (`spbe.format.sortProperties`).
     * Off: formatting changes only whitespace; sorting stays available as the "Urutkan properti" source action.
     */
    sortProperties = false;
    /** When workspace-wide checks run in the editor (spec §5.5). */
    slowChecks: SlowChecksMode = 'onSave';
    /** Where docs/diagnostics.md is reachable, so that each diagnostic links its rule; unset: no link. */
    docsBaseUrl: string | undefined = undefined;
}
