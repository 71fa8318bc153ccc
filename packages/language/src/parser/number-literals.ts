import { CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { readSpbeNumber, type SpbeNumber } from 'spbe-model';

/**
 * Numeric literals (spec §2 v2). The lexer takes any run of digits joined by `_`, `.` or `,` as one
 * `INT` token; the ones that are not a number the language can read (`1.50.000`, `1,500,000`) get
 * one `syntax` diagnostic that says how to write them (see the validator), and no value: the
 * property is left undefined, so no output shows a value the parser only partly recovered.
 */

/** The value of a numeric literal, or undefined when it is written in no accepted way. */
export function convertNumberLiteral(literal: string): number | undefined {
    return readSpbeNumber(literal)?.value;
}

/** The number written as `property` of `node`, read exactly; undefined when there is none or it is unreadable. */
export function writtenNumber(node: AstNode, property: string, index?: number): SpbeNumber | undefined {
    const text = node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, property, index)?.text;
    return text === undefined ? undefined : readSpbeNumber(text);
}

/** A numeric literal the language cannot read: its offset in the document and its text. */
export interface UnreadableNumber {
    readonly offset: number;
    readonly text: string;
}

/** Every unreadable numeric literal of a document, in order. Linear in the file. */
export function unreadableNumbersIn(document: LangiumDocument): UnreadableNumber[] {
    const root = document.parseResult.value.$cstNode;
    // Only a separator between two digits, or a `_` after a digit not followed by one, can make a
    // literal unreadable; most files have neither outside codes.
    if (!root || !/[0-9][.,][0-9]|[0-9]_(?![0-9])/.test(document.textDocument.getText())) {
        return [];
    }
    const found: UnreadableNumber[] = [];
    for (const node of CstUtils.streamCst(root)) {
        if (isNumberToken(node) && readSpbeNumber(node.text) === undefined) {
            found.push({ offset: node.offset, text: node.text });
        }
    }
    return found;
}

function isNumberToken(node: CstNode): boolean {
    return !('content' in node) && !node.hidden && (node as { tokenType?: { name?: string } }).tokenType?.name === 'INT';
}
