import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import type { ILexingError, IToken } from 'chevrotain';
import { encodeSyntaxProblem } from './syntax-problems.js';
import { isClosedComment, isClosedString } from './spbe-token-builder.js';

/**
 * Reports the unclosed strings and block comments the token builder lets through as one token
 * (spec §5.1): one `syntax` error at the opening `"` or `/*` ("teks tidak ditutup" / "komentar
 * tidak ditutup"), while the string keeps the rest of its line and the comment the rest of the file,
 * so nothing inside them is read as code.
 */
export class SpbeLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const unclosed: ILexingError[] = [];
        for (const token of result.tokens) {
            if (token.tokenType.name === 'STRING' && !isClosedString(token.image)) {
                unclosed.push(lexingError(token, 1, 'unclosed-string'));
            }
        }
        for (const token of result.hidden) {
            if (token.tokenType.name === 'ML_COMMENT' && !isClosedComment(token.image)) {
                unclosed.push(lexingError(token, 2, 'unclosed-comment'));
            }
        }
        if (unclosed.length === 0) {
            return result;
        }
        const errors = [...result.errors, ...unclosed].sort((a, b) => a.offset - b.offset);
        return { ...result, errors };
    }
}

function lexingError(token: IToken, length: number, kind: 'unclosed-string' | 'unclosed-comment'): ILexingError {
    return { offset: token.startOffset, line: token.startLine, column: token.startColumn, length, message: encodeSyntaxProblem({ kind }) };
}
