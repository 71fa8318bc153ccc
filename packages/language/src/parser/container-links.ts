import { isAstNode, type AstNode, type LangiumParser, type ParseResult } from 'langium';
import type { IToken } from 'chevrotain';

/**
 * Langium's `LangiumParser.parse` (4.4), with one step done differently: after parsing it sets each
 * node's `$container`, `$containerProperty` and `$containerIndex` with `AstUtils.linkContentToContainer`,
 * which allocates an entry array per property and a closure per list, for every node of the file;
 * that was about a tenth of the parse time of a cold `spbe validate`. Here the same fields are set
 * by a loop over the properties. Everything else is Langium's code, in its order.
 */
export function installFastContainerLinks(parser: LangiumParser): void {
    const self = parser as unknown as ParserInternals;
    if (typeof self.doParse !== 'function' || !self.nodeBuilder || !self.wrapper || !self.unorderedGroups) {
        throw new Error('LangiumParser\'s internals changed; the container links cannot be installed.');
    }
    const parse = function <T extends AstNode>(input: string, options: { rule?: string } = {}): ParseResult<T> {
        self.nodeBuilder.buildRootNode(input);
        const lexerResult = self.lexerResult = self.lexer.tokenize(input);
        self.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? self.allRules.get(options.rule) : self.mainRule;
        if (!ruleMethod) {
            throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        }
        const result = self.doParse(ruleMethod) as T;
        self.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        self.unorderedGroups.clear();
        self.lexerResult = undefined;
        linkContainers(result);
        return {
            value: result,
            lexerErrors: lexerResult.errors,
            lexerReport: lexerResult.report,
            parserErrors: self.wrapper.errors
        } as ParseResult<T>;
    };
    parser.parse = parse as LangiumParser['parse'];
}

/** What `linkContentToContainer(root, { deep: true })` sets, for `root` and every node below it. */
export function linkContainers(root: AstNode): void {
    const stack: AstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        for (const key of Object.keys(node)) {
            if (key.charCodeAt(0) === 36 /* $ */) {
                continue;
            }
            const value = (node as unknown as Record<string, unknown>)[key];
            if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const item: unknown = value[index];
                    if (isAstNode(item)) {
                        const child = item as Mutable;
                        child.$container = node;
                        child.$containerProperty = key;
                        child.$containerIndex = index;
                        stack.push(item);
                    }
                }
            } else if (isAstNode(value)) {
                const child = value as Mutable;
                child.$container = node;
                child.$containerProperty = key;
                stack.push(value);
            }
        }
    }
}

type Mutable = { $container?: AstNode; $containerProperty?: string; $containerIndex?: number };

/** The private members of Langium 4.4's LangiumParser that `parse` uses. */
interface ParserInternals {
    nodeBuilder: { buildRootNode(input: string): unknown; addHiddenNodes(tokens: IToken[]): void };
    lexer: { tokenize(text: string): { tokens: IToken[]; hidden: IToken[]; errors: unknown[]; report?: unknown } };
    lexerResult: unknown;
    wrapper: { input: IToken[]; errors: ParseResult['parserErrors'] };
    allRules: Map<string, unknown>;
    mainRule: unknown;
    unorderedGroups: Map<string, unknown>;
    doParse(rule: unknown): AstNode;
}
