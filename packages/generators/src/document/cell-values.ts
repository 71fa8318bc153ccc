/**
 * Several values in one table cell ("Data yang Digunakan", "Pengguna", the plans raising an indicator):
 * each on its own line behind a bullet, so a value a narrow column wraps still reads as one and two
 * values never run together as if they were one title (pdftotext and screen readers drop line breaks).
 * A single value stays as it is; none gives an empty cell.
 */
export function cellValues(values: readonly string[]): string {
    // A value's own line breaks and tabs are spaces: only the breaks between values stay.
    const flat = values.map(v => v.replace(/\s+/g, ' ').trim());
    return flat.length > 1 ? flat.map(v => `${ValueBullet} ${v}`).join('\n') : flat.join('');
}

/** What starts each of several values in a cell. */
export const ValueBullet = '•';
