import { GrammarUtils } from 'langium';
import type * as ast from '../generated/ast.js';
import { readSpbeNumber } from 'spbe-model';

/**
 * Money must stay exact in every output (spec v2 §2): JSON, XLSX and the documents carry numbers as
 * IEEE doubles, exact only up to 2^53 − 1. An amount above it is `invalid-value`, and so is an
 * amount that would take the workspace's total past it — every sum an output shows (per year, per
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
    /** Amounts that would take the running workspace total past `MaxExactAmount` (in declaration order). */
    readonly overflowing: ReadonlySet<ast.Anggaran>;
}

/** Sorts every `anggaran` of the workspace into kept, too large and overflowing; linear in the amounts. */
export function auditBudgets(items: readonly ast.Rencana[]): BudgetAudit {
    const tooLarge = new Set<ast.Anggaran>();
    const overflowing = new Set<ast.Anggaran>();
    let total = 0n;
    for (const item of items) {
        for (const anggaran of item.anggaran) {
            const amount = exactAmount(anggaran);
            if (amount === undefined) {
                continue;
            }
            if (amount > MaxExactAmount) {
                tooLarge.add(anggaran);
            } else if (total + amount > MaxExactAmount) {
                overflowing.add(anggaran);
            } else {
                total += amount;
            }
        }
    }
    return { tooLarge, overflowing };
}

