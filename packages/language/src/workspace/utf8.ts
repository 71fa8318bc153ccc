/** The result of reading a source file's bytes as UTF-8 (spec §7: BOM allowed, bad bytes replaced). */
export interface DecodedSource {
    readonly text: string;
    /** Character offset in `text` of the first invalid byte, if any. */
    readonly invalidAt?: number;
}

const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export function decodeUtf8(bytes: Uint8Array): DecodedSource {
    const text = lenient.decode(bytes);
    const invalidByte = firstInvalidUtf8Byte(bytes);
    if (invalidByte < 0) {
        return { text };
    }
    // The valid prefix decodes to exactly the characters before the first replacement.
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const prefix = lenient.decode(bytes.subarray(hasBom ? 3 : 0, invalidByte));
    return { text, invalidAt: prefix.length };
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need: number;
        let min: number;
        if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
        else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
        else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
        else { return i; }
        let cp = b & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80) {
                return i;
            }
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            return i;
        }
        i += need + 1;
    }
    return -1;
}
