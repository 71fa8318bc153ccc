import { labelLookup, sentenceLookup, type BilingualSentence } from './bilingual.js';

/**
 * The words of the diagrams (every format, the preview and the ArchiMate export) in Indonesian and
 * English: band names, edge kinds, node states, the legend and the export's own names. View titles
 * are in view-titles.ts, element kinds and values in value-labels.ts.
 */
const DiagramLabels = {
    'band.layanan': { id: 'Layanan SPBE', en: 'SPBE services' },
    'band.probis': { id: 'Proses Bisnis', en: 'Business processes' },
    'band.data': { id: 'Data dan Informasi', en: 'Data and information' },
    'band.aplikasi': { id: 'Aplikasi SPBE', en: 'SPBE applications' },
    'band.infrastruktur': { id: 'Infrastruktur SPBE', en: 'SPBE infrastructure' },
    'band.keamanan': { id: 'Keamanan SPBE', en: 'SPBE security' },
    'edge.probis': { id: 'proses bisnis', en: 'business process' },
    'edge.aplikasi': { id: 'aplikasi', en: 'application' },
    'edge.data': { id: 'data', en: 'data' },
    'edge.hosting': { id: 'hosting', en: 'hosting' },
    'edge.terhubung': { id: 'terhubung', en: 'connected to' },
    'edge.induk': { id: 'induk', en: 'parent' },
    'edge.objek': { id: 'objek keamanan', en: 'security object' },
    'edge.integrasi': { id: 'integrasi', en: 'integration' },
    'edge.integrasi-splp': { id: 'integrasi via SPLP', en: 'integration via SPLP' },
    'edge.integrasi-direct': { id: 'integrasi langsung (tanpa SPLP)', en: 'direct integration (no SPLP)' },
    'edge.data-use': { id: 'pemakaian data', en: 'data use' },
    'edge.app-use': { id: 'pemakaian aplikasi', en: 'application use' },
    'state.normal': { id: 'eksisting', en: 'existing' },
    'state.planned': { id: 'rencana', en: 'planned' },
    'state.added': { id: 'ditambahkan (to-be)', en: 'added (to-be)' },
    'state.retired': { id: 'dihentikan', en: 'retired' },
    'state.neighbour': { id: 'OPD lain (tetangga)', en: 'other OPD (neighbour)' },
    legend: { id: 'Legenda', en: 'Legend' },
    nationalLibrary: { id: 'pustaka nasional', en: 'national library' },
    'lifetime.never': { id: 'tidak pernah ada dalam periode', en: 'never exists within the periode' },
    'lifetime.whole': { id: 'seluruh periode', en: 'the whole periode' },
    'crossOpd.band': { id: 'Lintas OPD', en: 'Across OPDs' },
    'crossOpd.caption': { id: 'referensi lintas OPD', en: 'cross-OPD references' },
    collapsedNote: { id: 'sebagian elemen diringkas per OPD (gunakan --expand untuk semua elemen)', en: 'some elements are summed up per OPD (use --expand for every element)' },
    'archimate.owner': { id: 'Pemilik', en: 'Owner' },
    'archimate.plateau': { id: 'Arsitektur', en: 'Architecture' },
    'archimate.builtin': { id: 'Pustaka nasional bawaan', en: 'Built-in national library' },
    'archimate.model': { id: 'Arsitektur SPBE', en: 'SPBE architecture' },
    'archimate.enactedOn': { id: 'Tanggal ditetapkan', en: 'Enactment date' },
    'archimate.allOpds': { id: 'Semua OPD', en: 'All OPDs' }
} as const;

export type DiagramLabelKey = keyof typeof DiagramLabels;

/** A diagram word: `diagramLabel('legend', 'en')` is `Legend`. */
export const diagramLabel = labelLookup(DiagramLabels);

const DiagramSentences = {
    /** A folded box: `count` more elements. */
    moreElements: { id: a => `+${a.count} elemen lainnya`, en: a => `+${a.count} more elements` },
    /** The subtitle's year: the architecture as of `year`. */
    asOfYear: { id: a => `per ${a.year}`, en: a => `as of ${a.year}` },
    /** An element's lifetime in the preview. */
    lifetimeUntil: { id: a => `hingga ${a.year}`, en: a => `until ${a.year}` },
    lifetimeSince: { id: a => `sejak ${a.year}`, en: a => `since ${a.year}` },
    /** The layered view's cross-OPD row: whom an OPD uses and who uses it (`opds`: `DISKOMINFO 4 · BAPPEDA 2`). */
    crossOpdUses: { id: a => `memakai ${a.opds}`, en: a => `uses ${a.opds}` },
    crossOpdUsedBy: { id: a => `dipakai oleh ${a.opds}`, en: a => `used by ${a.opds}` },
    crossOpdMore: { id: a => `+${a.count} OPD lain`, en: a => `+${a.count} other OPDs` },
    crossOpdCount: { id: a => `(${a.count} referensi)`, en: a => `(${a.count} references)` }
} as const satisfies Record<string, BilingualSentence>;

/** A diagram phrase with a number in it: `diagramSentence('asOfYear', 'en', { year: 2027 })` is `as of 2027`. */
export const diagramSentence = sentenceLookup(DiagramSentences);
