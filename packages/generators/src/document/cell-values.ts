/**
 * Several values in one table cell ("Data yang Digunakan", "Pengguna", the plans raising an indicator):
 * each on its own line behind a bullet, so a value a narrow column wraps still reads as one and two
 * values never run together as if they were one title (pdftotext and screen readers drop line breaks).
 * A single value stays as it is; none gives an empty cell.
 */
export function cellValues(values: readonly string[]): string {
    return values.length > 1 ? values.map(v => `• ${v}`).join('\n') : values.join('');
}
