import { ReferenceCodeLists, referenceTagLabel, type Confidence, type ReferenceCode } from 'spbe-model';
import type { Locale } from 'spbe-model';

/**
 * A tag of the reference data (`single-source`, `perpres132_2022`) or an OPD role in words, for hovers
 * and completion details; an unknown tag falls back to its reference list's title, then to itself.
 */
export function tagInWords(tag: string, locale: Locale): string {
    return referenceTagLabel(tag, locale) ?? ReferenceCodeLists[tag]?.title ?? tag;
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
