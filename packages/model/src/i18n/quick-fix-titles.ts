import { sentenceLookup, type BilingualSentence } from './bilingual.js';

/** The titles of the quick fixes (the light-bulb menu), in Indonesian and English. */
const titles = {
    grant: { id: a => `Tambahkan ${a.user} ke ${a.property} ${a.target}`, en: a => `Add ${a.user} to ${a.property} of ${a.target}` },
    replace: { id: a => `Ganti dengan ${a.name}`, en: a => `Replace with ${a.name}` },
    createElement: { id: a => `Buat ${a.kind} ${a.name} di OPD ${a.opd}`, en: a => `Create ${a.kind} ${a.name} in OPD ${a.opd}` },
    createOpd: { id: a => `Buat OPD ${a.code} (${a.path})`, en: a => `Create OPD ${a.code} (${a.path})` },
    realize: { id: a => `Tambahkan rencana yang mewujudkan ${a.id}`, en: a => `Add a roadmap item that realizes ${a.id}` },
    retire: { id: a => `Tambahkan rencana yang menghentikan ${a.id}`, en: a => `Add a roadmap item that retires ${a.id}` },
    addIntegration: { id: a => `Tambahkan integrasi ${a.app} dengan ${a.national} via ${a.via}`, en: a => `Add an integrasi of ${a.app} with ${a.national} via ${a.via}` },
    addProperty: { id: a => `Tambahkan ${a.property} ${a.value}`, en: a => `Add ${a.property} ${a.value}` },
    /** Appended when the fix edits another file than the one with the finding. */
    inFile: { id: a => `${a.title} (di ${a.path})`, en: a => `${a.title} (in ${a.path})` },
    recheck: { id: () => 'Periksa ulang ruang kerja', en: () => 'Re-check the workspace' },
    /** The source action that puts properties in the canonical order. */
    sortProperties: { id: () => 'Urutkan properti', en: () => 'Sort properties' }
} as const satisfies Record<string, BilingualSentence>;

export type FixTitleKey = keyof typeof titles;

export const fixTitle = sentenceLookup(titles);
