import { ChildBlocks, PropertyOrder } from './canonical-order.js';

/** A token of the source, comments included (whitespace is what the formatter rewrites). */
export interface SourceToken {
    readonly text: string;
    /** Keyword text for keywords, terminal name (ID, STRING, INT, CODE, DATE, SL_COMMENT, ML_COMMENT) otherwise. */
    readonly type: string;
    readonly startLine: number;
    readonly endLine: number;
}

interface Comment { readonly token: SourceToken; readonly blankBefore: boolean }

interface Item {
    readonly lead: Comment[];
    readonly tokens: SourceToken[];
    trailing?: SourceToken;
    blankBefore: boolean;
    /** For blocks: the block kind (first keyword), its items, comments before `}` and after `{`. */
    kind?: string;
    body?: Item[];
    closingLead?: Comment[];
    openTrailing?: SourceToken;
}

class FormatError extends Error { }

const isComment = (t: SourceToken | undefined) => t?.type === 'SL_COMMENT' || t?.type === 'ML_COMMENT';
const INDENT = '    ';

/** How to print: properties sorted or not, and the line break for the lines the formatter creates. */
interface Style {
    readonly sort: boolean;
    readonly eol: string;
}

export interface FormatOptions {
    /**
     * Put the properties of each block in the canonical order (spec §3 tables). Off by default:
     * formatting then changes only whitespace, and the author's order stays.
     */
    readonly sortProperties?: boolean;
}

/**
 * Prints a token stream in canonical form: one declaration or property per line, four-space
 * indentation, one blank line between declarations, comments kept between the same tokens as
 * before; with `sortProperties`, properties in canonical order (each with its own comments).
 * Returns undefined when the tokens do not have the expected block structure.
 */
export function formatTokens(tokens: readonly SourceToken[], options: FormatOptions = {}, eol: '\n' | '\r\n' = '\n'): string | undefined {
    try {
        const reader = new Reader(tokens);
        const items = reader.items('top');
        if (!reader.done()) {
            throw new FormatError('unbalanced braces');
        }
        const lines: string[] = [];
        printItems(items, 'top', 0, lines, reader.finalComments(), { sort: options.sortProperties === true, eol });
        // Blank lines are collapsed here, on whole lines, so that line breaks inside a block comment
        // are never touched; the breaks between lines (and after a line comment inside a property,
        // see joinTokens) are the only ones the formatter creates, and they use `eol`.
        const kept = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''));
        while (kept.length > 0 && kept[0] === '') {
            kept.shift();
        }
        while (kept.length > 0 && kept[kept.length - 1] === '') {
            kept.pop();
        }
        return kept.join(eol) + eol;
    } catch (error) {
        if (error instanceof FormatError) {
            return undefined;
        }
        throw error;
    }
}

class Reader {
    private index = 0;
    private lastLine = 0;
    private trailingComments: Comment[] = [];

    constructor(private readonly tokens: readonly SourceToken[]) { }

    done(): boolean {
        return this.index >= this.tokens.length;
    }

    finalComments(): Comment[] {
        return this.trailingComments;
    }

    private peek(offset = 0): SourceToken | undefined {
        return this.tokens[this.index + offset];
    }

    private take(): SourceToken {
        const token = this.tokens[this.index++];
        this.lastLine = token.endLine;
        return token;
    }

    /**
     * Whether the comment at the reader's position documents what follows, so that it never trails the
     * previous line: a `/** … *\/` comment, or any block comment right before a declaration (the
     * parser makes that the declaration's doc comment, see CommentProvider).
     */
    private documents(kind: string): boolean {
        const token = this.peek()!;
        const next = this.peek(1);
        return token.text.startsWith('/**') || (token.type === 'ML_COMMENT' && next !== undefined && (ChildBlocks[kind] ?? []).includes(next.type));
    }

    private blank(token: SourceToken): boolean {
        return this.lastLine > 0 && token.startLine - this.lastLine > 1;
    }

    /** Items until the `}` closing the current block (not consumed) or the end of input. */
    items(kind: string): Item[] {
        const items: Item[] = [];
        const children = ChildBlocks[kind] ?? [];
        const properties = PropertyOrder[kind] ?? [];
        let lead: Comment[] = [];
        for (;;) {
            const token = this.peek();
            if (!token) {
                this.trailingComments = lead;
                return items;
            }
            if (token.type === '}') {
                if (kind === 'top') {
                    throw new FormatError('unexpected }');
                }
                this.pendingClosing = lead;
                return items;
            }
            if (isComment(token)) {
                const previous = items.at(-1);
                if (previous && lead.length === 0 && token.startLine === this.lastLine && !previous.trailing && !this.documents(kind)) {
                    previous.trailing = this.take();
                } else {
                    const blankBefore = this.blank(token);
                    lead.push({ token: this.take(), blankBefore });
                }
                continue;
            }
            const blankBefore = lead.length > 0 ? lead[0].blankBefore : this.blank(token);
            if (children.includes(token.type)) {
                items.push(this.block(lead, blankBefore));
            } else if (properties.includes(token.type) || (kind === 'penilaian' && token.type === 'ID')) {
                items.push(this.property(kind, lead, blankBefore));
            } else {
                throw new FormatError(`unexpected ${token.type} in ${kind}`);
            }
            lead = [];
        }
    }

    private pendingClosing: Comment[] = [];

    private nextNonComment(): SourceToken | undefined {
        for (let i = this.index; i < this.tokens.length; i++) {
            if (!isComment(this.tokens[i])) {
                return this.tokens[i];
            }
        }
        return undefined;
    }

