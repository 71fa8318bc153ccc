import type { SubmittableDocument } from './document-model.js';
import { drawableText } from '../output/drawable-text.js';

/** `text` as the document renderers write it: `drawableText`. */
export function documentText(text: string): string {
    return drawableText(text);
}

/** A copy of `document` with every string passed through `documentText`: the one gate before DOCX and PDF. */
export function cleanDocumentText(document: SubmittableDocument): SubmittableDocument {
    return cleanValue(document) as SubmittableDocument;
}

function cleanValue(value: unknown): unknown {
    if (typeof value === 'string') {
        return documentText(value);
    }
    if (Array.isArray(value)) {
        return value.map(cleanValue);
    }
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanValue(v)]));
    }
    return value;
}
