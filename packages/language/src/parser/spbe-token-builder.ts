import { DefaultTokenBuilder, GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';

/**
 * The STRING terminal (`"…"`, backslash escapes, no line break) is matched by a hand-written
 * scanner instead of its regular expression: V8 runs `"(\\.|[^"\\])*"` with one backtracking frame
 * per character, so a string literal of a few megabytes overflowed the stack and the whole lexer
 * (the language server process) died. The scanner is a loop: linear time, constant stack.
 */
export class SpbeTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name !== 'STRING') {
            return token;
        }
        return { ...token, PATTERN: matchString, LINE_BREAKS: false, START_CHARS_HINT: ['"'] };
    }
}

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
