import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { lineBreakOf } from '../format/format-source.js';

/**
 * Inserts a property (or a nested declaration) at the end of a block, following the block's own
 * layout: one line with the block's indentation + 4 for multi-line blocks, inline for `{ … }`.
 */
export function insertIntoBlock(block: AstNode, text: string): TextEdit | undefined {
    const cst = block.$cstNode;
    const closing = cst && GrammarUtils.findNodesForKeyword(cst, '}').at(-1);
    if (!cst || !closing) {
        return undefined;
    }
    const document = AstUtils.getDocument(block);
    if (closing.range.start.line === cst.range.start.line) {
        const open = GrammarUtils.findNodeForKeyword(cst, '{')!;
        const empty = open.end === closing.offset;
        const position = closing.range.start;
        return { range: { start: position, end: position }, newText: empty ? ` ${text} ` : `${text} ` };
    }
    // New lines take the file's line break, so a CRLF file does not get mixed endings.
    const eol = lineBreakOf(document.textDocument.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }));
    const indent = indentationOf(document, cst.range.start.line) + '    ';
    const lines = text.split('\n').map(line => (line ? indent + line : line)).join(eol);
    const position = { line: closing.range.start.line, character: 0 };
    const closingLineText = document.textDocument.getText({ start: position, end: closing.range.start });
    return closingLineText.trim() === ''
        ? { range: { start: position, end: position }, newText: `${lines}${eol}` }
        : { range: { start: closing.range.start, end: closing.range.start }, newText: `${eol}${lines}${eol}${indentationOf(document, cst.range.start.line)}` };
}

export function indentationOf(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line, character: 200 } });
    return /^[ \t]*/.exec(text)![0];
}

/** Appends `, value` after the last entry of a comma-separated list node. */
export function appendToList(list: AstNode, value: string): TextEdit | undefined {
    const end = list.$cstNode?.range.end;
    return end ? { range: { start: end, end }, newText: `, ${value}` } : undefined;
}
