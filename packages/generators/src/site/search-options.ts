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
 * "penduduk", "sekolah" stays whole. Without a dictionary it never strips `me-`/`pe-` or `-kan`,
 * whose forms would merge unrelated words; a partly typed word still finds by prefix.
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

/** Splits text into words: letters and digits, so `DT_KEPENDUDUKAN`, `SP4N-LAPOR!` and `AP.01` give their parts. */
export function tokenize(text: string): string[] {
    return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The MiniSearch options of the portal's index (the same object on both sides). */
export const SearchOptions: Options<SearchDocument> = {
    fields: ['title', 'kind', 'text'],
    storeFields: ['title', 'kind'],
    tokenize,
    processTerm: (term: string) => {
        const stem = stemIndonesian(term);
        return stem.length > 0 ? stem : null;
    },
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' }
};
