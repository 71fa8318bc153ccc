import { labelLookup, type Bilingual } from './bilingual.js';
import { Terms } from './terms.js';

/** Short UI labels of hovers, lenses and quick fixes, in Indonesian and English. */
const labels = {
    owner: Terms.opd,
    status: { id: 'Status', en: 'Status' },
    lifetime: { id: 'Berlaku', en: 'Exists' },
    always: { id: 'sepanjang periode', en: 'throughout the periode' },
    never: { id: 'tidak pada tahun mana pun', en: 'in no year' },
    from: { id: 'mulai', en: 'from' },
    until: { id: 's.d.', en: 'through' },
    usedBy: Terms.usedBy,
    notUsed: { id: 'Belum dipakai elemen lain', en: 'Not used by other elements' },
    unverified: Terms.unverified,
    library: { id: 'pustaka nasional bawaan (hanya-baca)', en: 'built-in national library (read-only)' },
    libraryOwner: { id: 'Pemilik', en: 'Owner institution' },
    legalBasis: { id: 'Dasar hukum', en: 'Legal basis' },
    elements: { id: 'elemen', en: 'elements' },
    pic: { id: 'PIC', en: 'PIC' },
    roles: { id: 'Peran', en: 'Roles' },
    muatan: Terms.muatan,
    years: { id: 'Tahun', en: 'Years' },
    responsible: Terms.responsible,
    budget: Terms.budget,
    aspect: Terms.aspect,
    weight: Terms.weight,
    levels: { id: 'Level', en: 'Levels' },
    crossRefs: Terms.crossOpdReferences,
    findings: { id: 'temuan', en: 'findings' },
    generateRoadmap: { id: 'Buat dokumen Peta Rencana', en: 'Generate roadmap' },
    kode: { id: 'Kode', en: 'Kode' },
    kodeDerived: { id: 'diturunkan dari muatan dan urutan', en: 'derived from muatan and position' },
    prioritas: Terms.prioritas,
    kegiatan: { id: 'Kegiatan', en: 'Kegiatan' },
    performanceIndicators: Terms.performanceIndicators,
    personalData: { id: 'Memuat data pribadi (UU 27/2022)', en: 'Holds personal data (UU 27/2022)' }
} as const satisfies Record<string, Bilingual>;

export type EditorLabelKey = keyof typeof labels;

/** The editor's words (hovers, code lenses, quick fixes). */
export const editorLabel = labelLookup(labels);
