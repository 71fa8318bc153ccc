import type { SubmittableDocument } from './document-model.js';
import { drawableText } from '../output/drawable-text.js';
import { ValueBullet } from './cell-values.js';

/** `text` as the document renderers write it: `drawableText`. */
export function documentText(text: string): string {
    return drawableText(text);
}

/**
 * `text` on one line: every run of whitespace (line breaks, tabs, Unicode separators) one space, none at
 * the ends. A title written over several lines or with tabs would otherwise leave blank lines in a
 * paragraph (Ruang Lingkup) and a literal tab in the DOCX.
 */
export function oneLine(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

/**
 * A table cell's text: the line breaks `cellValues` puts before each bulleted value stay, every other
 * one (a title's own) becomes a space, and empty lines go, so a title written over several lines
 * neither splits its value nor leaves blank lines in the cell.
 */
function cellText(text: string): string {
    const lines: string[] = [];
    for (const line of text.split('\n').map(oneLine).filter(l => l !== '')) {
        if (lines.length > 0 && !line.startsWith(`${ValueBullet} `)) {
            lines[lines.length - 1] += ` ${line}`;
        } else {
            lines.push(line);
        }
    }
    return lines.join('\n');
}

/**
 * A copy of `document` with every string passed through `documentText` and its whitespace collapsed
 * (`oneLine`; table cells keep the line breaks between their values): the one gate before DOCX and PDF.
 */
export function cleanDocumentText(document: SubmittableDocument): SubmittableDocument {
    return cleanValue(document, false) as SubmittableDocument;
}

function cleanValue(value: unknown, inCells: boolean): unknown {
    if (typeof value === 'string') {
        const text = documentText(value);
        return breakableWords(inCells ? cellText(text) : oneLine(text));
    }
    if (Array.isArray(value)) {
        return value.map(v => cleanValue(v, inCells));
    }
    if (value !== null && typeof value === 'object') {
        const heading = (value as { kind?: unknown }).kind === 'heading';
        return Object.fromEntries(Object.entries(value).map(([k, v]) => {
            const cleaned = cleanValue(v, inCells || k === 'cells');
            return [k, typeof cleaned === 'string' && (heading ? k === 'text' : k === 'caption' || k === 'continuedCaption') ? capped(cleaned, HeadingCap) : cleaned];
        }));
    }
    return value;
}

/**
 * The most characters (graphemes) a heading or a diagram's caption keeps; a longer one ends in "…". A heading
 * above a table is repeated over each page the table continues on (as a header row), so a title of thousands
 * of words written as an OPD's name would fill every page with its heading alone and the PDF would never end;
 * the longest real OPD names are about 70 characters, and the full title stays in the table rows.
 */
export const HeadingCap = 200;

function capped(text: string, cap: number): string {
    if (text.length <= cap) {
        return text;
    }
    const parts = Array.from(graphemes.segment(text), s => s.segment);
    return parts.length <= cap ? text : `${parts.slice(0, cap).join('').trimEnd()}…`;
}

/** The most characters (graphemes) an unbroken word keeps in a document; a longer one ends in "…" there. */
export const LongWordCap = 200;

/**
 * Words longer than this many characters (graphemes) get break opportunities: wider than a table column may
 * grow for its longest word (35 % of a landscape table, about 60 characters at 7.5 pt), so shorter ones (a
 * formula, a URL) stay exactly as written.
 */
export const BreakWordsLongerThan = 60;

/** Characters (graphemes) between two break opportunities inside a long word. */
export const WordBreakEvery = 20;

/** Zero-width space: an invisible break opportunity for Word and for pdfmake's line breaker alike. */
export const WordBreak = '\u200B';

const longWord = new RegExp(`[^\\s${WordBreak}]{${BreakWordsLongerThan + 1},}`, 'gu');
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` with every word (a run without whitespace) longer than `BreakWordsLongerThan` graphemes given a
 * `WordBreak` after every `WordBreakEvery` of them, and cut after `LongWordCap` with "…". pdfmake breaks a
 * word wider than its column by a binary search over the rest of the word for every line, so one
 * 20,000-character title without spaces took ~85 s and 3.5 GB; with a break opportunity every few
 * characters each line costs the same and the layout stays linear. Cut between graphemes, so an accent
 * or a joiner stays with its letter.
 */
export function breakableWords(text: string): string {
    return text.replace(longWord, word => {
        const parts = Array.from(graphemes.segment(word), s => s.segment);
        if (parts.length <= BreakWordsLongerThan) {
            return word;
        }
        const kept = parts.slice(0, LongWordCap);
        const chunks: string[] = [];
        for (let i = 0; i < kept.length; i += WordBreakEvery) {
            chunks.push(kept.slice(i, i + WordBreakEvery).join(''));
        }
        return chunks.join(WordBreak) + (parts.length > LongWordCap ? '…' : '');
    });
}
