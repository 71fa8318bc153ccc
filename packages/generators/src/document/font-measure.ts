import type { DocumentFonts } from './document-model.js';
import type { TextMeasure } from './column-widths.js';

/** Kerning and rounding are left out of the sum of advances: a little room keeps a measured word on one line. */
const slack = 1.03;

/** What the PDF's layout asks of its fonts: text widths, and whether the regular face can draw a character. */
export interface PdfFontMetrics {
    readonly measure: TextMeasure;
    /** Whether the regular font has a glyph for `codePoint` (the bold face of DejaVu has the same repertoire). */
    hasGlyph(codePoint: number): boolean;
    /** The PostScript names of the regular and the bold face (`DejaVuSans`, `DejaVuSans-Bold`), or `regular`/`bold` for a font without one. */
    readonly faceNames: readonly [string, string];
}

/**
 * Metrics over the fonts the PDF embeds (fontkit, which pdfkit itself uses): a text's width is the sum of
 * its characters' advance widths, cached per character and face, so a 2,000-row table measures each
 * distinct character once, not each word through the shaper.
 */
export async function pdfFontMetrics(fonts: DocumentFonts): Promise<PdfFontMetrics> {
    // Loaded on demand like pdfmake: only the PDF needs it.
    const { create } = await import('fontkit');
    const faces = [fonts.normal, fonts.bold].map(bytes => {
        const font = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        if (!('glyphForCodePoint' in font)) {
            throw new Error('the PDF font is a collection, not one font');
        }
        return { font, advances: new Map<number, number>() };
    });
    const regular = faces[0]!.font;
    return {
        faceNames: [faces[0]!.font.postscriptName || 'regular', faces[1]!.font.postscriptName || 'bold'],
        hasGlyph: codePoint => regular.hasGlyphForCodePoint(codePoint),
        measure: (text, bold, size) => {
            const face = faces[bold ? 1 : 0]!;
            let units = 0;
            for (const char of text) {
                const codePoint = char.codePointAt(0)!;
                let advance = face.advances.get(codePoint);
                if (advance === undefined) {
                    advance = face.font.glyphForCodePoint(codePoint).advanceWidth;
                    face.advances.set(codePoint, advance);
                }
                units += advance;
            }
            return units / face.font.unitsPerEm * size * slack;
        }
    };
}
