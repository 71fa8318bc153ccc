import { AstUtils, GrammarUtils } from 'langium';
import type * as ast from '../generated/ast.js';
import { readSpbeNumber } from 'spbe-model';

/**
 * Money must stay exact in every output (spec v2 §2): JSON, XLSX and the documents carry numbers as
 * IEEE doubles, exact only up to 2^53 − 1. An amount above it is `invalid-value`, and so are the
 * largest amounts when all of them add up past it — every sum an output shows (per year, per
 * muatan, per OPD, the grand total) is a sum of kept amounts, so it is exact too.
 */
export const MaxExactAmount = BigInt(Number.MAX_SAFE_INTEGER);

/** The amount as written (`_` and `.` groupings read, spec §2), when it is readable; exact at any length. */
export function writtenAmount(anggaran: ast.Anggaran): { readonly amount: bigint; readonly decimal: boolean } | undefined {
    const text = anggaran.$cstNode ? GrammarUtils.findNodeForProperty(anggaran.$cstNode, 'amount')?.text : undefined;
    const number = text === undefined ? undefined : readSpbeNumber(text);
    return number ? { amount: BigInt(number.integerDigits), decimal: number.decimalDigits !== undefined } : undefined;
}

/**
 * The amount exactly as written, or undefined when it is no whole number of rupiah: unreadable
 * (a `syntax` error) or with a decimal part (`invalid-value`). Such amounts are in no total and no output.
 */
export function exactAmount(anggaran: ast.Anggaran): bigint | undefined {
    const written = writtenAmount(anggaran);
    return written && !written.decimal ? written.amount : undefined;
}

export interface BudgetAudit {
    /** Amounts above `MaxExactAmount` on their own. */
    readonly tooLarge: ReadonlySet<ast.Anggaran>;
    /**
     * The largest amounts, left out so that the workspace total of the rest stays at most
     * `MaxExactAmount`: the amounts that make the total overflow.
     */
    readonly overflowing: ReadonlySet<ast.Anggaran>;
}

/**
 * Sorts every `anggaran` of the workspace into kept, too large and overflowing. When the amounts
 * add up past `MaxExactAmount`, the ones left out are the largest (smallest first are kept while
 * the total fits): an amount with a few zeros too many is the one that makes the total overflow,
 * not the ordinary amount that happens to come after it in the files. Ties go by file path and
 * position, so the result does not depend on the order the files were loaded in. O(n log n).
 */
export function auditBudgets(items: readonly ast.Rencana[]): BudgetAudit {
    const tooLarge = new Set<ast.Anggaran>();
    const candidates: Array<{ anggaran: ast.Anggaran; amount: bigint; uri: string; offset: number }> = [];
    for (const item of items) {
        for (const anggaran of item.anggaran) {
            const amount = exactAmount(anggaran);
            if (amount === undefined) {
                continue;
            }
            if (amount > MaxExactAmount) {
                tooLarge.add(anggaran);
            } else {
                candidates.push({ anggaran, amount, uri: AstUtils.getDocument(anggaran).uri.toString(), offset: anggaran.$cstNode?.offset ?? 0 });
            }
        }
    }
    candidates.sort((a, b) => a.amount < b.amount ? -1 : a.amount > b.amount ? 1
        : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.offset - b.offset);
    const overflowing = new Set<ast.Anggaran>();
    let total = 0n;
    for (const { anggaran, amount } of candidates) {
        // Ascending: once one amount does not fit, no later (larger or equal) one does.
        if (overflowing.size > 0 || total + amount > MaxExactAmount) {
            overflowing.add(anggaran);
        } else {
            total += amount;
        }
    }
    return { tooLarge, overflowing };
}
