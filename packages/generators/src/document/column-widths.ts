import type { DocumentBlock } from './document-model.js';

/** The width in points of `text` at `size` points, bold or not. */
export type TextMeasure = (text: string, bold: boolean, size: number) => number;

/** No column is widened beyond this share of the table for its longest word: a URL or a code may still wrap. */
const maxWordShare = 0.35;

/**
 * Column content widths in points for a table `available` points wide (padding and rules already taken
 * off): the columns' relative widths, except that a column narrower than its longest word (header bold,
 * cells, sums bold) is widened to it and the others give up the room in their proportions, so a narrow
 * column never breaks a word in the middle ("Dokument-asi"). When the longest words of all columns
 * together do not fit, the widths are the longest words scaled down (some word must then wrap).
 */
export function columnWidths(block: Extract<DocumentBlock, { kind: 'table' }>, available: number, fontSize: number, measure: TextMeasure): number[] {
    const longest = block.columns.map((column, i) => Math.min(available * maxWordShare, Math.max(
        longestWord(column.header, true, fontSize, measure),
        ...block.rows.map(row => longestWord(row.cells[i]?.text ?? '', row.total === true, fontSize, measure))
    )));
    const needed = longest.reduce((a, b) => a + b, 0);
    if (needed >= available) {
        return longest.map(w => w * available / needed);
    }
    const widths = new Array<number>(block.columns.length).fill(0);
    const fixed = new Set<number>();
    // Water-filling: fix each column its share cannot hold at its longest word, share the rest again, until no share is short.
    for (;;) {
        const room = available - [...fixed].reduce((sum, i) => sum + longest[i]!, 0);
        const free = block.columns.map((c, i) => fixed.has(i) ? 0 : c.width);
        const weight = free.reduce((a, b) => a + b, 0);
        const short = block.columns.map((_, i) => i).filter(i => !fixed.has(i) && room * free[i]! / weight < longest[i]!);
        if (short.length === 0) {
            block.columns.forEach((_, i) => { widths[i] = fixed.has(i) ? longest[i]! : room * free[i]! / weight; });
            return widths;
        }
        short.forEach(i => fixed.add(i));
    }
}

function longestWord(text: string, bold: boolean, size: number, measure: TextMeasure): number {
    let widest = 0;
    for (const word of text.split(/\s+/)) {
        if (word !== '') {
            widest = Math.max(widest, measure(word, bold, size));
        }
    }
    return widest;
}
