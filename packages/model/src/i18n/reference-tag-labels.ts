import type { Bilingual } from './bilingual.js';
import type { Locale } from './messages.js';
import { Terms } from './terms.js';
import { ValueLabels } from './value-labels.js';

/**
 * Internal tags said in words, for hovers and completion details: the one place where a tag of the
 * reference data (`single-source`, `perpres132_2022`, `kodeLokal`) or an OPD role
 * (`koordinatorForumData`) becomes text a reader sees. Muatan have theirs in `roadmap-labels.ts`
 * (`muatanLabel`).
 */
const tagWords: Readonly<Record<string, Bilingual>> = {
    confirmed: { id: 'terverifikasi — dua sumber sepakat', en: 'verified — two sources agree' },
    'single-source': { id: 'belum diverifikasi — satu sumber', en: 'unverified — single source' },
    inferred: { id: 'belum diverifikasi — disimpulkan dari pola kode', en: 'unverified — inferred from the code pattern' },
    unverified: Terms.unverified,
    perpres132_2022: ValueLabels.ReferenceVersion.perpres132_2022,
    kodeLokal: { id: 'kode lokal pemda', en: 'local code of the pemda' },
    // OPD roles (`peran`).
    ...ValueLabels.Peran
};

/** The words of a reference-data tag or OPD role, or undefined for a tag without its own words. */
export function referenceTagLabel(tag: string, locale: Locale): string | undefined {
    return tagWords[tag]?.[locale];
}
