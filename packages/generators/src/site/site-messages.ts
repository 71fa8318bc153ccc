import { identifiersInWords } from 'spbe-model';
import type { SiteContext } from './site-context.js';

/**
 * A finding's message in words (spec §6: people read titles, not identifiers): `OPD.NAME` becomes the
 * element's title, an OPD code the OPD's title, a roadmap item's name its kode and title, a bare
 * element name of the finding's own OPD (`'SIMPUS_TERPADU'`) its title, and a property or value
 * identifier (`bagiPakai`) its label. A word that names nothing of the workspace stays as written.
 * `opd` is the OPD the finding lies in, if any.
 */
export function messageInWords(c: SiteContext, message: string, opd: string | undefined): string {
    // Property and value identifiers first, so a title put in below is never rewritten.
    return identifiersInWords(message, c.locale).replace(/\b([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*)\b|\b[A-Za-z][A-Za-z0-9_]*\b/g, (token: string, owner?: string) => {
        if (owner !== undefined) {
            const x = c.elements.get(token);
            return x ? c.elementTitle(x) : token;
        }
        // Only names written as identifiers (capitals, digits, `_`): "nasional" or "Data" in a sentence is a word.
        if (!/^[A-Z][A-Z0-9_]*$/.test(token)) {
            return token;
        }
        if (c.opds.has(token)) {
            return c.opdTitle(token);
        }
        if (c.items.has(token)) {
            return c.itemLabel(token);
        }
        const own = opd === undefined ? undefined : c.elements.get(`${opd}.${token}`);
        return own ? c.elementTitle(own) : token;
    });
}
