import { documentText } from '../document/document-text.js';
import { escapeHtml as e } from '../output/escape.js';
import type { SpbeModel } from 'spbe-model';

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

/**
 * A copy of `model` with every string in it passed through `siteText`, so that no title can leave a
 * bidi override open in a page's `<title>`, a table caption or a diagram label. A property whose text
 * holds U+FFFD was decoded from bytes that are not UTF-8 (the file's `syntax` finding says where):
 * spec §6 shows no value the parser only partly recovered, so it becomes empty and the pages show the
 * code or name instead, as for an element without a title. The model is plain data (objects, arrays,
 * strings, numbers); identifiers contain neither bidi controls nor U+FFFD and stay as they are.
 */
export function siteModel(model: SpbeModel): SpbeModel {
    return cleanStrings(model) as SpbeModel;
}

/** What a decoder puts for bytes that are not UTF-8. */
const replacementCharacter = '\uFFFD';

function cleanStrings(value: unknown): unknown {
    if (typeof value === 'string') {
        return siteText(value);
    }
    if (Array.isArray(value)) {
        return value.map(cleanStrings);
    }
    if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' && v.includes(replacementCharacter) ? '' : cleanStrings(v)]));
    }
    return value;
}
