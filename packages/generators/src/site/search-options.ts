import type { Options } from 'minisearch';

/**
 * The search index's options, shared by the site generator (which builds the index) and the page
 * script (which loads it): MiniSearch serializes the index but not its functions, so both sides
 * must tokenize and normalize words the same way. No Node or DOM import: it runs on both.
 */

/** One searchable thing: an element, an OPD or a roadmap item. */
export interface SearchDocument {
    /** The link from the site's root (`opd/DINKES.html#e-SIMPUS`); also the document's id. */
    readonly id: string;
    readonly title: string;
    /** What it is, in words: `Aplikasi · Dinas Kesehatan`, `OPD`, `Rencana · AP.01`. */
    readonly kind: string;
    /** Identifier, description and other words worth finding it by. */
    readonly text: string;
}

/**
 * A light Indonesian stemmer for search: lower case without diacritics, then a particle
 * (`-nya`, `-lah`, `-kah`, `-pun`), an `-an` suffix and one `di-`/`ke-`/`ter-`/`ber-` prefix are
 * removed, each only when at least five letters remain: "kependudukan" and "penduduk" both give
 * "penduduk", "sekolah" stays whole. Without a dictionary it never strips `me-`/`pe-` or `-kan`
 * here, whose forms would merge unrelated words; `stemCandidates` adds the `peN-`/`per-` roots an
 * indexed word may have. A partly typed word still finds by prefix.
 */
export function stemIndonesian(word: string): string {
    let w = word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    for (const pattern of [/(?:nya|lah|kah|pun)$/, /an$/, /^(?:di|ke|ter|ber)/]) {
        const next = w.replace(pattern, '');
        if (next.length >= 5) {
            w = next;
        }
    }
    return w;
}

/**
 * The `peN-`/`per-`/`pe-` nouns' possible roots, by the prefix's sound changes: `peny-` + vowel was
 * s-, `peng-` + vowel k- or the vowel, `pem-` + vowel p-, `pen-` + vowel t-; before b/p/f, c/d/j/t/s/z,
 * g/h and a consonant after `per-` the prefix just drops; `per-` + vowel is `per-` or `pe-` + r-.
 * Without a dictionary each reading is kept: they are extra index terms, never a query's only one.
 */
const NasalPrefixes: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
    [/^peny(?=[aiueo])/, ['s']],
    [/^peng(?=[aiueo])/, ['k', '']],
    [/^peng(?=[gh])/, ['']],
    [/^pem(?=[aiueo])/, ['p']],
    [/^pem(?=[bpf])/, ['']],
    [/^pen(?=[aiueo])/, ['t']],
    [/^pen(?=[cdjtsz])/, ['']],
    [/^per(?=[aiueo])/, ['', 'r']],
    [/^per(?=[^aiueo])/, ['']],
    [/^pe(?=[lrwy])/, ['']]
];

/**
 * The terms an indexed word is found by: its stem (`stemIndonesian`, what a query gives) and, for a
 * `peN-`/`per-` noun, its possible roots — "pemungutan" is found by "pungut", "penanggulangan" by
 * "tanggulang", "perpajakan" by "pajak", "perizinan" by "izin". A root shorter than three letters is left out.
 */
export function stemCandidates(word: string): string[] {
    const stem = stemIndonesian(word);
    const roots = new Set<string>([stem]);
    for (const [prefix, replacements] of NasalPrefixes) {
        if (prefix.test(stem)) {
            for (const replacement of replacements) {
                const root = stem.replace(prefix, replacement);
                if (root.length >= 3) {
                    roots.add(root);
                }
            }
            break;
        }
    }
    return [...roots];
}

/** Splits text into words: letters and digits, so `DT_KEPENDUDUKAN`, `SP4N-LAPOR!` and `AP.01` give their parts. */
export function tokenize(text: string): string[] {
    return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The MiniSearch options of the portal's index (the same object on both sides). */
export const SearchOptions: Options<SearchDocument> = {
    fields: ['title', 'kind', 'text'],
    storeFields: ['title', 'kind'],
    tokenize,
    // Indexed words with their possible roots; a query's word by its stem only (below), so that the
    // words of a query still all have to match.
    processTerm: (term: string) => {
        const stems = stemCandidates(term).filter(stem => stem.length > 0);
        return stems.length > 0 ? stems : null;
    },
    searchOptions: {
        processTerm: (term: string) => {
            const stem = stemIndonesian(term);
            return stem.length > 0 ? stem : null;
        },
        // Typos are forgiven from six letters on: a short word ("awas") must not find another ("kawasan").
        boost: { title: 3 }, prefix: true, fuzzy: (term: string) => term.length >= 6 ? 0.15 : false, combineWith: 'AND'
    }
};
