import { sentenceLookup, type BilingualSentence } from './bilingual.js';

/**
 * The titles of the quick fixes (the light-bulb menu), in Indonesian and English. Like the documents
 * (spec §6 v2) they name things in words: an OPD, an element or a national platform by its title, a
 * kind, property or value by its label. Only what the fix itself writes into the source and has no
 * title yet (a new element's or OPD's name, the text that replaces a reference) is shown as written.
 */
/** `word` unless `title` already starts with "data". */
const dataWord = (title: string | number, word: string): string => (/^data\b/i.test(String(title)) ? '' : word);

const titles = {
    /** `bagiPakai`: the owner shares its data with the using OPD. */
    // "data" only where the title does not already say it ("Bagi pakai Data Kependudukan …", not "data Data …").
    grantData: { id: a => `Bagi pakai ${dataWord(a.target, 'data ')}${a.target} dengan ${a.user}`, en: a => `Share ${dataWord(a.target, 'the data ')}${a.target} with ${a.user}` },
    /** `pengguna`: the owner lets the using OPD use its application. */
    grantApp: { id: a => `Tambahkan ${a.user} sebagai pengguna aplikasi ${a.target}`, en: a => `Add ${a.user} as a user of the application ${a.target}` },
    replace: { id: a => `Ganti dengan ${a.name}`, en: a => `Replace with ${a.name}` },
    /** A reference rewritten to an element that has a title: what is written, then what it is. */
    replaceNamed: { id: a => `Ganti dengan ${a.name} (${a.title})`, en: a => `Replace with ${a.name} (${a.title})` },
    createElement: { id: a => `Buat ${a.kind} baru ${a.name} di ${a.opd}`, en: a => `Create a new ${a.kind} ${a.name} in ${a.opd}` },
    createOpd: { id: a => `Buat OPD ${a.code} (${a.path})`, en: a => `Create OPD ${a.code} (${a.path})` },
    realize: { id: a => `Tambahkan rencana yang mewujudkan ${a.element}`, en: a => `Add a roadmap item that realizes ${a.element}` },
    retire: { id: a => `Tambahkan rencana yang menghentikan ${a.element}`, en: a => `Add a roadmap item that retires ${a.element}` },
    addIntegration: { id: a => `Tambahkan integrasi ${a.app} dengan ${a.national} melalui ${a.via}`, en: a => `Add an integration of ${a.app} with ${a.national} via ${a.via}` },
    addProperty: { id: a => `Tambahkan ${a.property}: ${a.value}`, en: a => `Add ${a.property}: ${a.value}` },
    /** Appended when the fix edits another file than the one with the finding. */
    inFile: { id: a => `${a.title} (di ${a.path})`, en: a => `${a.title} (in ${a.path})` },
    recheck: { id: () => 'Periksa ulang ruang kerja', en: () => 'Re-check the workspace' },
    /** The source action that puts properties in the canonical order. */
    sortProperties: { id: () => 'Urutkan properti', en: () => 'Sort properties' }
} as const satisfies Record<string, BilingualSentence>;

export type FixTitleKey = keyof typeof titles;

export const fixTitle = sentenceLookup(titles);
