import { sentenceLookup, type BilingualSentence } from './bilingual.js';

/**
 * The editor's sentences (rename refusals, the OPD dependency view) and the short phrases diagnostics
 * fill in, in Indonesian and English. The diagnostics' own messages are in `messages.ts`.
 */
const sentences = {
    renameInvalid: {
        id: a => `'${a.name}' tidak bisa dipakai sebagai nama: ${a.reason}.`,
        en: a => `'${a.name}' cannot be used as a name: ${a.reason}.`
    },
    /** `where` is empty or " (layanan, bappeda.spbe:12)". */
    renameTaken: {
        id: a => `${a.what} sudah dipakai ${a.scope}${a.where}; pilih nama lain.`,
        en: a => `${a.what} is already taken ${a.scope}${a.where}; choose another name.`
    },
    inWorkspace: { id: () => 'di ruang kerja', en: () => 'in the workspace' },
    inRoadmap: { id: () => 'di peta rencana', en: () => 'in the roadmap' },
    inOpd: { id: a => `di OPD ${a.opd}`, en: a => `in OPD ${a.opd}` },
    libraryReadOnly: {
        id: () => 'Pustaka nasional bawaan hanya-baca: namanya tidak bisa diganti.',
        en: () => 'The built-in national library is read-only: its names cannot be changed.'
    },
    noDependencies: {
        id: a => `${a.opd} tidak memakai dan tidak dipakai OPD lain.`,
        en: a => `${a.opd} neither uses nor is used by another OPD.`
    },
    uses: { id: () => 'Memakai', en: () => 'Uses' },
    sharingOpen: { id: () => 'data terbuka', en: () => 'open data' },
    appUserListed: { id: a => `${a.user} terdaftar di pengguna`, en: a => `${a.user} is listed in pengguna` },
    appUserNotListed: { id: a => `${a.user} belum terdaftar di pengguna`, en: a => `${a.user} is not listed in pengguna` },
    sharedWith: { id: a => `dibagipakaikan ke ${a.user}`, en: a => `shared with ${a.user} (bagiPakai)` },
    notSharedWith: { id: a => `belum dibagipakaikan ke ${a.user}`, en: a => `not shared with ${a.user}` },
    sharingNational: { id: () => 'pustaka nasional', en: () => 'national library' },
    sharingNotRequired: { id: () => 'tanpa izin bagi-pakai', en: () => 'no sharing needed' },
    sharingUnclassified: { id: () => 'sifat data belum ditulis', en: () => 'the data has no sifat' },
    /** The background validation of the open workspace failed (a bug): `detail` is the error's message. */
    workspaceValidationFailed: {
        id: a => `validasi workspace gagal (galat internal): ${a.detail}`,
        en: a => `validating the workspace failed (internal error): ${a.detail}`
    },
    /** A folder of the open workspace cannot be listed: `folder` its path, `reason` why in words (with the error code). */
    folderUnreadable: {
        id: a => `Folder ${a.folder} tidak dapat dibaca: ${a.reason}. Berkas .spbe di dalamnya tidak diperiksa; periksa izin folder itu.`,
        en: a => `Cannot read the folder ${a.folder}: ${a.reason}. The .spbe files in it are not checked; check its permissions.`
    },
    /** A workspace folder that is not there (or is a file): `folder` its path, `reason` why in words (with the error code). */
    folderNotFound: {
        id: a => `Folder ${a.folder} tidak dapat dibaca: ${a.reason}. Periksa jalur folder workspace itu.`,
        en: a => `Cannot read the folder ${a.folder}: ${a.reason}. Check the workspace folder's path.`
    },
    /** The tail of a shortened list: " dan 3 lainnya". */
    andMore: { id: a => ` dan ${a.count} lainnya`, en: a => ` and ${a.count} more` }
} as const satisfies Record<string, BilingualSentence>;

export type EditorSentenceKey = keyof typeof sentences;

export const editorSentence = sentenceLookup(sentences);
