import { labelLookup, sentenceLookup, type Bilingual, type BilingualSentence } from './bilingual.js';
import { diagramLabel } from './diagram-labels.js';
import type { Locale } from './messages.js';

/**
 * The words of the submittable documents (spec §6 v2, `spbe generate dokumen`): chapter titles,
 * table headers and the sentences of the frame. The regulation's own wording (LAMPIRAN PERATURAN …)
 * stays Indonesian in both locales: it is the text a pemda enacts.
 */
const DocumentLabels = {
    petaRencanaTitle: { id: 'Peta Rencana Sistem Pemerintahan Berbasis Elektronik', en: 'Electronic-Based Government System (SPBE) Roadmap' },
    arsitekturTitle: { id: 'Arsitektur Sistem Pemerintahan Berbasis Elektronik', en: 'Electronic-Based Government System (SPBE) Architecture' },
    contents: { id: 'Daftar Isi', en: 'Contents' },
    chapter: { id: 'BAB', en: 'CHAPTER' },
    appendix: { id: 'Lampiran', en: 'Appendix' },
    introduction: { id: 'Pendahuluan', en: 'Introduction' },
    background: { id: 'Latar Belakang', en: 'Background' },
    legalBasis: { id: 'Dasar Hukum', en: 'Legal Basis' },
    scope: { id: 'Ruang Lingkup', en: 'Scope' },
    currentState: { id: 'Kondisi SPBE Saat Ini', en: 'Current State of SPBE' },
    latestIndex: { id: 'Hasil Penilaian Terakhir', en: 'Latest Assessment' },
    asIsSummary: { id: 'Ringkasan Arsitektur Saat Ini', en: 'Current Architecture Summary' },
    directionAndTargets: { id: 'Arah dan Target', en: 'Direction and Targets' },
    indicatorTargets: { id: 'Target Indikator', en: 'Indicator Targets' },
    indexProjection: { id: 'Proyeksi Indeks', en: 'Index Projection' },
    /** Under `--opd`: the index is the pemda's, never the OPD's own. */
    wholePemdaIndex: { id: 'seluruh pemerintah daerah, bukan hanya perangkat daerah ini', en: 'the whole regional government, not only this work unit' },
    roadmapTable: { id: 'Peta Rencana SPBE', en: 'SPBE Roadmap' },
    budgetRecap: { id: 'Rekapitulasi Anggaran Indikatif', en: 'Indicative Budget Summary' },
    indicativeBudget: { id: 'Anggaran Indikatif', en: 'Indicative Budget' },
    schedule: { id: 'Jadwal Pelaksanaan', en: 'Schedule' },
    closing: { id: 'Penutup', en: 'Closing' },
    diagrams: { id: 'Diagram Arsitektur', en: 'Architecture Diagrams' },
    layeredDiagram: { id: 'Arsitektur berlapis (layanan, proses bisnis, data, aplikasi, infrastruktur)', en: 'Layered architecture (services, business processes, data, applications, infrastructure)' },
    ganttCaption: { id: 'Jadwal pelaksanaan Peta Rencana SPBE per tahun', en: 'Roadmap schedule by year' },
    continued: { id: 'lanjutan', en: 'continued' },
    crossOpdSharing: { id: 'Berbagi Pakai Lintas OPD', en: 'Cross-OPD Sharing' },
    findings: { id: 'Temuan Pemeriksaan', en: 'Check Findings' },
    no: { id: 'No.', en: 'No.' },
    rencana: { id: 'Rencana', en: 'Plan' },
    indikatorKinerja: { id: 'Indikator Kinerja', en: 'Performance Indicators' },
    indikatorIndeks: { id: 'Indikator Indeks', en: 'Index Indicators' },
    targetTahunan: { id: 'Target Tahunan', en: 'Yearly Targets' },
    penanggungJawab: { id: 'Penanggung Jawab', en: 'Responsible' },
    kegiatan: { id: 'Kegiatan/Sub-kegiatan', en: 'Kegiatan codes' },
    sumberDana: { id: 'Sumber Dana', en: 'Funding Source' },
    muatan: { id: 'Muatan', en: 'Content Area' },
    grandTotal: { id: 'Jumlah Seluruhnya', en: 'Grand Total' },
    targetLevel: { id: 'Target Tingkat', en: 'Target Level' },
    byItems: { id: 'Melalui Rencana', en: 'Through Plans' },
    nilai: { id: 'Nilai', en: 'Score' },
    predikat: { id: 'Predikat', en: 'Rating' },
    opdPengguna: { id: 'OPD Pengguna', en: 'Using OPD' },
    hubungan: { id: 'Hubungan', en: 'Relation' },
    dipakai: { id: 'Elemen yang Dipakai', en: 'Element Used' },
    opdPemilik: { id: 'OPD Pemilik', en: 'Owning OPD' },
    tingkat: { id: 'Tingkat', en: 'Severity' },
    temuan: { id: 'Temuan', en: 'Finding' },
    jumlahTemuan: { id: 'Jumlah', en: 'Count' },
    nasional: { id: 'Nasional', en: 'National' },
    noneDeclared: { id: 'Tidak ada elemen yang dideklarasikan.', en: 'No elements declared.' },
    noSharing: { id: 'Tidak ada pemakaian data atau aplikasi milik OPD lain.', en: 'No OPD uses another OPD\'s data or applications.' },
    noFindings: { id: 'Tidak ada temuan.', en: 'No findings.' },
    noItems: { id: 'Tidak ada rencana pada muatan ini.', en: 'No plans in this content area.' },
    noIndex: { id: 'Belum ada penilaian mandiri Indeks SPBE/Pemdi di ruang kerja ini.', en: 'The workspace has no SPBE/Pemdi index self-assessment yet.' },
    noTargets: { id: 'Belum ada rencana yang menargetkan indikator indeks.', en: 'No plan targets an index indicator yet.' },
    diagramMissing: { id: 'Diagram tidak dapat dibuat pada mesin ini.', en: 'The diagram could not be rendered on this machine.' },
    kepalaDaerah: { id: 'KEPALA DAERAH', en: 'KEPALA DAERAH' },
    allOpd: { id: diagramLabel('archimate.allOpds', 'id'), en: diagramLabel('archimate.allOpds', 'en') },
    yes: { id: 'Ya', en: 'Yes' },
    domainProbis: { id: 'Domain Arsitektur Proses Bisnis', en: 'Business Process Architecture Domain' },
    domainData: { id: 'Domain Arsitektur Data dan Informasi', en: 'Data and Information Architecture Domain' },
    domainLayanan: { id: 'Domain Arsitektur Layanan', en: 'Service Architecture Domain' },
    domainAplikasi: { id: 'Domain Arsitektur Aplikasi', en: 'Application Architecture Domain' },
    domainInfrastruktur: { id: 'Domain Arsitektur Infrastruktur', en: 'Infrastructure Architecture Domain' },
    domainKeamanan: { id: 'Domain Arsitektur Keamanan', en: 'Security Architecture Domain' },
    domainIntegrasi: { id: 'Integrasi Aplikasi', en: 'Application Integration' }
} as const satisfies Record<string, Bilingual>;

