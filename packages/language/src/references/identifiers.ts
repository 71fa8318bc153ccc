import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import { SpbeGrammar } from '../generated/grammar.js';
import type { Locale } from '../validation/messages.js';

/**
 * The one rule for what may name an OPD, an element or a roadmap item, read from the grammar itself
 * (its `ID` terminal and its keywords), so that it cannot drift from what the parser accepts.
 */

let rule: { readonly pattern: RegExp; readonly keywords: ReadonlySet<string> } | undefined;

function identifierRule(): { readonly pattern: RegExp; readonly keywords: ReadonlySet<string> } {
    if (!rule) {
        const grammar = SpbeGrammar();
        const id = grammar.rules.find((r): r is GrammarAST.TerminalRule => GrammarAST.isTerminalRule(r) && r.name === 'ID');
        if (!id) {
            throw new Error('The grammar has no ID terminal');
        }
        const keywords = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(k => k.value).toArray();
        rule = { pattern: new RegExp(`^(?:${GrammarUtils.terminalRegex(id).source})$`), keywords: new Set(keywords) };
    }
    return rule;
}

/** Every keyword of the grammar (`opd`, `aplikasi`, `terbuka`, …): a name spelled like one lexes as the keyword. */
export function grammarKeywords(): ReadonlySet<string> {
    return identifierRule().keywords;
}

/** Whether `name` matches the grammar's `ID` terminal exactly (letters, digits, `_`, not starting with a digit). */
export function matchesIdentifier(name: string): boolean {
    return identifierRule().pattern.test(name);
}

/** Why `name` cannot be a name (a sentence fragment in `locale`), or undefined when it can. */
export function invalidIdentifierReason(name: string, locale: Locale): string | undefined {
    if (!matchesIdentifier(name)) {
        return locale === 'id' ? 'hanya huruf, angka dan _, tidak diawali angka' : 'only letters, digits and _, not starting with a digit';
    }
    if (grammarKeywords().has(name)) {
        return locale === 'id' ? 'kata kunci bahasa .spbe' : 'a keyword of the .spbe language';
    }
    return undefined;
}