    private block(lead: Comment[], blankBefore: boolean): Item {
        const header: SourceToken[] = [];
        const kind = this.peek()!.type;
        // Comments inside the header (`aplikasi X /* c */ {`) stay between the same tokens.
        while (this.peek() && this.peek()!.type !== '{') {
            header.push(this.take());
        }
        if (!this.peek()) {
            throw new FormatError('missing {');
        }
        header.push(this.take());
        const item: Item = { lead, tokens: header, blankBefore, kind };
        const next = this.peek();
        if (next && isComment(next) && next.startLine === this.lastLine && !this.documents(kind)) {
            item.openTrailing = this.take();
        }
        item.body = this.items(kind);
        item.closingLead = this.pendingClosing;
        this.pendingClosing = [];
        if (this.peek()?.type !== '}') {
            throw new FormatError('missing }');
        }
        this.take();
        return item;
    }

    private property(kind: string, lead: Comment[], blankBefore: boolean): Item {
        const properties = PropertyOrder[kind] ?? [];
        const tokens = [this.take()];
        const children = ChildBlocks[kind] ?? [];
        const isStart = (t: SourceToken) => t.type === '}' || properties.includes(t.type) || children.includes(t.type);
        if (kind === 'penilaian') {
            while (isComment(this.peek())) {
                tokens.push(this.take());
            }
            const level = this.peek();
            if (!level || level.type !== 'INT') {
                throw new FormatError('score without level');
            }
            tokens.push(this.take());
            return { lead, tokens, blankBefore };
        }
        for (let next = this.peek(); next && !isStart(next); next = this.peek()) {
            if (isComment(next)) {
                // A comment ends the property unless the property's value continues after it: then it
                // sits inside the value (`ref /* c */ RAA.01`, `bagiPakai A, // c` + next line `B`).
                const after = this.nextNonComment();
                if (!after || isStart(after)) {
                    break;
                }
            }
            if (next.type === '{') {
                throw new FormatError('unexpected {');
            }
            tokens.push(this.take());
        }
        return { lead, tokens, blankBefore };
    }
}

function joinTokens(tokens: readonly SourceToken[], indent: string, eol: string): string {
    let out = '';
    let previous: SourceToken | undefined;
    for (const token of tokens) {
        if (previous) {
            const tight = token.type === ',' || token.type === '.' || token.type === '..' || previous.type === '.' || previous.type === '..';
            out += previous.type === 'SL_COMMENT' ? `${eol}${indent}${INDENT}` : tight ? '' : ' ';
        }
        out += token.text;
        previous = token;
    }
    return out;
}

function printComments(comments: readonly Comment[], indent: string, lines: string[]): void {
    comments.forEach((comment, i) => {
        if (comment.blankBefore && i > 0) {
            lines.push('');
        }
        lines.push(indent + comment.token.text);
    });
}

function rank(kind: string, item: Item): number {
    const order = PropertyOrder[kind] ?? [];
    const position = order.indexOf(item.tokens[0].type);
    return position >= 0 ? position : item.body ? order.length + 1 : order.length;
}

/** A nested block that is one of its parent's properties (`indikatorKinerja`), not a declaration. */
function isPropertyBlock(kind: string, item: Item): boolean {
    return item.body !== undefined && (PropertyOrder[kind] ?? []).includes(item.kind ?? '');
}

function printItems(items: readonly Item[], kind: string, depth: number, lines: string[], closing: readonly Comment[], style: Style): void {
    const indent = INDENT.repeat(depth);
    if (kind === 'penilaian') {
        printScores(items, indent, lines, style.eol);
    } else {
        const ordered = !style.sort ? items
            : items.map((item, i) => ({ item, i })).sort((a, b) => rank(kind, a.item) - rank(kind, b.item) || a.i - b.i).map(x => x.item);
        ordered.forEach((item, i) => {
            const previous = ordered[i - 1];
            // Declarations are separated by one blank line; properties (property blocks too) keep the author's blank lines.
            const declaration = (it: Item) => it.body !== undefined && !isPropertyBlock(kind, it);
            if (previous && (declaration(item) || declaration(previous) || item.blankBefore)) {
                lines.push('');
            }
            printComments(item.lead, indent, lines);
            const head = indent + joinTokens(item.tokens, indent, style.eol);
            if (!item.body) {
                lines.push(head + (item.trailing ? ` ${item.trailing.text}` : ''));
                return;
            }
            const empty = item.body.length === 0 && !item.closingLead?.length && !item.openTrailing;
            if (empty) {
                lines.push(head + '}' + (item.trailing ? ` ${item.trailing.text}` : ''));
                return;
            }
            lines.push(head + (item.openTrailing ? ` ${item.openTrailing.text}` : ''));
            printItems(item.body, item.kind!, depth + 1, lines, item.closingLead ?? [], style);
            lines.push(indent + '}' + (item.trailing ? ` ${item.trailing.text}` : ''));
        });
    }
    if (closing.length > 0) {
        if (items.length > 0 && closing[0].blankBefore) {
            lines.push('');
        }
        printComments(closing, indent, lines);
    }
}

/** Self-assessment scores, ten to a line; a comment or blank line starts a new line. */
function printScores(items: readonly Item[], indent: string, lines: string[], eol: string): void {
    let line: string[] = [];
    const flush = () => {
        if (line.length) {
            lines.push(indent + line.join('   '));
            line = [];
        }
    };
    for (const item of items) {
        if (item.lead.length > 0 || item.blankBefore || line.length === 10) {
            flush();
        }
        if (item.blankBefore && lines.length > 0) {
            lines.push('');
        }
        printComments(item.lead, indent, lines);
        line.push(joinTokens(item.tokens, indent, eol));
        if (item.trailing) {
            line[line.length - 1] += ` ${item.trailing.text}`;
            flush();
        }
    }
    flush();
}
