import { sentenceLookup, type BilingualSentence } from 'spbe-model';

/** `1 error`, `2 errors` (English only; Indonesian nouns do not inflect for number). */
function count(n: string | number, noun: string): string {
    return `${n} ${noun}${Number(n) === 1 ? '' : 's'}`;
}

/**
 * The CLI's own sentences, in Indonesian and English: the validation summary, the import report and
 * the last-resort error lines. Words shared with the editor or the generators live in spbe-model.
 */
const sentences = {
    /** The summary after the diagnostic lines: `files`, `errors`, `warnings`, `infos`. */
    validationSummary: {
        id: a => `${a.files} berkas diperiksa: ${a.errors} galat, ${a.warnings} peringatan, ${a.infos} info.`,
        en: a => `${count(a.files, 'file')} checked: ${count(a.errors, 'error')}, ${count(a.warnings, 'warning')}, ${count(a.infos, 'info')}.`
    },
    /** A JUnit test case's failure message: `errors` (count), `first` (the first error's report line). */
    junitFailure: {
        id: a => `${a.errors} galat; yang pertama: ${a.first}`,
        en: a => `${count(a.errors, 'error')}; the first: ${a.first}`
    },
    /** A generator's output was made from a workspace with `errors` errors; exit 1. */
    outputFromErrors: {
        id: a => `ruang kerja memiliki ${a.errors} galat; keluaran tetap dibuat dari yang dideklarasikan (mungkin tidak lengkap), kode keluar 1 — perbaiki galat di atas`,
        en: a => `the workspace has ${count(a.errors, 'error')}; the output was made from what is declared anyway (it may be incomplete), exit code 1 — fix the errors above`
    },
    /** `generate roadmap --allow-errors` on a workspace with `errors` errors; exit 0. */
    roadmapAllowedErrors: {
        id: a => `ruang kerja memiliki ${a.errors} galat; dokumen tetap dibuat karena --allow-errors dan mungkin tidak lengkap`,
        en: a => `the workspace has ${count(a.errors, 'error')}; the documents were made anyway (--allow-errors) and may be incomplete`
    },
    /** `build site --allow-errors` on a workspace with `errors` errors; exit 0. */
    siteAllowedErrors: {
        id: a => `situs dibuat dari ruang kerja dengan ${a.errors} galat (--allow-errors); setiap halaman menyebutkannya`,
        en: a => `the site was built from a workspace with ${count(a.errors, 'error')} (--allow-errors); every page says so`
    },
    importUnchanged: { id: () => 'tidak berubah, tidak ditulis ulang', en: () => 'no changes, not rewritten' },
    importWritten: { id: () => 'ditulis', en: () => 'written' },
    importNotWritten: { id: () => 'tidak ditulis', en: () => 'not written' },
    /** One imported file: `file`, `elements`, `opd`, `verb` (one of the three above). */
    importedFile: {
        id: a => `${a.file}: ${a.elements} elemen (OPD ${a.opd}) — ${a.verb}`,
        en: a => `${a.file}: ${a.elements} elements (OPD ${a.opd}) — ${a.verb}`
    },
    importPendingLines: {
        id: a => `Temuan di ${a.files} merujuk ke baris teks yang akan ditulis impor (belum ada di disk).`,
        en: a => `Findings in ${a.files} refer to lines of the text the import would write (not on disk yet).`
    },
    importBlocked: {
        id: a => `${a.problems} masalah; tidak ada berkas yang ditulis (perbaiki, atau --partial untuk menulis baris yang sah).`,
        en: a => `${a.problems} problem(s); nothing was written (fix them, or --partial writes the valid rows).`
    },
    /** After a dry run's diff cut at `shown` lines: `omitted` more lines of `file`'s diff. */
    importDiffOmitted: {
        id: a => `… ${a.omitted} baris diff ${a.file} berikutnya tidak ditampilkan (${a.shown} baris pertama saja); --format json memuat diff lengkap.`,
        en: a => `… ${a.omitted} more diff line(s) of ${a.file} not shown (first ${a.shown} only); --format json has the whole diff.`
    },
    importSkippedRows: { id: a => `${a.rows} baris dilewati.`, en: a => `${a.rows} row(s) skipped.` },
    /** A failure inside the staged pipeline: `stage`, `where` (file or file:line), `detail`. */
    internalStageFailure: {
        id: a => `galat internal pada tahap ${a.stage} untuk ${a.where}: ${a.detail} — hasilnya tidak lengkap; laporkan sebagai bug.`,
        en: a => `internal error in the ${a.stage} stage for ${a.where}: ${a.detail} — the results are incomplete; please report this as a bug.`
    },
    /** A bug outside the pipeline: `detail`. */
    internalError: {
        id: a => `galat internal: ${a.detail} — laporkan sebagai bug (SPBE_DEBUG=1 menampilkan jejak tumpukan).`,
        en: a => `internal error: ${a.detail} — please report this as a bug (SPBE_DEBUG=1 shows the stack trace).`
    },
    /** stdout could not be written: `code` (EIO, ENOSPC…). */
    outputFailure: {
        id: a => `keluaran tidak dapat ditulis (${a.code}); keluaran tidak lengkap — periksa disk atau berkas tujuannya`,
        en: a => `the output could not be written (${a.code}); it is incomplete — check the disk or the file it goes to`
    }
} as const satisfies Record<string, BilingualSentence>;

export type CliSentenceKey = keyof typeof sentences;

/** `cliSentence(key, locale, args)`: one of the CLI's sentences, filled. */
export const cliSentence = sentenceLookup(sentences);
