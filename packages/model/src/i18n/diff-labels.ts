import { labelLookup, type Bilingual } from './bilingual.js';

/** The words of a diff report (text, Markdown, HTML and the editor's review panel). */
const words = {
    title: { id: 'Reviu perubahan arsitektur dan peta rencana', en: 'Review: changes to the architecture and roadmap' },
    summary: { id: 'Ringkasan', en: 'Summary' },
    noChanges: { id: 'Tidak ada perubahan makna (perubahan format dan urutan diabaikan).', en: 'No changes in meaning (formatting and ordering are ignored).' },
    pemda: { id: 'Pemda', en: 'Pemda' },
    opds: { id: 'OPD', en: 'OPDs' },
    elements: { id: 'Elemen arsitektur per OPD', en: 'Architecture elements per OPD' },
    refs: { id: 'Referensi lintas OPD', en: 'Cross-OPD references' },
    items: { id: 'Rencana (peta rencana)', en: 'Roadmap items' },
    findings: { id: 'Temuan validasi', en: 'Findings' },
    index: { id: 'Indeks (penilaian)', en: 'Index (penilaian)' },
    added: { id: 'ditambah', en: 'added' },
    removed: { id: 'dihapus', en: 'removed' },
    changed: { id: 'diubah', en: 'changed' },
    renamed: { id: 'diganti nama', en: 'renamed' },
    rescheduled: { id: 'dijadwal ulang', en: 'rescheduled' },
    rebudgeted: { id: 'anggaran berubah', en: 're-budgeted' },
    reassigned: { id: 'penugasan berubah', en: 're-assigned' },
    introduced: { id: 'baru', en: 'introduced' },
    resolved: { id: 'selesai', en: 'resolved' },
    was: { id: 'sebelumnya', en: 'was' },
    budgetTotal: { id: 'Total anggaran', en: 'Total budget' },
    total: { id: 'total', en: 'total' },
    schedule: { id: 'jadwal', en: 'schedule' },
    elementsRow: { id: 'Elemen', en: 'Elements' },
    itemsRow: { id: 'Rencana', en: 'Roadmap items' },
    none: { id: '(tidak ada)', en: '(none)' }
} as const satisfies Record<string, Bilingual>;

export type DiffWord = keyof typeof words;

/** The diff report's words. */
export const diffWord = labelLookup(words);

