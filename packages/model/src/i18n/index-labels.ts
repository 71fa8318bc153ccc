import { labelLookup, type Bilingual } from './bilingual.js';
import { Terms } from './terms.js';

const labels = {
    title: Terms.index,
    assessment: { id: 'Penilaian', en: 'Assessment' },
    projection: { id: 'Proyeksi per tahun', en: 'Projection per year' },
    aspect: Terms.aspect,
    domain: { id: 'Domain', en: 'Domain' },
    weight: Terms.weight,
    predicate: { id: 'Predikat', en: 'Predicate' },
    assessed: { id: 'indikator dinilai', en: 'indicators assessed' },
    /** After a predikat computed from part of the instrument: "Baik (sementara)". */
    provisional: { id: 'sementara', en: 'provisional' },
    /** After the assessed share: "48 % bobot dinilai". */
    weightAssessed: { id: 'bobot dinilai', en: 'of the weight assessed' },
    /** Row heading of the assessed share in index tables. */
    assessedShare: { id: 'Bobot dinilai', en: 'Weight assessed' },
    /** After a share that only roadmap targets give: "15 % bobot hanya dari target rencana". */
    weightTargeted: { id: 'bobot hanya dari target rencana', en: 'of the weight from roadmap targets only' },
    /** Row heading of that share in index tables. */
    targetShare: { id: 'Bobot hanya dari target', en: 'Weight from targets only' },
    /** After a sub-score's share from targets: "50 % + 25 % target". */
    target: { id: 'target', en: 'target' },
    noBaseline: { id: 'belum ada penilaian', en: 'no assessment yet' },
    /** Said wherever a projection is shown without a baseline, so that no year reads as assessed. */
    noBaselineProjection: {
        id: 'belum ada penilaian awal (baseline) — nilai per tahun hanya dari target rencana, bukan hasil penilaian',
        en: 'no baseline assessment — the values per year come from roadmap targets only, not from an assessment'
    },
    /** Under an aspect table: what its cells say. */
    subScoreLegend: {
        id: 'Nilai aspek: nilai · porsi bobot aspek yang dinilai (+ porsi yang hanya dari target rencana); "sementara" bila tidak seluruh bobot aspek tercakup.',
        en: 'Aspect values: score · share of the aspect\'s weight assessed (+ share from roadmap targets only); "provisional" when the aspect\'s weight is not wholly covered.'
    },
    /** In place of a contribution that cannot be measured. */
    unmeasured: { id: 'tidak terukur', en: 'not measurable' },
    /** After the indicators of a contribution that have no assessed level. */
    unmeasuredIndicators: { id: 'tanpa penilaian awal', en: 'without a baseline level' },
    contributionsNote: {
        id: 'Kontribusi diukur pada indikator yang sudah dinilai; target pada indikator yang belum pernah dinilai tidak dihitung.',
        en: 'Contributions are measured on the assessed indicators; a target on an indicator never assessed is not counted.'
    },
    contributions: { id: 'Kontribusi rencana (poin indeks di akhir periode)', en: 'Item contributions (index points at the end of the period)' },
    item: { id: 'Rencana', en: 'Item' },
    points: { id: 'Poin', en: 'Points' },
    budget: Terms.budget,
    perBillion: { id: 'Poin per Rp1 miliar', en: 'Points per Rp1 billion' },
    changes: { id: 'Perubahan level', en: 'Level changes' },
    flags: { id: 'Catatan rencana', en: 'Plan notes' },
    levelSkip: { id: 'naik lebih dari satu level dalam satu tahun', en: 'rises more than one level in one year' },
    raisesNothing: { id: 'tidak menaikkan indikator mana pun yang terkait muatan', en: 'raises no indicator related to its muatan' },
    none: Terms.none,
    method: {
        id: 'Indeks = rata-rata tertimbang level indikator (indikator → aspek → domain). Indikator yang belum dinilai tidak dihitung; porsi bobot yang dinilai ditampilkan di samping setiap nilai, dan predikat dari penilaian yang belum lengkap bersifat sementara. Target rencana berlaku pada tahun terakhir rencana dan level tidak pernah turun; level yang hanya berasal dari target (indikator yang belum pernah dinilai) ditampilkan sebagai bobot hanya dari target, bukan bobot dinilai.',
        en: 'Index = weighted mean of indicator levels (indicator → aspect → domain). Unassessed indicators are left out; the assessed share of the weight is shown next to every value, and a predicate from an incomplete assessment is provisional. A roadmap target takes effect in the item\'s last year and a level never goes down; a level that only a target gives (an indicator never assessed) counts as weight from targets only, not as assessed.'
    },
    unverified: { id: 'Bobot indikator kerangka ini belum terverifikasi dari sumber kedua.', en: 'This framework\'s indicator weights are not verified by a second source.' },
    unverifiedIndicators: { id: 'Nama dan bobot indikator berikut hanya dari satu sumber publik (belum diverifikasi):', en: 'Indicators whose name and weight have a single public source (unverified):' }
} as const satisfies Record<string, Bilingual>;

export type IndexLabel = keyof typeof labels;

/** The index report's words. */
export const indexLabel = labelLookup(labels);
