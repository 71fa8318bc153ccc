import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { convertStringLiteral } from './string-escapes.js';
import { convertNumberLiteral } from './number-literals.js';

/**
 * Numbers may group digits with `_` (`150_000_000`), which `parseInt` would cut at the first
 * underscore, or be written the Indonesian way (`1.500.000`, `12,5`; `convertNumberLiteral`). Strings know only the spec's escapes (`convertStringLiteral`; Langium's converter would
 * turn `\d` into `d` and `\0` into NUL). IDs keep Langium's conversion.
 */
export class SpbeValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'INT') {
            return convertNumberLiteral(input) as ValueType;
        }
        if (rule.name === 'STRING') {
            return convertStringLiteral(input);
        }
        return super.runConverter(rule, input, cstNode);
    }
}
