import { AstUtils, CstUtils, GrammarUtils, type AstNode, type ParseResult } from 'langium';

/**
 * Spec v2 §6: documents never show a value the parser only partly recovered. When a syntax error
 * lies right next to a written number (`anggaran 2026 1 500 000` reads 1 and skips the rest;
 * `-5` drops the sign; `1e9` reads 1), the value the parser kept is not the one the user meant, so
 * the model leaves it out like an unreadable one (the `syntax` diagnostic says what is wrong).
 */

// Offsets of the lexer's and the parser's errors, per parse (most documents have none).
const errorOffsets = new WeakMap<ParseResult, readonly number[]>();

function offsetsOf(parse: ParseResult): readonly number[] {
    let offsets = errorOffsets.get(parse);
    if (!offsets) {
        offsets = [...parse.lexerErrors.map(e => e.offset), ...parse.parserErrors.map(e => e.token.startOffset)].filter(Number.isFinite);
        errorOffsets.set(parse, offsets);
    }
    return offsets;
}

/**
 * Whether the value of `property` of `node` touches a syntax error: an error anywhere between the
 * token before the value and the token after it (the text the parser skipped around it). True also
 * when the value has no text at all.
 */
export function partlyRecovered(node: AstNode, property: string): boolean {
    const offsets = offsetsOf(AstUtils.getDocument(node).parseResult);
    if (offsets.length === 0) {
        return false;
    }
    const value = node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, property);
    if (!value) {
        return true;
    }
    const start = CstUtils.getPreviousNode(value, false)?.end ?? 0;
    const end = CstUtils.getNextNode(value, false)?.offset ?? Number.POSITIVE_INFINITY;
    return offsets.some(offset => offset >= start && offset < end);
}
