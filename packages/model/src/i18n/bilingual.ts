import type { Locale } from './messages.js';

/** One text in both languages of the tools. */
export type Bilingual = Readonly<Record<Locale, string>>;

/**
 * The one lookup of every label table: `labelLookup(table)(key, locale)` is `table[key][locale]`.
 * Tables stay plain objects (`as const satisfies Record<string, Bilingual>`) so their keys type-check.
 */
export function labelLookup<K extends string>(table: Readonly<Record<K, Bilingual>>): (key: K, locale: Locale) => string {
    return (key, locale) => table[key][locale];
}
