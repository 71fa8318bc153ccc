import { LangiumParserErrorMessageProvider, type Grammar } from 'langium';
import type { ILexerErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { grammarBlocks, type GrammarBlocks } from './grammar-blocks.js';

/**
 * Parser and lexer errors as facts, not as Chevrotain's English ("Expecting: one of these possible
 * Token sequences: …", several lines). The providers below run while a document is parsed, before
 * anyone knows the language the messages will be read in (the editor's locale may change without a
 * re-parse), so they record what was found and what the grammar allowed as a {@link SyntaxProblem},
 * serialized into the error's message; the document validator renders it in the user's language
 * (`syntaxProblemMessage`) when it turns the error into a `syntax` diagnostic.
 */
export type SyntaxProblem =
    /**
     * A value a data-type rule does not know: `prioritas sangatTinggi`; `missing` when what was
     * found is no word at all (`sifat }`): the value is missing rather than unknown.
     */
    | { readonly kind: 'value'; readonly rule: string; readonly found: string; readonly allowed: readonly string[]; readonly missing: boolean }
    /** A property of the block that the parser could not read to its end (`target 2025 x`, its value is wrong). */
    | { readonly kind: 'incomplete'; readonly found: string; readonly block: string }
    /** A property keyword written in a block that does not have it: `pribadi` in an aplikasi. */
    | { readonly kind: 'misplaced'; readonly found: string; readonly block: string; readonly owners: readonly string[] }
    /** Something that is no property of the block it is written in: `fungsii` in an aplikasi. */
    | { readonly kind: 'not-property'; readonly found: string; readonly block: string; readonly allowed: readonly string[] }
    /** Anything else: what was found (a token's text, or a terminal name for the end of the file) and what was expected. */
    | { readonly kind: 'unexpected'; readonly found: string; readonly foundEnd: boolean; readonly expected: readonly string[] }
    /** A character the lexer has no token for. */
    | { readonly kind: 'character'; readonly found: string }
    /** A string literal not closed on its line (the error is at its opening quote). */
    | { readonly kind: 'unclosed-string' }
    /** A block comment `/*` never closed (the rest of the file is the comment). */
    | { readonly kind: 'unclosed-comment' };

// A prefix no Chevrotain or Langium message starts with; the rest of the message is the JSON of the problem.
const Marker = '\u0000spbe-syntax:';
// What a problem keeps of the user's text: enough for any message (they show at most 40 characters).
const KeptChars = 100;

/** The message text that carries `problem`. */
export function encodeSyntaxProblem(problem: SyntaxProblem): string {
    return Marker + JSON.stringify(problem);
}

/** The problem a parser or lexer error message carries, or undefined for any other message. */
export function decodeSyntaxProblem(message: string): SyntaxProblem | undefined {
    if (!message.startsWith(Marker)) {
        return undefined;
    }
    try {
        return JSON.parse(message.slice(Marker.length)) as SyntaxProblem;
    } catch {
        return undefined;
    }
}

/** Registered as `parser.ParserErrorMessageProvider`: every parser error becomes a {@link SyntaxProblem}. */
export class SpbeParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    private readonly blocks: GrammarBlocks;

    constructor(grammar: Grammar) {
        super();
        this.blocks = grammarBlocks(grammar);
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return encodeSyntaxProblem(this.problem(options.ruleName, options.actual, [options.expected.name]));
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return encodeSyntaxProblem(this.problem('Workspace', options.firstRedundant, this.blocks.properties.get('Workspace') ?? []));
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const expected = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0]?.name).filter((n): n is string => n !== undefined));
        return encodeSyntaxProblem(this.problem(options.ruleName, options.actual[0], expected));
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const expected = options.expectedIterationPaths.map(path => path[0]?.name).filter((n): n is string => n !== undefined);
        return encodeSyntaxProblem(this.problem(options.ruleName, options.actual[0], expected));
    }

    /** The most specific problem: a wrong value, a property of another block, no property at all, or just "expected …". */
    private problem(chevrotainRule: string, actual: IToken | undefined, expected: readonly string[]): SyntaxProblem {
        // Langium marks the rule names it gives Chevrotain with a zero-width space.
        const ruleName = chevrotainRule.replace(/\u200B/g, '');
        const found = (actual?.image ?? '').slice(0, KeptChars);
        const foundName = actual?.tokenType?.name;
        const foundEnd = !found || foundName === 'EOF';
        const values = this.blocks.values.get(ruleName);
        if (values && !foundEnd) {
            return { kind: 'value', rule: ruleName, found, allowed: values, missing: !isWord(actual) };
        }
        const own = this.blocks.properties.get(ruleName);
        // In a block, the parser leaves the entries' loop at anything that starts no entry and then wants the `}`.
        if (own && !foundEnd && expected.includes('}')) {
            if (foundName && own.includes(foundName)) {
                return { kind: 'incomplete', found, block: ruleName };
            }
            const owners = foundName && !own.includes(foundName) ? this.ownersOf(foundName) : [];
            return owners.length > 0
                ? { kind: 'misplaced', found, block: ruleName, owners }
                : { kind: 'not-property', found, block: ruleName, allowed: own };
        }
        return { kind: 'unexpected', found, foundEnd, expected: [...new Set(expected)] };
    }

    /** The blocks that have `keyword` as a property (`pribadi` → Data). */
    private ownersOf(keyword: string): string[] {
        const owners: string[] = [];
        for (const [rule, keywords] of this.blocks.properties) {
            if (keywords.includes(keyword)) {
                owners.push(rule);
            }
        }
        return owners;
    }
}

/** Whether a token is a word (a name or a keyword spelled with letters), not punctuation, a string or a number. */
function isWord(token: IToken | undefined): boolean {
    const name = token?.tokenType?.name;
    return name === 'ID' || (name !== undefined && /^[A-Za-z]/.test(name) && token!.image === name);
}

/** Registered as `parser.LexerErrorMessageProvider`: a character no token starts with. */
export class SpbeLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        // The only way a `"` is no token is a string not closed on its line.
        if (fullText.charCodeAt(startOffset) === 0x22) {
            return encodeSyntaxProblem({ kind: 'unclosed-string' });
        }
        return encodeSyntaxProblem({ kind: 'character', found: fullText.substr(startOffset, Math.min(length, KeptChars)) });
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        // The language has one lexer mode, so this cannot happen; if it ever does, it is an unexpected token.
        return encodeSyntaxProblem({ kind: 'unexpected', found: token.image.slice(0, KeptChars), foundEnd: false, expected: [] });
    }
}