export type DocumentLabelKey = keyof typeof DocumentLabels;

/** A word of the submittable documents in the user's language. */
export const documentLabel: (key: DocumentLabelKey, locale: Locale) => string = labelLookup(DocumentLabels);

/** `1 note`, `2 notes`: English counts agree with their noun (Indonesian nouns do not inflect). */
function count(n: unknown, one: string, many: string): string {
    return `${String(n)} ${Number(n) === 1 ? one : many}`;
}

/** The muatan in running text, in regulation order. */
const muatanWords: Record<string, Record<Locale, string>> = {
    tataKelola: { id: 'tata kelola', en: 'governance' },
    manajemen: { id: 'manajemen', en: 'management' },
    layanan: { id: 'layanan', en: 'services' },
    infrastruktur: { id: 'infrastruktur', en: 'infrastructure' },
    aplikasi: { id: 'aplikasi', en: 'applications' },
    keamanan: { id: 'keamanan', en: 'security' },
    auditTik: { id: 'audit TIK', en: 'ICT audit' }
};

/**
 * `tujuh muatan (tata kelola, …, dan audit TIK)` when the plans use all seven; else only those they use,
 * counted (`2 muatan (layanan dan aplikasi)`): `muatan` is the comma-separated muatan ids used, in regulation order.
 */
