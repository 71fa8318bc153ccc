import { DefaultTokenBuilder, GrammarAST, RegExpUtils } from 'langium';
import type { TokenType } from 'chevrotain';

/**
 * The STRING terminal (`"…"`, backslash escapes, no line break) is matched by a hand-written
 * scanner instead of its regular expression: V8 runs `"(\\.|[^"\\])*"` with one backtracking frame
 * per character, so a string literal of a few megabytes overflowed the stack and the whole lexer
 * (the language server process) died. The scanner is a loop: linear time, constant stack.
 */
export class SpbeTokenBuilder extends DefaultTokenBuilder {
    /**
     * The keywords spec v2 added are also IDs (a Chevrotain token category): where the grammar
     * expects a name or a reference, `pribadi` or `kota` is accepted as one, so a v1 workspace that
     * used such a word as a name still parses. A category rather than a grammar rule `Name: ID |
     * 'kota' | …`: a rule call there cost the parser its single-token recovery, and a 10 MB file of
     * scrambled tokens then recovered through so many nested repetitions that the stack overflowed.
     */
    protected override buildKeywordToken(keyword: GrammarAST.Keyword, terminalTokens: TokenType[], caseInsensitive: boolean): TokenType {
        const token = super.buildKeywordToken(keyword, terminalTokens, caseInsensitive);
        const id = terminalTokens.find(t => t.name === 'ID');
        return id && KeywordsUsableAsNames.has(keyword.value) ? { ...token, CATEGORIES: [id] } : token;
    }

    /** Each terminal's partial regular expression, built once instead of once per keyword (see findLongerAlt). */
    private readonly partialPatterns = new Map<string, RegExp>();

    /**
     * The terminals a keyword is also a prefix of a match of (its LONGER_ALT), as Langium decides it,
     * but with each terminal's partial expression built once: Langium rebuilt it for every keyword
     * and terminal pair, a fixed cost in every process that parses (~30 ms of a cold `spbe validate`).
     */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const source = (token?.PATTERN as RegExp | undefined)?.source;
            if (!source) {
                return false;
            }
            let partial = this.partialPatterns.get(source);
            if (!partial) {
                partial = RegExpUtils.partialRegExp(`^${source}$`);
                this.partialPatterns.set(source, partial);
            }
            const match = keyword.value.match(partial);
            return !!match && match[0].length > 0;
        });
    }

    /**
     * An unclosed block comment is still one token, to the end of the file (SpbeLexer reports it):
     * otherwise the lexer dropped the lone `/*` as an unknown character and read the comment as code.
     * An unclosed string stays a lone `"` (reported as "teks tidak ditutup" by
     * SpbeLexerErrorMessageProvider): a token to the end of the line was tried, but on scrambled
     * input it made Chevrotain's re-synchronisation several times slower (test/fuzz/large-inputs).
     */
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'STRING') {
            return { ...token, PATTERN: matchString, LINE_BREAKS: false, START_CHARS_HINT: ['"'] };
        }
        if (terminal.name === 'ML_COMMENT') {
            return { ...token, PATTERN: matchBlockComment, LINE_BREAKS: true, START_CHARS_HINT: ['/'] };
        }
        return token;
    }
}

/** The keywords of spec v2, which v1 workspaces may have used as names. */
export const KeywordsUsableAsNames: ReadonlySet<string> = new Set([
    'kota', 'kabupaten', 'provinsi', 'kepalaDaerah', 'tempat', 'ilustrasi', 'pribadi', 'kesehatan', 'kependudukan',
    'perizinan', 'bangunan', 'perlindunganSosial', 'pemdi2025', 'kode', 'prioritas', 'tinggi', 'sedang', 'rendah',
    'indikatorKinerja', 'satuan', 'awal'
]);

/**
 * Chevrotain custom pattern: the string literal starting at `offset` (quotes included), or null
 * when there is none or it is not closed on its line (the same language as the grammar's regex).
 */
export function matchString(text: string, offset: number): [string] | null {
    if (text.charCodeAt(offset) !== 0x22) {
        return null;
    }
    for (let i = offset + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            return [text.slice(offset, i + 1)];
        }
        if (c === 0x0a || c === 0x0d) {
            return null;
        }
        if (c === 0x5c) {
            const next = text.charCodeAt(i + 1);
            if (Number.isNaN(next) || next === 0x0a || next === 0x0d) {
                return null;
            }
            i++;
        }
    }
    return null;
}

/** Chevrotain custom pattern for ML_COMMENT: `/* … *\/`, or from `/*` to the end of the file when it is not closed. */
export function matchBlockComment(text: string, offset: number): [string] | null {
    if (!text.startsWith('/*', offset)) {
        return null;
    }
    const close = text.indexOf('*/', offset + 2);
    return [text.slice(offset, close < 0 ? text.length : close + 2)];
}

/** Whether an ML_COMMENT token's text is closed. */
export function isClosedComment(image: string): boolean {
    return image.length >= 4 && image.endsWith('*/');
}
