import { CstUtils, GrammarAST, type AstNode, type LangiumCoreServices } from 'langium';
import { formatTokens, type FormatOptions, type SourceToken } from './spbe-format.js';

export type { FormatOptions } from './spbe-format.js';

/**
 * Formats `.spbe` source text, or returns undefined when it should not be touched: lexer or parser
 * errors, an unexpected structure, or (as a last guard) any difference in tokens or comments
 * between the input and the output — in their order unless `sortProperties` is on, when
 * properties may move with their own comments. A leading BOM is kept; line breaks inside block
 * comments stay exactly as written, and the lines the formatter lays out use the file's dominant
 * line break (`dominantLineBreak`).
 */
export function formatSource(services: LangiumCoreServices, source: string, options: FormatOptions = {}): string | undefined {
    const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
    const text = source.slice(bom.length);
    const parsed = services.parser.LangiumParser.parse(text);
    if (parsed.parserErrors.length > 0 || parsed.lexerErrors.length > 0) {
        return undefined;
    }
    const input = tokenize(services, text, namesSpelledAsKeywords(parsed.value));
    if (!input) {
        return undefined;
    }
    const formatted = formatTokens(input, options, dominantLineBreak(text));
    if (formatted === undefined) {
        return undefined;
    }
    const reparsed = services.parser.LangiumParser.parse(formatted);
    if (reparsed.parserErrors.length > 0) {
        return undefined;
    }
    const output = tokenize(services, formatted, namesSpelledAsKeywords(reparsed.value));
    if (!output || !sameTokens(input, output, options.sortProperties !== true)) {
        return undefined;
    }
    return bom + formatted;
}

/** The line break most lines of `text` end with: CRLF when there are more CRLF than bare LF, else LF. */
export function dominantLineBreak(text: string): '\n' | '\r\n' {
    const crlf = text.match(/\r\n/g)?.length ?? 0;
    const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
    return crlf > lf ? '\r\n' : '\n';
}

/** The line break a text uses: that of its first line (`\n` when it has none). */
export function lineBreakOf(text: string): '\n' | '\r\n' {
    const first = text.indexOf('\n');
    return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Offsets of the keywords the parser read as names (`data pribadi`, `setelah kode`: the words v2
 * made keywords stay usable as names). The formatter must treat them as names, not as the start
 * of a property.
 */
function namesSpelledAsKeywords(root: AstNode): Set<number> {
    const offsets = new Set<number>();
    if (!root.$cstNode) {
        return offsets;
    }
    for (const node of CstUtils.streamCst(root.$cstNode)) {
        // A leaf whose token is a keyword but that the grammar did not read as a keyword: a name.
        const token = (node as { tokenType?: { name: string; CATEGORIES?: unknown[] } }).tokenType;
        if (token?.CATEGORIES?.length && !GrammarAST.isKeyword(node.grammarSource)) {
            offsets.add(node.offset);
        }
    }
    return offsets;
}

function tokenize(services: LangiumCoreServices, text: string, names: ReadonlySet<number>): SourceToken[] | undefined {
    const result = services.parser.Lexer.tokenize(text);
    if (result.errors.length > 0) {
        return undefined;
    }
    return [...result.tokens, ...result.hidden]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(t => ({ text: t.image, type: names.has(t.startOffset) ? 'ID' : t.tokenType.name, startLine: t.startLine ?? 0, endLine: t.endLine ?? 0 }));
}

function sameTokens(a: readonly SourceToken[], b: readonly SourceToken[], inOrder: boolean): boolean {
    const key = (tokens: readonly SourceToken[]) => {
        const keys = tokens.map(t => `${t.type}\u0000${t.text}`);
        return (inOrder ? keys : keys.sort()).join('\u0001');
    };
    return a.length === b.length && key(a) === key(b);
}
