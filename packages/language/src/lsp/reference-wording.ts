import { ReferenceCodeLists, type Confidence, type ReferenceCode } from 'spbe-model';
import type { Locale } from 'spbe-model';

/**
 * Internal tags said in words, for hovers and completion details: the one place where a tag of the
 * reference data (`single-source`, `perpres132_2022`, `kodeLokal`) or an OPD role
 * (`koordinatorForumData`) becomes text a reader sees. Muatan have their labels in the roadmap
 * generator (`muatanLabel`).
 */
const tagWords: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
    confirmed: { id: 'terverifikasi — dua sumber sepakat', en: 'verified — two sources agree' },
    'single-source': { id: 'belum diverifikasi — satu sumber', en: 'unverified — single source' },
    inferred: { id: 'belum diverifikasi — disimpulkan dari pola kode', en: 'unverified — inferred from the code pattern' },
    unverified: { id: 'belum diverifikasi', en: 'unverified' },
    perpres132_2022: { id: 'Perpres 132/2022', en: 'Perpres 132/2022' },
    kodeLokal: { id: 'kode lokal pemda', en: 'local code of the pemda' },
    // OPD roles (`peran`).
    walidata: { id: 'Walidata', en: 'Walidata (data steward)' },
    koordinatorForumData: { id: 'Koordinator Forum Satu Data', en: 'Satu Data forum coordinator' },
    pengelolaPusatData: { id: 'Pengelola Pusat Data', en: 'Data centre operator' },
    csirt: { id: 'CSIRT', en: 'CSIRT' }
};

/** A tag in words; an unknown tag falls back to its reference list's title, then to itself. */
export function tagInWords(tag: string, locale: Locale): string {
    return tagWords[tag]?.[locale] ?? ReferenceCodeLists[tag]?.title ?? tag;
}

/** "belum diverifikasi — satu sumber" for a code that is not confirmed, undefined for a confirmed one. */
export function confidenceNote(code: ReferenceCode, locale: Locale): string | undefined {
    return code.confidence === 'confirmed' ? undefined : tagInWords(code.confidence satisfies Confidence, locale);
}

/** "Perpres 132/2022 · level 2: Urusan Pemerintahan": where a national code comes from and what its level is. */
export function codeSource(version: string, code: ReferenceCode, locale: Locale): string {
    const domain = code.code.split('.')[0];
    const levelName = ReferenceCodeLists[version]?.levelNames?.[domain]?.[code.level - 1];
    const level = `level ${code.level}${levelName ? `: ${levelName}` : ''}`;
    // The notes of the reference data are written in English; they are shown only to English readers.
    const note = locale === 'en' && code.note ? ` · ${code.note}` : '';
    return `${tagInWords(version, locale)} · ${level}${note}`;
}
