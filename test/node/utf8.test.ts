import { describe, expect, test } from 'vitest';
import { decodeUtf8, firstInvalidUtf8Byte } from 'spbe-language';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('UTF-8 decoding', () => {
    test('valid text, including multi-byte characters, has no invalid byte', () => {
        const text = 'Kota — Pengaduan ✓ 𝔸';
        expect(firstInvalidUtf8Byte(new TextEncoder().encode(text))).toBe(-1);
        expect(decodeUtf8(new TextEncoder().encode(text))).toEqual({ text });
    });

    test('a BOM is dropped', () => {
        expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61)).text).toBe('a');
    });

    test.each([
        ['lone continuation byte', [0x61, 0x80], 1],
        ['overlong encoding', [0xc0, 0xaf], 0],
        ['truncated sequence', [0x61, 0x62, 0xe2, 0x82], 2],
        ['surrogate', [0xed, 0xa0, 0x80], 0],
        ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
        ['Latin-1 byte', [0x4b, 0x6f, 0x74, 0x61, 0xe9, 0x20], 4]
    ])('%s', (_name, input, at) => {
        expect(firstInvalidUtf8Byte(bytes(...input))).toBe(at);
    });

    test('the invalid position is given in characters of the decoded text', () => {
        const decoded = decodeUtf8(new Uint8Array([...new TextEncoder().encode('é\n'), 0xff, 0x41]));
        expect(decoded.invalidAt).toBe(2);
        expect(decoded.text).toBe('é\n\uFFFDA');
    });
});
