import { DejaVuSansWidths } from './dejavu-sans-widths.js';
import { maxOf } from 'spbe-model';

/** Font sizes (px) of a node's texts, as the SVG and the preview draw them. */
export const LabelFontSize = 12;
export const CaptionFontSize = 10;
/** Baseline of the caption and of the label's first line, from the node's top; label line spacing. */
export const CaptionBaseline = 17;
export const LabelBaseline = 35;
export const LabelLineHeight = 15;

/** Text starts after the OPD colour stripe and keeps a margin on the right. */
const padding = 20;
const minText = 100;
/** Titles wrap at this width; only a caption or a single word wider than it widens the node. */
const preferredText = 230;
/** A title that needs more than `maxLines` lines at `preferredText` may widen the node up to this. */
const widestText = 380;
const maxLines = 4;
/**
 * Where a diagram is read: `screen` (the preview, the site, an exported SVG, which zoom) or `page` (a
 * figure of a DOCX/PDF document, shrunk to the page's width, so one wide node makes all text small).
 */
export type LabelMedium = 'screen' | 'page';

/**
 * A word wider than this is no name a person reads whole in a box: it is cut. On a screen, about 140
 * capitals (three widest nodes); on a page, the widest node's text, so no single word widens a node
 * beyond what a title of many words may.
 */
const longestWord: Record<LabelMedium, number> = { screen: 3 * widestText, page: widestText };
const bottomMargin = 11;
/** Characters DejaVu Sans has that the table lacks count as a wide capital, so text never overflows. */
const unknownWidth = 1000;

/** Width in px of `text` set in DejaVu Sans (the font the SVG names and the PNG bundles) at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
    let thousandths = 0;
    for (const ch of text) {
        thousandths += DejaVuSansWidths.get(ch.codePointAt(0)!) ?? unknownWidth;
    }
    return (thousandths * fontSize) / 1000;
}

/** Greedy word wrap: as many words per line as fit in `width` px; a word is never split. */
function wrap(words: readonly string[], width: number, fontSize: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
        const candidate = line ? `${line} ${word}` : word;
        if (line && textWidth(candidate, fontSize) > width) {
            lines.push(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    return line ? [...lines, line] : lines;
}

/** The first `maxLines` lines, the last ending in "…" after its last whole word that fits with it. */
function shorten(lines: readonly string[], maxLines: number, width: number, fontSize: number): string[] {
    if (lines.length <= maxLines) {
        return [...lines];
    }
    let last = lines[maxLines - 1];
    while (last.includes(' ') && textWidth(`${last}…`, fontSize) > width) {
        last = last.slice(0, last.lastIndexOf(' '));
    }
    return [...lines.slice(0, maxLines - 1), `${last}…`];
}

/**
 * `text` wrapped on words into lines of at most `width` px (DejaVu Sans at `fontSize` px). A word
 * wider than `width` keeps a line of its own, whole. Beyond `maxLines` the text is shortened after
 * a whole word and ends in "…": callers keep the full text in a tooltip.
 */
export function wrapText(text: string, width: number, maxLines: number, fontSize = LabelFontSize): string[] {
    return shorten(wrap(text.split(/\s+/).filter(Boolean), width, fontSize), maxLines, width, fontSize);
}

export interface NodeLabel {
    /** Node size in px. */
    readonly width: number;
    readonly height: number;
    /** The label as drawn, one entry per line. */
    readonly lines: readonly string[];
}

/** `word` cut after as many characters as fit in `limit` px with "…", or whole when it fits. */
function capWord(word: string, limit: number): string {
    if (textWidth(word, LabelFontSize) <= limit) {
        return word;
    }
    const chars = Array.from(word);
    let kept = '';
    for (const ch of chars) {
        if (textWidth(`${kept}${ch}…`, LabelFontSize) > limit) {
            break;
        }
        kept += ch;
    }
    return `${kept}…`;
}

/**
 * Size of a diagram node and its label wrapped on words: up to four lines, the node as high as its
 * lines. Identifiers are never cut: the node is at least as wide as its caption (`kind · OPD.NAME`),
 * and a word is cut only beyond both the caption (measured at the label's size, so a title-less
 * element's name is whole) and three widest nodes (one on a `page`): a 10,000-letter "word" then ends in "…", so
 * that one title cannot make a diagram too wide to see; so does a title that needs more than four
 * lines even at the widest node. The tooltip keeps the full title.
 */
export function nodeLabel(label: string, caption: string, medium: LabelMedium = 'screen'): NodeLabel {
    const limit = Math.max(longestWord[medium], textWidth(caption, LabelFontSize));
    const words = label.split(/\s+/).filter(Boolean).map(word => capWord(word, limit));
    const floor = Math.max(minText, textWidth(caption, CaptionFontSize), ...words.map(w => textWidth(w, LabelFontSize)));
    let width = Math.max(floor, Math.min(textWidth(words.join(' '), LabelFontSize), preferredText));
    let lines = wrap(words, width, LabelFontSize);
    while (lines.length > maxLines && width < widestText) {
        width = Math.min(widestText, width + 30);
        lines = wrap(words, width, LabelFontSize);
    }
    lines = shorten(lines, maxLines, width, LabelFontSize);
    const used = Math.max(floor, maxOf(lines.map(l => textWidth(l, LabelFontSize))));
    return {
        width: Math.ceil(Math.max(120, used + padding)),
        height: LabelBaseline + LabelLineHeight * (Math.max(1, lines.length) - 1) + bottomMargin,
        lines
    };
}
