import type { SubmittableDocument } from './document-model.js';

/** What stands for a character the PDF's font cannot draw: the Unicode replacement character, which DejaVu Sans has. */
export const ReplacementMark = '\uFFFD';

/** Joiners and variation selectors that only shape the character before them (an emoji's ZWJ sequence, VS16). */
const shaping = /^[\u200D\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]$/u;

/**
 * `document` with every character `hasGlyph` refuses (an emoji DejaVu Sans lacks) replaced by
 * `ReplacementMark`, and the distinct characters replaced, in order of first appearance. pdfkit would
 * otherwise drop them without a trace; a joiner or variation selector after a replaced character goes
 * with it, so a ZWJ sequence becomes one mark.
 */
export function replaceMissingGlyphs(document: SubmittableDocument, hasGlyph: (codePoint: number) => boolean): { document: SubmittableDocument; missing: string[] } {
    const missing = new Set<string>();
    const known = new Map<number, boolean>();
    const drawable = (codePoint: number) => {
        let has = known.get(codePoint);
        if (has === undefined) {
            // Controls and line breaks are layout, not glyphs.
            has = codePoint < 0x20 || hasGlyph(codePoint);
            known.set(codePoint, has);
        }
        return has;
    };
    const text = (value: string) => {
        let out = '';
        let replaced = false;
        for (const char of value) {
            if (replaced && shaping.test(char)) {
                continue;
            }
            replaced = !drawable(char.codePointAt(0)!);
            if (replaced) {
                missing.add(char);
            }
            out += replaced ? ReplacementMark : char;
        }
        return out;
    };
    const walk = (value: unknown): unknown => typeof value === 'string' ? text(value)
        : Array.isArray(value) ? value.map(walk)
        : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]))
        : value;
    return { document: walk(document) as SubmittableDocument, missing: [...missing] };
}

/**
 * The distinct characters of the text `svg` draws (tooltips, `<title>`, are not drawn) that `hasGlyph`
 * refuses, in order of first appearance: the PNG rasterizer draws each as an empty box (an emoji in a
 * Gantt label), so the caller can warn about them as it does about the PDF's.
 */
export function svgMissingGlyphs(svg: string, hasGlyph: (codePoint: number) => boolean): string[] {
    const drawn = svg.replace(/<title[^>]*>[^<]*<\/title>/g, '').replace(/<[^>]*>/g, ' ')
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&');
    const missing = new Set<string>();
    for (const char of drawn) {
        const codePoint = char.codePointAt(0)!;
        if (codePoint >= 0x20 && !shaping.test(char) && !/\s/.test(char) && !missing.has(char) && !hasGlyph(codePoint)) {
            missing.add(char);
        }
    }
    return [...missing];
}
