import { GrammarKeywords, IdentifierPattern } from '../generated/grammar-facts.js';
import { labelLookup } from '../i18n/bilingual.js';
import type { Locale } from '../i18n/messages.js';

/**
 * The one rule for what may name an OPD, an element or a roadmap item: the grammar's `ID` terminal,
 * not spelled like a keyword (it would lex as the keyword). Generated from the grammar, so it cannot
 * drift from what the parser accepts; every check (rename, init, import, the extension's prompts) uses it.
 */

const keywords: ReadonlySet<string> = new Set(GrammarKeywords);

/** Every keyword of the grammar (`opd`, `aplikasi`, `terbuka`, …). */
export function grammarKeywords(): ReadonlySet<string> {
    return keywords;
}

/**
 * The identifier rule as an unanchored regular-expression source (one group, no captures), for
 * patterns that find a name inside a longer text, such as `opd NAME` at the start of a line.
 */
export const identifierSource: string = IdentifierPattern.source.replace(/^\^/, '').replace(/\$$/, '');

/** Whether `name` matches the grammar's `ID` terminal exactly (letters, digits, `_`, not starting with a digit). */
export function matchesIdentifier(name: string): boolean {
    return IdentifierPattern.test(name);
}

/** Whether `name` can name an OPD, an element or a roadmap item: an identifier that is not a keyword. */
export function isUsableName(name: string): boolean {
    return matchesIdentifier(name) && !keywords.has(name);
}

const reasons = labelLookup({
    notAnIdentifier: { id: 'hanya huruf, angka dan _, tidak diawali angka', en: 'only letters, digits and _, not starting with a digit' },
    keyword: { id: 'kata kunci bahasa .spbe', en: 'a keyword of the .spbe language' }
});

/** Why `name` cannot be a name (a sentence fragment in `locale`), or undefined when it can. */
export function invalidIdentifierReason(name: string, locale: Locale): string | undefined {
    if (!matchesIdentifier(name)) {
        return reasons('notAnIdentifier', locale);
    }
    if (keywords.has(name)) {
        return reasons('keyword', locale);
    }
    return undefined;
}
