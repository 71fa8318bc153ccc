import type { DocumentFonts } from './document-model.js';
import type { TextMeasure } from './column-widths.js';

/** Kerning and rounding are left out of the sum of advances: a little room keeps a measured word on one line. */
const slack = 1.03;

/**
 * A `TextMeasure` over the fonts the PDF embeds: the sum of each character's advance width (fontkit,
 * which pdfkit itself uses), cached per character and per font, so a 2,000-row table measures each
 * distinct character once, not each word through the shaper.
 */
export async function fontMeasure(fonts: DocumentFonts): Promise<TextMeasure> {
    // Loaded on demand like pdfmake: only the PDF needs it.
    const { create } = await import('fontkit');
    const faces = [fonts.normal, fonts.bold].map(bytes => {
        const font = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        if (!('glyphForCodePoint' in font)) {
            throw new Error('the PDF font is a collection, not one font');
        }
        return { font, advances: new Map<number, number>() };
    });
    return (text, bold, size) => {
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
    };
}
