import zlib from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { encodePng } from '../../packages/server/src/workspace/png-encode.js';

/** `width` × `height` RGBA pixels whose every byte depends on its position, so a shifted row or channel shows. */
function pattern(width: number, height: number): Uint8Array {
    const pixels = new Uint8Array(width * height * 4);
    for (let i = 0; i < pixels.length; i++) {
        pixels[i] = (i * 7 + Math.floor(i / (width * 4)) * 13) % 256;
    }
    return pixels;
}

describe('encodePng (the PNG renderer\'s encoder)', () => {
    test('a decoder reads back the same size and the same pixels, row by row', () => {
        for (const [width, height] of [[1, 1], [3, 2], [97, 41]] as const) {
            const pixels = pattern(width, height);
            const decoded = PNG.sync.read(Buffer.from(encodePng(pixels, width, height, zlib)));
            expect({ width: decoded.width, height: decoded.height }).toEqual({ width, height });
            expect(Buffer.from(decoded.data).equals(Buffer.from(pixels))).toBe(true);
        }
    });

    test('the chunks are IHDR, IDAT, IEND, each with the CRC-32 of its type and data', () => {
        const png = Buffer.from(encodePng(pattern(5, 5), 5, 5, zlib));
        const chunks: string[] = [];
        for (let at = 8; at < png.length;) {
            const length = png.readUInt32BE(at);
            chunks.push(png.toString('latin1', at + 4, at + 8));
            expect(png.readUInt32BE(at + 8 + length)).toBe(zlib.crc32(png.subarray(at + 4, at + 8 + length)));
            at += 12 + length;
        }
        expect(chunks).toEqual(['IHDR', 'IDAT', 'IEND']);
    });

    test('refuses pixels that are not width × height RGBA', () => {
        expect(() => encodePng(new Uint8Array(15), 2, 2, zlib)).toThrow(RangeError);
        expect(() => encodePng(new Uint8Array(0), 0, 0, zlib)).toThrow(RangeError);
    });
});
