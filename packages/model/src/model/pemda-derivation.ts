/**
 * What the pemda header implies when it does not say it (spec §3.1 v2): its `jenis` and the place
 * named in the documents (`tempat`) are read from a title such as "Pemerintah Kota Kediri".
 */

export type JenisPemda = 'kota' | 'kabupaten' | 'provinsi';

// "Pemerintah Kota Kediri", "Pemerintah Kabupaten Barito Timur", "Pemerintah Provinsi Jawa Timur";
// "Pemerintah" may be left out ("Kota Kediri"). Case and spacing are free.
const titlePattern = /^\s*(?:pemerintah\s+)?(kota|kabupaten|provinsi)(?:\s+(\S[\s\S]*?))?\s*$/iu;

/** The pemda kind a title names after "Pemerintah", or undefined when it names none. */
export function jenisFromTitle(title: string | undefined): JenisPemda | undefined {
    const match = title === undefined ? null : titlePattern.exec(title);
    return match ? match[1].toLowerCase() as JenisPemda : undefined;
}

/**
 * The place a title names: the title minus "Pemerintah Kota/Kabupaten/Provinsi" ("Pemerintah Kota
 * Kediri" → "Kediri"); undefined when the title does not start that way or names no place.
 */
export function tempatFromTitle(title: string | undefined): string | undefined {
    const match = title === undefined ? null : titlePattern.exec(title);
    return match?.[2]?.replace(/\s+/g, ' ');
}
