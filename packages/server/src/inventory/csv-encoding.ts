import type { Locale } from 'spbe-model';
import { firstInvalidUtf8Byte } from 'spbe-language';
import { InventoryLimits, inventoryInputError } from './input-limits.js';
import { importDetail } from './import-messages.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The text of an inventory CSV, which must be UTF-8 (BOM optional). Excel's other CSV choices are
 * named instead of being misread: UTF-16 ("Unicode text", with or without BOM) would otherwise show
 * up as "required column missing", and Windows-1252 as silently replaced letters.
 *
 * @throws InventoryInputError (`file-size`, `encoding`) naming the encoding, and the line for a bad byte.
 */
export function decodeInventoryCsv(file: string, bytes: Uint8Array, locale: Locale): string {
    if (bytes.length > InventoryLimits.fileBytes) {
        throw inventoryInputError(file, 'file-size', { actual: bytes.length }, locale);
    }
    const named = utf16Or32(bytes, importDetail('withoutBom', locale));
    if (named) {
        throw inventoryInputError(file, 'encoding', { detail: named }, locale);
    }
    const invalid = firstInvalidUtf8Byte(bytes);
    if (invalid >= 0) {
        const line = countLines(bytes, invalid);
        const byte = `0x${bytes[invalid].toString(16).toUpperCase().padStart(2, '0')}`;
        const detail = importDetail('notUtf8Byte', locale, { byte });
        throw inventoryInputError(file, 'encoding', { detail }, locale, line);
    }
    return utf8.decode(bytes);
}

/** UTF-16/32 by byte-order mark, or UTF-16 without one by its zero bytes in every other position. */
function utf16Or32(bytes: Uint8Array, noBom: string): string | undefined {
    const [a, b, c, d] = bytes;
    if (a === 0xff && b === 0xfe) {
        return c === 0 && d === 0 ? 'UTF-32LE' : 'UTF-16LE';
    }
    if (a === 0xfe && b === 0xff) {
        return 'UTF-16BE';
    }
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff) {
        return 'UTF-32BE';
    }
    // Text in UTF-16 has a zero byte in every other position for Latin letters; UTF-8 text has none.
    const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample.length; i++) {
        if (sample[i] === 0) {
            i % 2 === 0 ? evenZeros++ : oddZeros++;
        }
    }
    const pairs = sample.length / 2;
    if (pairs >= 2 && oddZeros > pairs * 0.3 && evenZeros < oddZeros / 4) {
        return `UTF-16LE (${noBom})`;
    }
    if (pairs >= 2 && evenZeros > pairs * 0.3 && oddZeros < evenZeros / 4) {
        return `UTF-16BE (${noBom})`;
    }
    return undefined;
}

/** 1-based line of byte `offset`. */
export function countLines(bytes: Uint8Array, offset: number): number {
    let line = 1;
    for (let i = 0; i < offset && i < bytes.length; i++) {
        if (bytes[i] === 0x0a) {
            line++;
        }
    }
    return line;
}
