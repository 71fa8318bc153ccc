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
        return inCells ? cellText(text) : oneLine(text);
    }
    if (Array.isArray(value)) {
        return value.map(v => cleanValue(v, inCells));
    }
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanValue(v, inCells || k === 'cells')]));
    }
    return value;
}
