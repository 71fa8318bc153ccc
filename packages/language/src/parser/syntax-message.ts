import { GrammarKeywords, message, orWord, shownText, syntaxRuleWords, terminalWords, wordList, type Locale } from 'spbe-model';
import type { SyntaxProblem } from './syntax-problems.js';

/**
 * A {@link SyntaxProblem} as one line in the reader's language (spec §5): what was found, quoted and
 * cut to a few dozen characters (`shownText`), and what the grammar allows there, in words.
 */
export function syntaxProblemMessage(problem: SyntaxProblem, locale: Locale): string {
    switch (problem.kind) {
        case 'value':
            return message(problem.missing ? 'syntax-value-missing' : 'syntax-value', locale, {
                found: shownText(problem.found), noun: ruleWords(problem.rule, locale), allowed: choices(problem.allowed, locale)
            });
        case 'incomplete':
            return message('syntax-incomplete', locale, { found: shownText(problem.found), here: ruleWords(problem.block, locale) });
        case 'misplaced':
            return message('syntax-misplaced', locale, {
                found: shownText(problem.found), here: ruleWords(problem.block, locale),
                owners: wordList(problem.owners.map(o => ruleWords(o, locale)), orWord(locale))
            });
        case 'not-property':
            return message('syntax-not-property', locale, {
                found: shownText(problem.found), here: ruleWords(problem.block, locale), allowed: choices(problem.allowed, locale, 20)
            });
        case 'unexpected': {
            const expected = wordList(problem.expected.map(e => tokenWords(e, locale)), orWord(locale));
            return problem.foundEnd
                ? message('syntax-unexpected-end', locale, { expected })
                : message('syntax-unexpected', locale, { found: `\`${shownText(problem.found)}\``, expected });
        }
        case 'character':
            return message('syntax-character', locale, { found: shownText(problem.found) });
        case 'unclosed-string':
            return message('syntax-unclosed-string', locale, {});
        case 'unclosed-comment':
            return message('syntax-unclosed-comment', locale, {});
    }
}

/** Keywords as the user writes them: `` `tinggi`, `sedang` atau `rendah` ``. */
function choices(keywords: readonly string[], locale: Locale, max?: number): string {
    return wordList(keywords.map(k => `\`${k}\``), orWord(locale), max);
}

function ruleWords(rule: string, locale: Locale): string {
    return syntaxRuleWords(rule, locale) ?? rule;
}

const Keywords = new Set(GrammarKeywords);

/** A token type the parser expected, in words: a keyword as written, a terminal by what it is. */
function tokenWords(tokenName: string, locale: Locale): string {
    return Keywords.has(tokenName) ? `\`${tokenName}\`` : terminalWords(tokenName, locale) ?? tokenName;
}
