/** The part of `node:zlib` the encoder uses (passed in: the function also runs as source text in a worker thread). */
export interface PngZlib {
    deflateSync(data: Uint8Array, options?: { level?: number }): Uint8Array;
    crc32(data: Uint8Array): number;
}

/**
 * RGBA pixels (`width` × `height`, 8 bits a channel, rows top to bottom, as resvg's `pixels`) as PNG bytes:
 * one IDAT of the rows unfiltered (filter type 0), deflated by Node's native zlib at level 3. Why not resvg's own
 * `asPng()`: it encodes in WebAssembly, more than twice as slow on a flat-coloured diagram (a Gantt page: 15 ms
 * against 6 ms) for a larger file (87 KB against 74 KB; zlib's default level 6 would make 56 KB in 12 ms).
 * Straight alpha is assumed: resvg's pixels are premultiplied, which is the same for the opaque images
 * `renderPngs` draws (always on a white background). Self-contained on purpose: `renderPngs` hands its
 * source text to the worker threads. Throws a RangeError when `pixels` is not `width × height × 4` bytes.
 */
export function encodePng(pixels: Uint8Array, width: number, height: number, zlib: PngZlib): Uint8Array {
    const stride = width * 4;
    if (pixels.length !== stride * height || width < 1 || height < 1) {
        throw new RangeError(`PNG: ${pixels.length} bytes are not ${width} × ${height} RGBA pixels`);
    }
    // Each row is its filter-type byte (0: none) then the row's bytes.
    const rows = new Uint8Array((stride + 1) * height);
    for (let y = 0; y < height; y++) {
        rows.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
    }
    const header = new Uint8Array(13);
    const headerView = new DataView(header.buffer);
    headerView.setUint32(0, width);
    headerView.setUint32(4, height);
    // Bit depth 8, colour type 6 (RGBA), compression method 0 (deflate), filter method 0, no interlace.
    header.set([8, 6, 0, 0, 0], 8);
    const chunks = [chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows, { level: 3 })), chunk('IEND', new Uint8Array(0))];
    const png = new Uint8Array(8 + chunks.reduce((sum, c) => sum + c.length, 0));
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    let at = 8;
    for (const c of chunks) {
        png.set(c, at);
        at += c.length;
    }
    return png;

    // A chunk: its data's length, its type, the data, and the CRC-32 of type and data.
    function chunk(type: string, data: Uint8Array): Uint8Array {
        const bytes = new Uint8Array(12 + data.length);
        const view = new DataView(bytes.buffer);
        view.setUint32(0, data.length);
        for (let i = 0; i < 4; i++) {
            bytes[4 + i] = type.charCodeAt(i);
        }
        bytes.set(data, 8);
        view.setUint32(8 + data.length, zlib.crc32(bytes.subarray(4, 8 + data.length)));
        return bytes;
    }
}
