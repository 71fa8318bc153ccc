import { GrammarAST, type Grammar } from 'langium';

/**
 * What each block of the grammar accepts, read from the grammar the parser is built from (so it
 * never drifts from it): the keywords that may start an entry of the block's repeated part
 * (`Aplikasi` → fungsi, basis, lisensi, …, deskripsi, status, hingga, ref) and the keywords of every
 * data-type rule (`Prioritas` → tinggi, sedang, rendah). The `syntax` messages name them in words.
 */
export interface GrammarBlocks {
    /** Keywords that start an entry of the block, by parser rule name (only rules with a repeated part). */
    readonly properties: ReadonlyMap<string, readonly string[]>;
    /** Keywords a data-type rule accepts, by rule name. */
    readonly values: ReadonlyMap<string, readonly string[]>;
}

export function grammarBlocks(grammar: Grammar): GrammarBlocks {
    const properties = new Map<string, readonly string[]>();
    const values = new Map<string, readonly string[]>();
    for (const rule of allRules(grammar)) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment) {
            continue;
        }
        if (rule.dataType) {
            const keywords = firstKeywords(rule.definition, new Set());
            if (keywords.length > 0) {
                values.set(rule.name, keywords);
            }
            continue;
        }
        const repeated = repeatedPart(rule.definition);
        const keywords = repeated ? firstKeywords(repeated, new Set()).filter(k => /^[A-Za-z]/.test(k)) : [];
        // A list rule's repeated part starts with `,`: no block, nothing to name.
        if (keywords.length > 0) {
            properties.set(rule.name, keywords);
        }
    }
    return { properties, values };
}

/** The grammar's rules, those of imported grammars included (the entry grammar imports its parts). */
export function allRules(grammar: Grammar): GrammarAST.AbstractRule[] {
    const rules: GrammarAST.AbstractRule[] = [];
    const seen = new Set<Grammar>();
    const visit = (g: Grammar) => {
        if (seen.has(g)) {
            return;
        }
        seen.add(g);
        g.rules.forEach(r => rules.push(r));
        for (const imported of g.imports) {
            const target = (imported as { $container?: unknown; grammar?: Grammar }).grammar;
            if (target) {
                visit(target);
            }
        }
    };
    visit(grammar);
    // A rule may be reached twice (imported by two parts): keep the first.
    const byName = new Map(rules.map(r => [r.name, r]));
    return [...byName.values()];
}

/** The `(…)*` (or `…+`) part of a block rule: its entries. */
function repeatedPart(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement | undefined {
    if (element.cardinality === '*' || element.cardinality === '+') {
        return element;
    }
    if (GrammarAST.isGroup(element)) {
        for (const part of element.elements) {
            const found = repeatedPart(part);
            if (found) {
                return found;
            }
        }
    }
    return undefined;
}

/** The keywords `element` may start with, in grammar order, without duplicates. */
function firstKeywords(element: GrammarAST.AbstractElement, visiting: Set<GrammarAST.AbstractRule>): string[] {
    const found = new Set<string>();
    const add = (keywords: readonly string[]) => keywords.forEach(k => found.add(k));
    if (GrammarAST.isKeyword(element)) {
        found.add(element.value);
    } else if (GrammarAST.isAssignment(element)) {
        add(firstKeywords(element.terminal, visiting));
    } else if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (rule && GrammarAST.isParserRule(rule) && !visiting.has(rule)) {
            visiting.add(rule);
            add(firstKeywords(rule.definition, visiting));
            visiting.delete(rule);
        }
    } else if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        element.elements.forEach(e => add(firstKeywords(e, visiting)));
    } else if (GrammarAST.isGroup(element)) {
        // The group starts with its first part, or with the next one when that part is optional.
        for (const part of element.elements) {
            add(firstKeywords(part, visiting));
            if (part.cardinality !== '?' && part.cardinality !== '*') {
                break;
            }
        }
    }
    return [...found];
}
