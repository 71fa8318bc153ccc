import { documentText } from '../document/document-text.js';
import { escapeHtml as e } from '../output/escape.js';

/**
 * A string of the model (a title, a name) as the site writes it: characters HTML cannot carry removed
 * and bidi controls it leaves open or closes without opening dropped, as the documents do — for
 * places where markup cannot isolate it (the page `<title>`, attributes, diagram labels).
 */
export function siteText(text: string): string {
    return documentText(text);
}

/**
 * A string of the model as escaped HTML inside `<bdi>`: a right-to-left title (or an override in it)
 * keeps its own direction without turning the sentence or heading around it.
 */
export function isolated(text: string): string {
    return `<bdi>${e(siteText(text))}</bdi>`;
}
