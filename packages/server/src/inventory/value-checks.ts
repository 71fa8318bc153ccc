import { readSpbeNumber } from 'spbe-model';
import { PlausibleYears } from 'spbe-generators';

/**
 * The shape checks of inventory cells whose value the language keeps as text (a "Tahun Pembuatan:
 * 2019" line of `deskripsi`) or as a year: what a PIC could mistype into a number column.
 */

/** True for a four-digit year within `PlausibleYears` (1945..2100); the text is already trimmed. */
export function isPlausibleYear(text: string): boolean {
    return /^\d{4}$/.test(text) && Number(text) >= PlausibleYears.first && Number(text) <= PlausibleYears.last;
}

/**
 * True when every part of the cell (parts separated by `;` or a line break) is a non-negative number
 * written the way `.spbe` reads numbers (`1.500`, `2,5`, `1_000`; not `1.5`, `-5` or `dua ribu`),
 * optionally followed by a unit that starts with a letter or `%` (`100 Mbps`, `16GB`, `2 x 10 Gbps`).
 */
export function isQuantity(text: string): boolean {
    const parts = text.split(/[;\n]/).map(p => p.trim()).filter(Boolean);
    return parts.length > 0 && parts.every(part => {
        const m = /^([0-9][0-9.,_]*)\s*(.*)$/su.exec(part);
        return m !== null && readSpbeNumber(m[1]) !== undefined && (m[2] === '' || /^[\p{L}%]/u.test(m[2]));
    });
}
