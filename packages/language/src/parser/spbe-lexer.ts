import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import type { ILexingError, IToken } from 'chevrotain';
import { encodeSyntaxProblem } from './syntax-problems.js';
import { isClosedComment } from './spbe-token-builder.js';

/**
 * Reports an unclosed block comment, which the token builder lets through as one token to the end
 * of the file (spec §5.1): one `syntax` error at the opening `/*` ("komentar tidak ditutup"), and
 * nothing after it is read as code.
 */
export class SpbeLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const unclosed: ILexingError[] = [];
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

function lexingError(token: IToken, length: number, kind: 'unclosed-comment'): ILexingError {
    return { offset: token.startOffset, line: token.startLine, column: token.startColumn, length, message: encodeSyntaxProblem({ kind }) };
}
