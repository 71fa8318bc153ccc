import type { LangiumCoreServices } from 'langium';
import { formatTokens, type FormatOptions, type SourceToken } from './spbe-format.js';

export type { FormatOptions } from './spbe-format.js';

/**
 * Formats `.spbe` source text, or returns undefined when it should not be touched: lexer or parser
 * errors, an unexpected structure, or (as a last guard) any difference in tokens or comments
 * between the input and the output — in their order unless `sortProperties` is on, when
 * properties may move with their own comments.
 */
export function formatSource(services: LangiumCoreServices, text: string, options: FormatOptions = {}): string | undefined {
    const input = tokenize(services, text);
    if (!input) {
        return undefined;
    }
    const parsed = services.parser.LangiumParser.parse(text);
    if (parsed.parserErrors.length > 0 || parsed.lexerErrors.length > 0) {
        return undefined;
    }
    const formatted = formatTokens(input, options);
    if (formatted === undefined) {
        return undefined;
    }
    const output = tokenize(services, formatted);
    return output && sameTokens(input, output, options.sortProperties !== true) ? formatted : undefined;
}

function tokenize(services: LangiumCoreServices, text: string): SourceToken[] | undefined {
    const result = services.parser.Lexer.tokenize(text);
    if (result.errors.length > 0) {
        return undefined;
    }
    return [...result.tokens, ...result.hidden]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(t => ({ text: t.image, type: t.tokenType.name, startLine: t.startLine ?? 0, endLine: t.endLine ?? 0 }));
}

function sameTokens(a: readonly SourceToken[], b: readonly SourceToken[], inOrder: boolean): boolean {
    const key = (tokens: readonly SourceToken[]) => {
        const keys = tokens.map(t => `${t.type}\u0000${t.text}`);
        return (inOrder ? keys : keys.sort()).join('\u0001');
    };
    return a.length === b.length && key(a) === key(b);
}
