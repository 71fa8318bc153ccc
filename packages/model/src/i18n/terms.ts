import { labelLookup, type Bilingual } from './bilingual.js';

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
    column: { id: 'kolom', en: 'column' }
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
