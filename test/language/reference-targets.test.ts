import { AstUtils, GrammarAST, type AstNode, type ReferenceInfo } from 'langium';
import { describe, expect, test } from 'vitest';
import { referenceTarget } from '../../packages/language/src/references/reference-targets.js';
import { SpbeGrammar } from '../../packages/language/src/generated/grammar.js';

/**
 * Every cross-reference property of the grammar has a target, also one added later: for each
 * `[Type:…]` in the grammar, used directly and through every block property that holds its list
 * rule, `referenceTarget` answers a target that accepts `Type` (or the spec's narrower kinds).
 */
const rules = SpbeGrammar().rules.filter(GrammarAST.isParserRule);
const assignments = (rule: GrammarAST.ParserRule) => AstUtils.streamAllContents(rule).filter(GrammarAST.isAssignment).toArray();
const info = (container: AstNode, property: string): ReferenceInfo => ({ container, property, reference: { $refText: '' } } as ReferenceInfo);

const cases = rules.flatMap(rule => assignments(rule).flatMap(a => GrammarAST.isCrossReference(a.terminal)
    ? [{ rule: rule.name, property: a.feature, type: a.terminal.type.ref!.name }] : []));

function accepts(target: ReturnType<typeof referenceTarget>, type: string): boolean {
    if (type === 'Opd') return target.namespace === 'opd';
    if (type === 'Rencana') return target.namespace === 'rencana';
    return target.namespace === 'element' && (type === 'Element' ? true : target.kinds?.includes(type) === true);
}

describe('reference targets come from the grammar', () => {
    test('the grammar has cross-references to check', () => {
        expect(cases.length).toBeGreaterThan(10);
    });

    for (const c of cases) {
        test(`${c.rule}.${c.property} → ${c.type}`, () => {
            expect(accepts(referenceTarget(info({ $type: c.rule } as AstNode, c.property)), c.type)).toBe(true);
            // …and through every block property that holds this rule as a list.
            for (const holder of rules) {
                for (const a of assignments(holder).filter(x => GrammarAST.isRuleCall(x.terminal) && x.terminal.rule.ref?.name === c.rule)) {
                    const list = { $type: c.rule, $container: { $type: holder.name }, $containerProperty: a.feature } as unknown as AstNode;
                    expect(accepts(referenceTarget(info(list, c.property)), c.type), `${holder.name}.${a.feature}`).toBe(true);
                }
            }
        });
    }

    test('the spec narrows objek and via', () => {
        const list = (holder: string, property: string, rule: string) => ({ $type: rule, $container: { $type: holder }, $containerProperty: property }) as unknown as AstNode;
        expect(referenceTarget(info(list('Keamanan', 'objek', 'ElementRefs'), 'refs')).kinds).toEqual(['Aplikasi', 'Infrastruktur', 'Data']);
        expect(referenceTarget(info({ $type: 'Integrasi' } as AstNode, 'via')).jenis).toBe('sistemPenghubung');
    });
});
