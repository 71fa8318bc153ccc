import { GrammarUtils, type AstNode } from 'langium';

/**
 * Whether a year property is written as the check `invalid-value` accepts it: four digits, no
 * separator (`2026`, not `2.026` or `20_26`). A node without source text (built in code) counts as
 * written well. The model leaves out what hangs on a refused year, like an unreadable amount.
 */
export function yearWrittenWell(node: AstNode, property: string, index?: number): boolean {
    const text = GrammarUtils.findNodeForProperty(node.$cstNode, property, index)?.text;
    return text === undefined || /^[0-9]{4}$/.test(text);
}
