import { FileSystemReasons, sentenceLookup, type Bilingual, type BilingualSentence } from 'spbe-model';

/** One message of `spbe import` in both languages (Indonesian first, the default). */
export type ImportText = Bilingual;

/** What a failed read reports (Node's errno errors have this shape). */
export interface ReadFailure {
    readonly code?: string;
    readonly message: string;
}

const fileNotFound: ImportText = { id: 'berkas tidak ada', en: 'file not found' };

const readReasons: Record<string, ImportText> = {
    ...FileSystemReasons,
    ENOENT: fileNotFound,
    ENOTDIR: fileNotFound,
    EISDIR: { id: 'ini sebuah folder, bukan berkas', en: 'it is a folder, not a file' },
    /** Our own code: a device, a named pipe or a socket, which has no size to check and may never end. */
    ENOTREG: { id: 'ini bukan berkas biasa (perangkat, pipa bernama atau soket)', en: 'it is not a regular file (a device, named pipe or socket)' }
};

/**
 * Why a file could not be read, in words rather than an errno line (`ENOENT: no such file…`); a code
 * without words of its own is named by its code, so the user can still look it up.
 */
function readReason(error: ReadFailure): ImportText {
    const known = error.code ? readReasons[error.code] : undefined;
    if (known) {
        return known;
    }
    const detail = error.code ?? error.message;
    return { id: `gagal dibaca (${detail})`, en: `read failed (${detail})` };
}

/**
 * The user-facing refusals and usage errors of `spbe import` (not the per-row problems, which are in
 * import-problems.ts). Each returns both languages; callers wrap them in a `WorkspaceLoadError`.
 */
export const importMessages = {
    cannotRead: (file: string, error: ReadFailure): ImportText => {
        const reason = readReason(error);
        return { id: `Tidak dapat membaca ${file}: ${reason.id}`, en: `Cannot read ${file}: ${reason.en}` };
    },
    csvName: (file: string): ImportText => ({
        id: `${file}: beri nama CSV sesuai lembarnya (inventaris-aplikasi.csv, inventaris-data.csv, …)`,
        en: `${file}: name the CSV after its sheet (inventaris-aplikasi.csv, inventaris-data.csv, …)`
    }),
    fileType: (file: string): ImportText => ({
        id: `${file}: yang diharapkan buku kerja .xlsx atau berkas .csv`,
        en: `${file}: expected an .xlsx workbook or .csv files`
    }),
    noSheets: (files: string): ImportText => ({
        id: `Tidak ada lembar inventaris di ${files}`,
        en: `No inventory sheets in ${files}`
    }),
    noOpd: (): ImportText => ({
        id: 'Berkas tidak menyebut OPD apa pun; beri --opd KODE',
        en: 'The files name no OPD; pass --opd KODE'
    }),
    oneOutput: (): ImportText => ({
        id: '-o menyebut satu berkas; dengan beberapa OPD berkasnya menjadi opd/<kode>.spbe',
        en: '-o names one file; with several OPDs the files go to opd/<kode>.spbe'
    }),
    declaredElsewhere: (code: string, file: string): ImportText => ({
        id: `OPD ${code} sudah dideklarasikan di ${file}; impor ke berkas itu (dengan --force) atau hapus dulu deklarasinya`,
        en: `OPD ${code} is already declared in ${file}; import into that file (with --force) or remove it first`
    }),
    outsideWorkspace: (file: string, root: string): ImportText => ({
        id: `${file} berada di luar ruang kerja ${root}`,
        en: `${file} is outside the workspace ${root}`
    }),
    notSpbe: (file: string): ImportText => ({
        id: `${file}: keluaran harus berkas .spbe`,
        en: `${file}: the output must be a .spbe file`
    }),
    otherOpds: (file: string, others: string, code: string): ImportText => ({
        id: `${file} mendeklarasikan OPD ${others}, bukan ${code}; impor tidak menimpa OPD lain: pilih berkas lain dengan -o.`,
        en: `${file} declares OPD ${others}, not ${code}; an import never replaces another OPD: choose another file with -o.`
    }),
    exists: (file: string, code: string): ImportText => ({
        id: `${file} sudah ada; beri --force untuk mengganti blok OPD ${code} di dalamnya (isi lain berkas tetap)`,
        en: `${file} exists; pass --force to replace OPD ${code}'s block in it (the rest of the file is kept)`
    }),
    notUtf8: (file: string, byte: number): ImportText => ({
        id: `${file}: byte ${byte} bukan UTF-8; perbaiki dulu agar impor tidak mengubah isi lain berkas ini.`,
        en: `${file}: byte ${byte} is not UTF-8; fix it first, so that the import changes nothing else in the file.`
    }),
    generatedUnparsable: (code: string): ImportText => ({
        id: `sumber yang dibuat untuk OPD ${code} tidak dapat diurai; tidak ada berkas yang ditulis`,
        en: `the generated source for OPD ${code} does not parse; nothing was written`
    })
} as const;

/** The pieces of `spbe import` messages that a sentence elsewhere fills in (a detail, a reason, a line). */
const importDetails = {
    quoteNotClosed: { id: () => 'tanda kutip yang dibuka pada baris ini tidak pernah ditutup', en: () => 'a quote opened on this line is never closed' },
    withoutBom: { id: () => 'tanpa BOM', en: () => 'without BOM' },
    notUtf8Byte: { id: a => `bukan UTF-8 (byte ${a.byte}; mungkin Windows-1252/ANSI)`, en: a => `not UTF-8 (byte ${a.byte}; probably Windows-1252/ANSI)` },
    codeShape: { id: () => 'tidak berbentuk RAx.NN(.NN)*', en: () => 'is not of the form RAx.NN(.NN)*' },
    codeWrongDomain: { id: a => `bukan kode ${a.prefix} (domain ${a.kind})`, en: a => `is not a ${a.prefix} code (domain ${a.kind})` },
    codeUnknown: { id: a => `tidak ada di ${a.version} maupun kodeLokal pemda`, en: a => `is neither in ${a.version} nor a kodeLokal of the pemda` },
    keptSheet: {
        id: a => `OPD ${a.opd}: lembar ${a.sheet} tidak ada di berkas impor; ${a.elements} elemen yang ada dipertahankan.`,
        en: a => `OPD ${a.opd}: sheet ${a.sheet} is not in the imported files; its ${a.elements} existing element(s) are kept.`
    },
    checkFailed: {
        id: a => `pemeriksaan sebelum menulis gagal (${a.stage}, ${a.file}): ${a.detail}; tidak ada berkas yang ditulis.`,
        en: a => `the check before writing failed (${a.stage}, ${a.file}): ${a.detail}; nothing was written.`
    },
    loadingWorkspace: { id: () => 'memuat ruang kerja', en: () => 'loading the workspace' },
    findingsLost: { id: a => `${a.found} temuan dihitung, hanya ${a.kept} yang sampai`, en: a => `${a.found} findings computed, only ${a.kept} kept` }
} as const satisfies Record<string, BilingualSentence>;

export const importDetail = sentenceLookup(importDetails);
