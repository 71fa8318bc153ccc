import { AstUtils, GrammarAST, type Grammar, type LangiumParser } from 'langium';
import { isRecognitionException, MismatchedTokenException, tokenMatcher, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { allRules } from './grammar-blocks.js';

/**
 * Spec §5.1, "never lose the rest of the file": recovery that stays inside the braces of the block
 * where the error is.
 *
 * Chevrotain's own recovery re-synchronises at the first token that some *enclosing* rule could
 * continue with. In this language every property keyword of an outer block is such a token, so a
 * misplaced `kode "Q"` inside an `indikatorKinerja { … }` made the inner block end there; its
 * remaining `target 2026 6` was then read as the rencana's property, the rencana's `}` closed the
 * `petaRencana`, and every later item was lost with its diagnostics. Here, inside a braced block, an
 * entry that starts with a token the block does not accept (or that fails half-way) is skipped up to
 * the next token that starts an entry of the same block or up to the block's own `}`, counting
 * nested `{ … }` pairs, and reported once. Nothing outside the block is touched.
 *
 * This is only right when the braces of the file match: with a `}` missing, the keyword of the next
 * declaration is the better place to resume, and Chevrotain's recovery (left in place for such
 * files) finds it. Which files have matching braces is decided once per parse from the tokens.
 */
export function installBlockRecovery(parser: LangiumParser, grammar: Grammar): void {
    // Langium keeps its Chevrotain parser private; its recovery is what this module replaces.
    const wrapper = (parser as unknown as { wrapper: RecoveringParser }).wrapper;
    const open = wrapper.tokensMap['{'];
    const close = wrapper.tokensMap['}'];
    if (!open || !close) {
        throw new Error('The grammar has no { } tokens; block recovery cannot be installed.');
    }
    const blocks = bracedRules(grammar);
    const flags = flagKeywords(grammar);
    const original = wrapper.manyInternalLogic;
    const balance = new WeakMap<readonly IToken[], boolean>();
    const bracedByFullName = new Map<string, boolean>();

    const applies = (self: RecoveringParser): boolean => {
        if (self.RECORDING_PHASE || !self.recoveryEnabled || self.isBackTracking()) {
            return false;
        }
        const rule = self.getCurrRuleFullName();
        let braced = bracedByFullName.get(rule);
        if (braced === undefined) {
            // Langium suffixes rule names with U+200B; asked once per rule, not per block parsed.
            braced = blocks.has(rule.replace(/\u200B/g, ''));
            bracedByFullName.set(rule, braced);
        }
        if (!braced) {
            return false;
        }
        let balanced = balance.get(self.tokVector);
        if (balanced === undefined) {
            balanced = bracesMatch(self.tokVector, open, close);
            balance.set(self.tokVector, balanced);
        }
        return balanced;
    };

    const originalFind = wrapper.findReSyncTokenType;
    const originalReSyncTo = wrapper.reSyncTo;
    const balancedInput = (self: RecoveringParser): boolean => {
        let balanced = balance.get(self.tokVector);
        if (balanced === undefined) {
            balanced = bracesMatch(self.tokVector, open, close);
            balance.set(self.tokVector, balanced);
        }
        return balanced;
    };
    // Between rules too (an error before a block's `{`, as in `rencana R1 "unclosed {`), re-synchronise
    // only at a token outside any `{ … }` group that starts after the error, so that a group's own `}`
    // never ends an enclosing block.
    wrapper.findReSyncTokenType = function (this: RecoveringParser): TokenType {
        if (this.RECORDING_PHASE || !balancedInput(this)) {
            return originalFind.call(this);
        }
        const follows = this.flattenFollowSet();
        let depth = 0;
        for (let k = 1; ; k++) {
            const token = this.LA(k);
            if (token.tokenType.name === 'EOF') {
                return originalFind.call(this);
            }
            if (depth === 0) {
                const found = follows.find(type => tokenMatcher(token, type));
                if (found) {
                    return found;
                }
            }
            depth += tokenMatcher(token, open) ? 1 : tokenMatcher(token, close) && depth > 0 ? -1 : 0;
        }
    };
    wrapper.reSyncTo = function (this: RecoveringParser, type: TokenType): IToken[] {
        if (this.RECORDING_PHASE || !balancedInput(this)) {
            return originalReSyncTo.call(this, type);
        }
        const skipped: IToken[] = [];
        let depth = 0;
        for (;;) {
            const token = this.LA(1);
            if (token.tokenType.name === 'EOF' || (depth === 0 && tokenMatcher(token, type))) {
                return skipped;
            }
            depth += tokenMatcher(token, open) ? 1 : tokenMatcher(token, close) && depth > 0 ? -1 : 0;
            skipped.push(this.SKIP_TOKEN());
        }
    };

    wrapper.manyInternalLogic = function (this: RecoveringParser, occurrence: number, actionOrDef: unknown, key: number): void {
        // Langium passes `{ DEF }`; a GATE (none in this grammar today) changes when the loop may run: keep Chevrotain's logic then.
        const def = actionOrDef as (() => void) | { DEF: () => void; GATE?: () => boolean };
        const action = typeof def === 'function' ? def : def.GATE === undefined ? def.DEF : undefined;
        if (!action || !applies(this)) {
            original.call(this, occurrence, actionOrDef, key);
            return;
        }
        const startsEntry = this.currRuleLookaheadFuncs[key];
        for (;;) {
            while (startsEntry.call(this) === true) {
                const before = this.getLexerPosition();
                try {
                    action.call(this);
                } catch (error) {
                    if (!(error instanceof Error) || !isRecognitionException(error)) {
                        throw error;
                    }
                    // The error is already recorded (Chevrotain saves it where it throws); resume in this block.
                    if (this.getLexerPosition() === before) {
                        this.SKIP_TOKEN();
                    }
                    if (!skipToEntryOrEnd(this, startsEntry, open, close)) {
                        return;
                    }
                    continue;
                }
                if (this.getLexerPosition() === before) {
                    break;
                }
            }
            const next = this.LA(1);
            if (tokenMatcher(next, close) || next.tokenType.name === 'EOF') {
                return;
            }
            // A token that starts no entry of this block: one error at it, then skip that entry.
            const message = this.errorMessageProvider.buildMismatchTokenMessage({
                expected: close, actual: next, previous: this.LA(0), ruleName: this.getCurrRuleFullName()
            });
            this.SAVE_ERROR(new MismatchedTokenException(message, next, this.LA(0)));
            skipEntry(this, open, close, flags);
            if (!skipToEntryOrEnd(this, startsEntry, open, close)) {
                return;
            }
        }
    };
}

/**
 * Skips tokens until, outside any nested braces, one starts an entry of the block (true) or is the
 * block's `}` or the end of the input (false).
 */
function skipToEntryOrEnd(parser: RecoveringParser, startsEntry: () => boolean, open: TokenType, close: TokenType): boolean {
    let depth = 0;
    for (;;) {
        const token = parser.LA(1);
        if (token.tokenType.name === 'EOF') {
            return false;
        }
        if (depth === 0) {
            if (tokenMatcher(token, close)) {
                return false;
            }
            if (startsEntry.call(parser) === true) {
                return true;
            }
        }
        depth += tokenMatcher(token, open) ? 1 : tokenMatcher(token, close) ? -1 : 0;
        parser.SKIP_TOKEN();
    }
}

/**
 * Skips the start of a misplaced entry: its keyword and, unless the keyword is a flag (`pribadi`),
 * the value written after it on the same line, so that in `muatan aplikasi` the value is not taken
 * for the start of an `aplikasi` element. A `{ … }` group is skipped whole.
 */
function skipEntry(parser: RecoveringParser, open: TokenType, close: TokenType, flags: ReadonlySet<string>): void {
    const first = parser.LA(1);
    if (tokenMatcher(first, open)) {
        skipGroup(parser, open, close);
        return;
    }
    parser.SKIP_TOKEN();
    const value = parser.LA(1);
    if (!flags.has(first.image) && value.startLine === first.endLine && value.tokenType.name !== 'EOF'
        && !tokenMatcher(value, open) && !tokenMatcher(value, close)) {
        parser.SKIP_TOKEN();
    }
}

/** Skips a `{ … }` group, nested groups included. */
function skipGroup(parser: RecoveringParser, open: TokenType, close: TokenType): void {
    let depth = 0;
    do {
        const token = parser.LA(1);
        if (token.tokenType.name === 'EOF') {
            return;
        }
        depth += tokenMatcher(token, open) ? 1 : tokenMatcher(token, close) ? -1 : 0;
        parser.SKIP_TOKEN();
    } while (depth > 0);
}

/** Keywords that are a whole property by themselves (`pribadi`, `ilustrasi`): no value follows them. */
function flagKeywords(grammar: Grammar): Set<string> {
    const flags = new Set<string>();
    for (const rule of allRules(grammar)) {
        for (const node of AstUtils.streamAllContents(rule)) {
            if (GrammarAST.isAssignment(node) && GrammarAST.isKeyword(node.terminal)) {
                flags.add(node.terminal.value);
            }
        }
    }
    return flags;
}

/** Whether every `}` closes an earlier `{` and every `{` is closed. */
export function bracesMatch(tokens: readonly IToken[], open: TokenType, close: TokenType): boolean {
    let depth = 0;
    for (const token of tokens) {
        if (tokenMatcher(token, open)) {
            depth++;
        } else if (tokenMatcher(token, close) && --depth < 0) {
            return false;
        }
    }
    return depth === 0;
}

/** The parser rules that have their own `{ … }` (Opd, Aplikasi, Rencana, IndikatorKinerja, …). */
function bracedRules(grammar: Grammar): Set<string> {
    const names = new Set<string>();
    for (const rule of allRules(grammar)) {
        if (GrammarAST.isParserRule(rule) && AstUtils.streamAllContents(rule).some(n => GrammarAST.isKeyword(n) && n.value === '{')) {
            names.add(rule.name);
        }
    }
    return names;
}

/** The members of Chevrotain's parser this module uses (public at run time, not in its typings). */
interface RecoveringParser {
    RECORDING_PHASE: boolean;
    recoveryEnabled: boolean;
    tokVector: IToken[];
    tokensMap: Record<string, TokenType>;
    currRuleLookaheadFuncs: Array<() => boolean>;
    errorMessageProvider: IParserErrorMessageProvider;
    manyInternalLogic(occurrence: number, actionOrDef: unknown, key: number): void;
    findReSyncTokenType(): TokenType;
    reSyncTo(type: TokenType): IToken[];
    flattenFollowSet(): TokenType[];
    isBackTracking(): boolean;
    getCurrRuleFullName(): string;
    getLexerPosition(): number;
    SKIP_TOKEN(): IToken;
    SAVE_ERROR(error: Error): Error;
    LA(offset: number): IToken;
}
