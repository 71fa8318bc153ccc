import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Money and years may group digits with `_` (`150_000_000`), which `parseInt` would cut at the first
 * underscore; everything else keeps Langium's conversions (string escapes, IDs).
 */
export class SpbeValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'INT') {
            return Number(input.replace(/_/g, ''));
        }
        return super.runConverter(rule, input, cstNode);
    }
}
