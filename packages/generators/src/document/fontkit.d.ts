// fontkit 2 ships no types; this declares what the PDF's column widths use (advance widths per glyph).
declare module 'fontkit' {
    interface Glyph {
        /** In font units (see `unitsPerEm`). */
        readonly advanceWidth: number;
    }
    interface Font {
        readonly unitsPerEm: number;
        readonly postscriptName: string | null;
        glyphForCodePoint(codePoint: number): Glyph;
        hasGlyphForCodePoint(codePoint: number): boolean;
    }
    interface FontCollection {
        readonly fonts: Font[];
    }
    export function create(buffer: Buffer, postscriptName?: string): Font | FontCollection;
}
