import { diagramLabel, diffWord, documentLabel, editorLabel, heading, indexLabel, propertyLabel, term, valueLabel, type Bilingual, type Locale } from 'spbe-model';

/**
 * The portal's own words (navigation, headings, column names) in Indonesian and English. A word
 * another output already translates is taken from spbe-model's table (a function here), so each
 * word is translated once.
 */
const SiteWords = {
    home: { id: 'Beranda', en: 'Home' },
    roadmap: { id: 'Peta Rencana', en: 'Roadmap' },
    diagram: { id: 'Diagram', en: 'Diagram' },
    search: { id: 'Cari', en: 'Search' },
    searchSite: { id: 'Cari di situs', en: 'Search the site' },
    searchLabel: { id: 'Cari elemen, OPD atau rencana', en: 'Search elements, OPDs or roadmap items' },
    searchPlaceholder: { id: 'mis. kependudukan', en: 'e.g. kependudukan' },
    resultCount: { id: 'hasil', en: 'result(s)' },
    searchNone: { id: 'Tidak ada hasil.', en: 'No results.' },
    searchNoScript: { id: 'Pencarian memerlukan JavaScript.', en: 'Search needs JavaScript.' },
    mainNav: { id: 'Navigasi utama', en: 'Main navigation' },
    skip: { id: 'Langsung ke isi', en: 'Skip to content' },
    elements: l => diffWord('elementsRow', l),
    element: l => heading('element', l),
    domain: l => indexLabel('domain', l),
    count: l => documentLabel('jumlahTemuan', l),
    countsPerDomain: { id: 'Jumlah elemen per domain', en: 'Elements per domain' },
    findingsPerOpd: { id: 'Temuan per OPD', en: 'Findings per OPD' },
    findings: { id: 'Temuan', en: 'Findings' },
    errors: { id: 'Galat', en: 'Errors' },
    warnings: { id: 'Peringatan', en: 'Warnings' },
    infos: { id: 'Info', en: 'Info' },
    total: { id: 'Total', en: 'Total' },
    sortHint: { id: 'Klik judul kolom untuk mengurutkan.', en: 'Click a column heading to sort.' },
    muatanCoverage: { id: 'Cakupan tujuh muatan', en: 'Coverage of the seven muatan' },
    status: l => editorLabel('status', l),
    exists: { id: 'Ada', en: 'Exists' },
    usedBy: l => term('usedBy', l),
    uses: { id: 'Memakai', en: 'Uses' },
    usedByIntro: { id: 'OPD lain yang memakai data dan aplikasi OPD ini.', en: 'Other OPDs that use this OPD\'s data and applications.' },
    usesIntro: { id: 'Data dan aplikasi OPD lain yang dipakai OPD ini.', en: 'Other OPDs\' data and applications this OPD uses.' },
    user: { id: 'Pemakai', en: 'User' },
    usedThing: { id: 'Yang dipakai', en: 'What is used' },
    owner: l => diagramLabel('archimate.owner', l),
    via: { id: 'Melalui', en: 'Through' },
    sharing: { id: 'Status berbagi', en: 'Sharing status' },
    shared: { id: 'Dibagipakaikan', en: 'Shared' },
    sharedOpen: l => valueLabel('SifatData', 'terbuka', l),
    notShared: { id: 'Tidak dibagipakaikan', en: 'Not shared' },
    national: l => documentLabel('nasional', l),
    message: { id: 'Pesan', en: 'Message' },
    howToFix: { id: 'Aturan yang dilanggar', en: 'Rule broken' },
    severity: l => documentLabel('tingkat', l),
    line: { id: 'baris', en: 'line' },
    roadmapItems: l => diffWord('itemsRow', l),
    role: { id: 'Peran', en: 'Role' },
    responsible: l => term('responsible', l),
    executor: { id: 'Pelaksana', en: 'Executor' },
    years: l => editorLabel('years', l),
    opdDiagram: { id: 'Diagram OPD', en: 'OPD diagram' },
    diagramHelp: { id: 'Seret atau gunakan panah untuk menggeser, roda tetikus atau +/− untuk memperbesar; klik atau Enter pada elemen membuka halamannya.', en: 'Drag or use the arrow keys to pan, the wheel or +/− to zoom; click or Enter on an element opens its page.' },
    properties: { id: 'Properti', en: 'Properties' },
    referencesOut: { id: 'Merujuk ke', en: 'Refers to' },
    referencesIn: { id: 'Dirujuk oleh', en: 'Referred to by' },
    realizedBy: { id: 'Diwujudkan oleh', en: 'Realized by' },
    retiredBy: { id: 'Dihentikan oleh', en: 'Retired by' },
    lifetime: { id: 'Masa ada', en: 'Exists' },
    from: { id: 'sejak', en: 'from' },
    to: { id: 'hingga', en: 'until' },
    whole: { id: 'seluruh periode', en: 'the whole period' },
    never: { id: 'tidak pernah ada dalam periode', en: 'never within the period' },
    none: l => term('none', l),
    pemda: { id: 'Pemerintah daerah', en: 'Regional government' },
    index: l => term('index', l),
    noIndex: { id: 'Belum ada penilaian atau target indikator.', en: 'No assessment or indicator target yet.' },
    generatedFrom: { id: 'Dibuat dari ruang kerja .spbe dengan spbe build site.', en: 'Built from the .spbe workspace with spbe build site.' },
    diagramViews: { id: 'Arsitektur berlapis, peta integrasi lintas OPD dan gap, per tahun.', en: 'Layered architecture, cross-OPD integration map and gap, per year.' },
    kind: l => heading('kind', l),
    opd: l => term('opd', l),
    description: l => propertyLabel('deskripsi', l),
    results: { id: 'Hasil pencarian', en: 'Search results' },
    item: { id: 'Rencana', en: 'Roadmap item' },
    yes: l => documentLabel('yes', l),
    allOpds: l => documentLabel('allOpd', l)
} as const satisfies Record<string, Bilingual | ((locale: Locale) => string)>;

export type SiteWord = keyof typeof SiteWords;

/** A portal word in the site's language. */
export function siteWord(key: SiteWord, locale: Locale): string {
    const word: Bilingual | ((l: Locale) => string) = SiteWords[key];
    return typeof word === 'function' ? word(locale) : word[locale];
}
