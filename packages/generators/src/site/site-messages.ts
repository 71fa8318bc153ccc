import { identifiersInWords } from 'spbe-model';
import { escapeHtml as e } from '../output/escape.js';
import type { SiteContext } from './site-context.js';
import { isolated, siteText } from './site-text.js';

/** A message split into prose and code: a part in backticks (`` `tataKelola` ``) is what the user types. */
const codeSpan = /(`[^`]*`)/;

/**
 * A finding's message in words, as escaped HTML (spec §6: people read titles, not identifiers):
 * `OPD.NAME` becomes the element's title, an OPD code the OPD's title, a roadmap item's name its kode
 * and title, a bare element name of the finding's own OPD (`'SIMPUS_TERPADU'`) its title, and a
 * property or value identifier (`bagiPakai`) its label. A word that names nothing of the workspace
 * stays as written. Text in backticks is code the user must type and is never translated. Every title
 * put in is isolated (`<bdi>`), so that a right-to-left override in it cannot turn the sentence around.
 * `opd` is the OPD the finding lies in, if any.
 */
export function messageInWords(c: SiteContext, message: string, opd: string | undefined): string {
    return message.split(codeSpan).map((part, i) => i % 2 === 1 ? `<bdi>${e(siteText(part))}</bdi>` : proseInWords(c, part, opd)).join('');
}

/** Titles put into a prose part of a message: HTML, the rest of the text escaped. */
function proseInWords(c: SiteContext, prose: string, opd: string | undefined): string {
    // Property and value identifiers first, so a title put in below is never rewritten.
    const words = identifiersInWords(prose, c.locale);
    let html = '';
    let last = 0;
    for (const m of words.matchAll(/\b([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*)\b|\b[A-Za-z][A-Za-z0-9_]*\b/g)) {
        const title = titleOf(c, m[0], m[1] !== undefined, opd);
        if (title !== undefined) {
            html += e(siteText(withoutRepeatedWord(words.slice(last, m.index), title))) + isolated(title);
            last = m.index + m[0].length;
        }
    }
    return html + e(siteText(words.slice(last)));
}

/**
 * `before` (the text up to a title) without its last word when the title starts with that same word:
 * "Data DT_KEPENDUDUKAN" reads "Data Kependudukan", not "Data Data Kependudukan" (also before a quote).
 */
function withoutRepeatedWord(before: string, title: string): string {
    const match = /(\p{L}+)(\s+'?)$/u.exec(before);
    if (!match) {
        return before;
    }
    const first = /^\p{L}+/u.exec(title)?.[0];
    return first !== undefined && first.toLocaleLowerCase() === match[1]!.toLocaleLowerCase() ? before.slice(0, match.index) + match[2]!.trimStart() : before;
}

/** The title a token of a message names, or undefined when it names nothing of the workspace. */
function titleOf(c: SiteContext, token: string, qualified: boolean, opd: string | undefined): string | undefined {
    if (qualified) {
        const x = c.elements.get(token);
        return x ? c.elementTitle(x) : undefined;
    }
    // Only names written as identifiers (capitals, digits, `_`): "nasional" or "Data" in a sentence is a word.
    if (!/^[A-Z][A-Z0-9_]*$/.test(token)) {
        return undefined;
    }
    if (c.opds.has(token)) {
        return c.opdTitle(token);
    }
    if (c.items.has(token)) {
        return c.itemLabel(token);
    }
    const own = opd === undefined ? undefined : c.elements.get(`${opd}.${token}`);
    return own ? c.elementTitle(own) : undefined;
}
