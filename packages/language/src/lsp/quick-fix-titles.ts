import type { Locale } from 'spbe-model';

type Args = Record<string, string>;

/** The titles of the quick fixes (the light-bulb menu), in Indonesian and English. */
const titles = {
    grant: { id: (a: Args) => `Tambahkan ${a.user} ke ${a.property} ${a.target}`, en: (a: Args) => `Add ${a.user} to ${a.property} of ${a.target}` },
    replace: { id: (a: Args) => `Ganti dengan ${a.name}`, en: (a: Args) => `Replace with ${a.name}` },
    createElement: { id: (a: Args) => `Buat ${a.kind} ${a.name} di OPD ${a.opd}`, en: (a: Args) => `Create ${a.kind} ${a.name} in OPD ${a.opd}` },
    createOpd: { id: (a: Args) => `Buat OPD ${a.code} (${a.path})`, en: (a: Args) => `Create OPD ${a.code} (${a.path})` },
    realize: { id: (a: Args) => `Tambahkan rencana yang mewujudkan ${a.id}`, en: (a: Args) => `Add a roadmap item that realizes ${a.id}` },
    retire: { id: (a: Args) => `Tambahkan rencana yang menghentikan ${a.id}`, en: (a: Args) => `Add a roadmap item that retires ${a.id}` },
    addProperty: { id: (a: Args) => `Tambahkan ${a.property} ${a.value}`, en: (a: Args) => `Add ${a.property} ${a.value}` },
    /** Appended when the fix edits another file than the one with the finding. */
    inFile: { id: (a: Args) => `${a.title} (di ${a.path})`, en: (a: Args) => `${a.title} (in ${a.path})` },
    recheck: { id: () => 'Periksa ulang ruang kerja', en: () => 'Re-check the workspace' },
    /** The source action that puts properties in the canonical order. */
    sortProperties: { id: () => 'Urutkan properti', en: () => 'Sort properties' }
} as const;

export function fixTitle(key: keyof typeof titles, locale: Locale, args: Args = {}): string {
    return titles[key][locale](args);
}
