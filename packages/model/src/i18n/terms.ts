import { labelLookup, sentenceLookup, type Bilingual, type BilingualSentence } from './bilingual.js';
import type { Locale } from './messages.js';

/**
 * Words that several outputs show with the same meaning (roadmap, index report, diff, hovers, import
 * messages). Each table that needs one refers to it here, so a word is translated once.
 */
export const Terms = {
    budget: { id: 'Anggaran', en: 'Budget' },
    aspect: { id: 'Aspek', en: 'Aspect' },
    weight: { id: 'Bobot', en: 'Weight' },
    muatan: { id: 'Muatan', en: 'Muatan' },
    opd: { id: 'OPD', en: 'OPD' },
    responsible: { id: 'Penanggung jawab', en: 'Responsible' },
    none: { id: 'Tidak ada.', en: 'None.' },
    index: { id: 'Indeks', en: 'Index' },
    indicators: { id: 'indikator', en: 'indicators' },
    crossOpdReferences: { id: 'referensi lintas-OPD', en: 'cross-OPD references' },
    usedBy: { id: 'Dipakai oleh', en: 'Used by' },
    unverified: { id: 'belum diverifikasi', en: 'unverified' },
    row: { id: 'baris', en: 'row' },
    column: { id: 'kolom', en: 'column' },
    prioritas: { id: 'Prioritas', en: 'Priority' },
    performanceIndicators: { id: 'Indikator kinerja', en: 'Performance indicators' },
    /** (v2 §6) The banner of every document and diagram made from a workspace marked `ilustrasi`. */
    example: { id: 'CONTOH — BUKAN DOKUMEN RESMI', en: 'EXAMPLE — NOT AN OFFICIAL DOCUMENT' }
} as const satisfies Record<string, Bilingual>;

export type TermKey = keyof typeof Terms;

/** A shared word in the user's language. */
export const term = labelLookup(Terms);

/**
 * Why the file system refused, by Node error code, where every caller means the same thing.
 * Callers add the codes whose meaning depends on what they were doing (`EISDIR` on a write, `ENOENT` on a walk).
 */
export const FileSystemReasons = {
    EACCES: { id: 'izin ditolak', en: 'permission denied' },
    EPERM: { id: 'operasi tidak diizinkan', en: 'operation not permitted' },
    ENAMETOOLONG: { id: 'nama berkas terlalu panjang', en: 'the file name is too long' },
    ELOOP: { id: 'tautan simbolik berputar', en: 'the symbolic links form a loop' }
} as const satisfies Record<string, Bilingual>;

/** Why a folder cannot be listed (`spbe validate`'s walk, the language server's load), by Node error code. */
export const FolderReadReasons: Record<string, Bilingual> = {
    ...FileSystemReasons,
    ENOTDIR: { id: 'bukan folder', en: 'not a folder' },
    ENOENT: { id: 'folder tidak ada', en: 'no such folder' },
    EMFILE: { id: 'terlalu banyak berkas terbuka', en: 'too many open files' }
};

/**
 * Why a folder cannot be listed, in words, with the error's code: `izin ditolak (EACCES)`. An error
 * with no known code gives its own message.
 */
export function folderReadReason(code: string | undefined, message: string, locale: Locale): string {
    const reason = FolderReadReasons[code ?? '']?.[locale] ?? message;
    return code ? `${reason} (${code})` : reason;
}

/**
 * (v2 §6) The notice on the first page or sheet of a document generated from a workspace with errors
 * (`--allow-errors`): `count` is the number of errors.
 */
const noticeSentences = {
    allowErrors: {
        id: a => `PERHATIAN: dibuat dari ruang kerja yang masih memiliki ${a.count} galat; dokumen ini mungkin tidak lengkap.`,
        en: a => `WARNING: generated from a workspace that still has ${a.count} error(s); this document may be incomplete.`
    },
    /** The same notice on every page of the portal (`spbe build site --allow-errors`). */
    allowErrorsSite: {
        id: a => `PERHATIAN: dibuat dari ruang kerja yang masih memiliki ${a.count} galat; situs ini mungkin tidak lengkap.`,
        en: a => `WARNING: generated from a workspace that still has ${a.count} error(s); this site may be incomplete.`
    },
    /** (v2 §6) A sum with `count` amounts the parser could not read: shown instead of a number, never as a partial sum. */
    incompleteTotal: {
        id: a => `tidak lengkap: ${a.count} nilai tak terbaca`,
        en: a => `incomplete: ${a.count} unreadable value(s)`
    }
} as const satisfies Record<string, BilingualSentence>;
const notices = sentenceLookup(noticeSentences);

/** The `--allow-errors` notice with `count` errors, for a document (default) or the portal's pages (`site`). */
export function allowErrorsNotice(count: number, locale: Locale, output: 'document' | 'site' = 'document'): string {
    return notices(output === 'site' ? 'allowErrorsSite' : 'allowErrors', locale, { count });
}

/** `tidak lengkap: 2 nilai tak terbaca`: what a total shows when `count` of its amounts could not be read. */
export function incompleteTotal(count: number, locale: Locale): string {
    return notices('incompleteTotal', locale, { count });
}

/**
 * Whether `text` is one of the notices documents put above their tables (the example banner, the
 * `--allow-errors` notice), in either language: readers of a round-trip format (the inventory
 * workbook and CSVs) skip such rows before the header.
 */
export function isDocumentNotice(text: string): boolean {
    const value = text.trim();
    const locales: readonly Locale[] = ['id', 'en'];
    return locales.some(locale => {
        if (value === Terms.example[locale]) {
            return true;
        }
        // The notice's count is the only variable part: match the sentence around it.
        const [before, after] = noticeSentences.allowErrors[locale]({ count: '\u0000' }).split('\u0000');
        return value.startsWith(before) && value.endsWith(after) && /^\d+$/.test(value.slice(before.length, value.length - after.length));
    });
}