function muatanPhrase(muatan: unknown, locale: Locale): string {
    const used = String(muatan ?? '').split(',').filter(Boolean).map(m => muatanWords[m]?.[locale] ?? m);
    // "a, b, dan c" / "a, b, and c": the locale's own list grammar (ICU, built into Node.js).
    const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(used);
    return muatanPhrasing[locale](used.length, used.length === Object.keys(muatanWords).length, list);
}

const muatanPhrasing: Record<Locale, (n: number, all: boolean, list: string) => string> = {
    id: (n, all, list) => all ? `tujuh muatan (${list})` : `${n} muatan (${list})`,
    en: (n, all, list) => all ? `the seven content areas (${list})` : `${count(n, 'content area', 'content areas')} (${list})`
};

const DocumentSentences = {
    roadmapBackground: {
        id: a => `Peta Rencana SPBE ${a.pemda} periode ${a.periode} mendeskripsikan arah dan langkah penyiapan dan pelaksanaan SPBE yang terintegrasi. Dokumen ini memuat ${a.items} rencana dalam ${muatanPhrase(a.muatan, 'id')} dengan anggaran indikatif ${a.budget}.`,
        en: a => `The SPBE Roadmap of ${a.pemda} for ${a.periode} describes the direction and steps to prepare and carry out an integrated SPBE. It holds ${a.items} plans in ${muatanPhrase(a.muatan, 'en')} with an indicative budget of ${a.budget}.`
    },
    architectureBackground: {
        id: a => `Arsitektur SPBE ${a.pemda} periode ${a.periode} adalah kerangka dasar yang mendeskripsikan integrasi proses bisnis, data dan informasi, infrastruktur SPBE, aplikasi SPBE, dan keamanan SPBE untuk menghasilkan layanan SPBE yang terintegrasi. Dokumen ini memuat ${a.elements} elemen dari ${a.opds} perangkat daerah.`,
        en: a => `The SPBE Architecture of ${a.pemda} for ${a.periode} is the framework describing how business processes, data and information, SPBE infrastructure, SPBE applications and SPBE security are integrated into integrated SPBE services. It holds ${a.elements} elements of ${a.opds} regional work units.`
    },
    latestIndex: {
        id: a => `Penilaian mandiri ${a.framework} tahun ${a.year} menghasilkan nilai ${a.score} dengan predikat ${a.predicate}; ${a.assessed} dari ${a.count} indikator dinilai.`,
        en: a => `The ${a.framework} self-assessment of ${a.year} gives a score of ${a.score}, rated ${a.predicate}; ${a.assessed} of ${a.count} indicators were assessed.`
    },
    closingRoadmap: {
        id: a => `Peta Rencana SPBE ini menjadi pedoman bagi perangkat daerah di lingkungan ${a.pemda} dalam menyusun rencana kerja dan anggaran SPBE tahun ${a.periode}, dan direviu pada paruh waktu serta pada tahun terakhir pelaksanaannya.`,
        en: a => `This SPBE Roadmap guides the work units of ${a.pemda} in drawing up their SPBE work plans and budgets for ${a.periode}; it is reviewed at mid-term and in its final year.`
    },
    closingArchitecture: {
        id: a => `Arsitektur SPBE ini menjadi pedoman bagi perangkat daerah di lingkungan ${a.pemda} dalam membangun dan mengembangkan SPBE tahun ${a.periode}, dan direviu pada paruh waktu serta pada tahun terakhir pelaksanaannya.`,
        en: a => `This SPBE Architecture guides the work units of ${a.pemda} in building and developing SPBE for ${a.periode}; it is reviewed at mid-term and in its final year.`
    },
    findingsIntro: {
        id: a => `Pemeriksaan ruang kerja menghasilkan ${a.errors} galat, ${a.warnings} peringatan, dan ${a.infos} informasi.`,
        en: a => `Checking the workspace gave ${count(a.errors, 'error', 'errors')}, ${count(a.warnings, 'warning', 'warnings')} and ${count(a.infos, 'note', 'notes')}.`
    },
    sharingIntro: {
        id: () => 'Tabel berikut mencantumkan setiap data dan aplikasi yang dipakai oleh perangkat daerah selain pemiliknya.',
        en: () => 'The table lists every data set and application used by a work unit other than its owner.'
    }
} as const satisfies Record<string, BilingualSentence>;

/** A sentence of the submittable documents, filled from named arguments. */
export const documentSentence = sentenceLookup(DocumentSentences);
