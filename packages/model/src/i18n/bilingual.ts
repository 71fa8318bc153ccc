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

/** Named arguments of a sentence, so that the two languages can order them differently. */
export type SentenceArgs = Readonly<Record<string, string | number>>;

/**
 * One sentence in both languages, filled from named arguments; `A` narrows the arguments where a
 * table's sentences share a typed argument record (the import problems, the input limits).
 */
export type BilingualSentence<A = SentenceArgs> = Readonly<Record<Locale, (args: A) => string>>;

/** The lookup of a sentence table: `sentenceLookup(table)(key, locale, args)` fills `table[key][locale]`. */
export function sentenceLookup<K extends string, A = SentenceArgs>(table: Readonly<Record<K, BilingualSentence<A>>>): (key: K, locale: Locale, args?: A) => string {
    return (key, locale, args = {} as A) => table[key][locale](args);
}
