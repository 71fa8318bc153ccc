import { GrammarUtils } from 'langium';
import type * as ast from '../generated/ast.js';

/**
 * Money must stay exact in every output (spec v2 §2): JSON, XLSX and the documents carry numbers as
 * IEEE doubles, exact only up to 2^53 − 1. An amount above it is `invalid-value`, and so is an
 * amount that would take the workspace's total past it — every sum an output shows (per year, per
 * muatan, per OPD, the grand total) is a sum of kept amounts, so it is exact too.
 */
export const MaxExactAmount = BigInt(Number.MAX_SAFE_INTEGER);

/** The amount exactly as written (digits, `_` and `.` groupings removed), or undefined when unreadable. */
export function exactAmount(anggaran: ast.Anggaran): bigint | undefined {
    const text = anggaran.$cstNode ? GrammarUtils.findNodeForProperty(anggaran.$cstNode, 'amount')?.text : undefined;
    const digits = text?.replace(/[_.]/g, '');
    return digits && /^[0-9]+$/.test(digits) ? BigInt(digits) : undefined;
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

