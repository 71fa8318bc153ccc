/**
 * SIA-SPBE fields the language has no property for travel inside `deskripsi`: after the description
 * proper, a blank line, then one `Header: value` line per filled field, in the sheet's column order:
 *
 *     Aplikasi perizinan daring.
 *
 *     Pengembang: Diskominfo
 *     Tahun Pembuatan: 2019
 *
 * A line break, carriage return or backslash inside a value is written `\n`, `\r`, `\\`, so each field stays one line and
 * export → import → export gives every cell back byte for byte.
 */

/** One field: the column header and the cell text. */
export type DescriptionLine = readonly [header: string, value: string];

function escapeValue(value: string): string {
    return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function unescapeValue(value: string): string {
    return value.replace(/\\([\\nr])/g, (_, c: string) => c === 'n' ? '\n' : c === 'r' ? '\r' : '\\');
}

/** The `deskripsi` text of a description and its fields (blank fields left out). */
export function joinDescription(description: string, lines: readonly DescriptionLine[]): string {
    const block = lines.filter(([, v]) => v.trim() !== '').map(([h, v]) => `${h}: ${escapeValue(v)}`).join('\n');
    if (!block) {
        return description;
    }
    return description ? `${description}\n\n${block}` : block;
}

/**
 * A `deskripsi` split back into the description proper and the fields of `headers` it ends with.
 * The last block (after the last blank line, or the whole text) counts only when every line of it is
 * `Header: value` for a distinct header of `headers`; otherwise the whole text is the description.
 */
export function splitDescription(text: string, headers: readonly string[]): { description: string; fields: ReadonlyMap<string, string> } {
    const fields = new Map<string, string>();
    if (headers.length === 0 || !text) {
        return { description: text, fields };
    }
    const cut = text.lastIndexOf('\n\n');
    const block = cut >= 0 ? text.slice(cut + 2) : text;
    for (const line of block.split('\n')) {
        const header = headers.find(h => line.startsWith(`${h}: `));
        if (!header || fields.has(header)) {
            return { description: text, fields: new Map() };
        }
        fields.set(header, unescapeValue(line.slice(header.length + 2)));
    }
    return { description: cut >= 0 ? text.slice(0, cut) : '', fields };
}
