import type { Locale } from 'spbe-model';

/** Short UI labels of hovers, lenses and quick fixes, in Indonesian and English. */
const labels = {
    owner: { id: 'OPD', en: 'OPD' },
    status: { id: 'Status', en: 'Status' },
    lifetime: { id: 'Berlaku', en: 'Exists' },
    always: { id: 'sepanjang periode', en: 'throughout the periode' },
    never: { id: 'tidak pada tahun mana pun', en: 'in no year' },
    from: { id: 'mulai', en: 'from' },
    until: { id: 's.d.', en: 'through' },
    usedBy: { id: 'Dipakai oleh', en: 'Used by' },
    notUsed: { id: 'Belum dipakai elemen lain', en: 'Not used by other elements' },
    unverified: { id: 'belum diverifikasi', en: 'unverified' },
    library: { id: 'pustaka nasional bawaan (hanya-baca)', en: 'built-in national library (read-only)' },
    elements: { id: 'elemen', en: 'elements' },
    pic: { id: 'PIC', en: 'PIC' },
    roles: { id: 'Peran', en: 'Roles' },
    muatan: { id: 'Muatan', en: 'Muatan' },
    years: { id: 'Tahun', en: 'Years' },
    responsible: { id: 'Penanggung jawab', en: 'Responsible' },
    budget: { id: 'Anggaran', en: 'Budget' },
    aspect: { id: 'Aspek', en: 'Aspect' },
    weight: { id: 'Bobot', en: 'Weight' },
    levels: { id: 'Level', en: 'Levels' },
    crossRefs: { id: 'referensi lintas-OPD', en: 'cross-OPD references' },
    findings: { id: 'temuan', en: 'findings' },
    generateRoadmap: { id: 'Buat dokumen Peta Rencana', en: 'Generate roadmap' },
    kode: { id: 'Kode', en: 'Kode' },
    kodeDerived: { id: 'diturunkan dari muatan dan urutan', en: 'derived from muatan and position' },
    prioritas: { id: 'Prioritas', en: 'Priority' },
    kegiatan: { id: 'Kegiatan', en: 'Kegiatan' },
    performanceIndicators: { id: 'Indikator kinerja', en: 'Performance indicators' },
    personalData: { id: 'Memuat data pribadi (UU 27/2022)', en: 'Holds personal data (UU 27/2022)' }
} as const;

export type LabelKey = keyof typeof labels;

export function label(key: LabelKey, locale: Locale): string {
    return labels[key][locale];
}
