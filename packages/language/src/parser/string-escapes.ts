import { CstUtils, type LangiumDocument } from 'langium';
import { SpbeStringEscapes as Escapes } from 'spbe-model';

/**
 * String escapes of the language (spec: `\"`, `\\`, `\n`, `\t`, nothing else). An unknown escape is
 * a `syntax` diagnostic, and its characters are kept as written, so a Windows path typed with
 * single backslashes (`"C:\data"`) keeps its backslash instead of silently losing it.
 */

/** The value of a string literal (quotes included, as the lexer matched it): known escapes decoded, unknown ones kept. */
export function convertStringLiteral(literal: string): string {
    const body = literal.slice(1, -1);
    if (!body.includes('\\')) {
        return body;
    }
    let result = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\' || i + 1 >= body.length) {
            result += c;
            continue;
        }
        const next = body[i + 1];
        const known = Escapes[next];
        // Unknown: the backslash stays and the next character is read as an ordinary character.
        result += known ?? c;
        if (known !== undefined) {
            i++;
        }
    }
    return result;
}

/** An escape the language does not have: its offset in the literal (at the backslash) and its text (`\d`). */
export interface UnknownEscape {
    readonly offset: number;
    readonly text: string;
}

/** The unknown escapes of a string literal (quotes included), in order. */
export function unknownEscapes(literal: string): UnknownEscape[] {
    const found: UnknownEscape[] = [];
    for (let i = 1; i < literal.length - 1; i++) {
        if (literal[i] !== '\\') {
            continue;
        }
        // The lexer guarantees a character after each backslash (at worst the closing quote, escaped).
        const next = String.fromCodePoint(literal.codePointAt(i + 1)!);
        if (Escapes[next] === undefined) {
            found.push({ offset: i, text: '\\' + next });
        } else {
            // Skip the escaped character: in `\\d` the second backslash is escaped, not escaping.
            i++;
        }
    }
    return found;
}

/** Every unknown escape in the string literals of a document, with its offset in the document. Linear in the file. */
export function unknownEscapesIn(document: LangiumDocument): UnknownEscape[] {
    const root = document.parseResult.value.$cstNode;
    // Most files have no backslash at all: then there is nothing to walk.
    if (!root || !document.textDocument.getText().includes('\\')) {
        return [];
    }
    const found: UnknownEscape[] = [];
    for (const node of CstUtils.streamCst(root)) {
        if (!('content' in node) && !node.hidden && node.text.startsWith('"') && node.text.includes('\\')) {
            for (const escape of unknownEscapes(node.text)) {
                found.push({ offset: node.offset + escape.offset, text: escape.text });
            }
        }
    }
    return found;
}
