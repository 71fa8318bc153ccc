import type { Locale } from './messages.js';

const labels = {
    title: { id: 'Indeks', en: 'Index' },
    assessment: { id: 'Penilaian', en: 'Assessment' },
    projection: { id: 'Proyeksi per tahun', en: 'Projection per year' },
    aspect: { id: 'Aspek', en: 'Aspect' },
    domain: { id: 'Domain', en: 'Domain' },
    weight: { id: 'Bobot', en: 'Weight' },
    predicate: { id: 'Predikat', en: 'Predicate' },
    assessed: { id: 'indikator dinilai', en: 'indicators assessed' },
    noBaseline: { id: 'belum ada penilaian', en: 'no assessment yet' },
    contributions: { id: 'Kontribusi rencana (poin indeks di akhir periode)', en: 'Item contributions (index points at the end of the periode)' },
    item: { id: 'Rencana', en: 'Item' },
    points: { id: 'Poin', en: 'Points' },
    budget: { id: 'Anggaran', en: 'Budget' },
    perBillion: { id: 'Poin per Rp1 miliar', en: 'Points per Rp1 billion' },
    changes: { id: 'Perubahan level', en: 'Level changes' },
    flags: { id: 'Catatan rencana', en: 'Plan notes' },
    levelSkip: { id: 'naik lebih dari satu level dalam satu tahun', en: 'rises more than one level in one year' },
    raisesNothing: { id: 'tidak menaikkan indikator mana pun yang terkait muatan', en: 'raises no indicator related to its muatan' },
    none: { id: 'Tidak ada.', en: 'None.' },
    method: {
        id: 'Indeks = rata-rata tertimbang level indikator (indikator → aspek → domain). Indikator yang belum dinilai tidak dihitung; porsi bobot yang dinilai ditampilkan. Target rencana berlaku pada tahun terakhir rencana dan level tidak pernah turun.',
        en: 'Index = weighted mean of indicator levels (indicator → aspect → domain). Unassessed indicators are left out; the assessed share of the weight is shown. A roadmap target takes effect in the item\'s last year and a level never goes down.'
    },
    unverified: { id: 'Bobot indikator kerangka ini belum terverifikasi dari sumber kedua.', en: 'This framework\'s indicator weights are not verified by a second source.' },
    unverifiedIndicators: { id: 'Nama dan bobot indikator berikut hanya dari satu sumber publik (belum diverifikasi):', en: 'Indicators whose name and weight have a single public source (unverified):' }
} as const;

export type IndexLabel = keyof typeof labels;

export function indexLabel(key: IndexLabel, locale: Locale): string {
    return labels[key][locale];
}

/** 2,81 in Indonesian, 2.81 in English. */
export function formatScore(score: number | null, locale: Locale, digits = 2): string {
    if (score === null) {
        return '–';
    }
    const text = score.toFixed(digits);
    return locale === 'id' ? text.replace('.', ',') : text;
}
