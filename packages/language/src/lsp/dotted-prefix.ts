/**
 * A dotted word being typed: a reference code (`RAA.`, `RAB.09.0`), a qualified name (`DINSOS.`,
 * `DINSOS.DT`) or a framework-qualified indicator (`spbe2020.`). `start` is the offset of its first
 * character; `qualifier` is everything up to and including its last dot (`RAB.09.`).
 */
export interface DottedPrefix {
    readonly start: number;
    readonly text: string;
    readonly qualifier: string;
}

const dottedWordBeforeCursor = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]*)+$/;

/** The dotted word that ends at `offset` on its line, if the text just before the cursor is one. */
export function dottedPrefixAt(text: string, offset: number): DottedPrefix | undefined {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const match = dottedWordBeforeCursor.exec(text.slice(lineStart, offset));
    if (!match) {
        return undefined;
    }
    return { start: lineStart + match.index, text: match[0], qualifier: match[0].slice(0, match[0].lastIndexOf('.') + 1) };
}

/** The end of the word (letters, digits, `_`, `.`) that continues after `offset`, so an edit replaces all of it. */
export function dottedWordEnd(text: string, offset: number): number {
    let end = offset;
    while (end < text.length && /[A-Za-z0-9_.]/.test(text[end])) {
        end++;
    }
    return end;
}
