import { minOf } from '../utils/collections.js';
/**
 * Time semantics of spec §4 and §7: when an element exists. Years are inclusive; an open end is
 * represented by ±Infinity here and by `null` in the serializable model.
 */
export interface YearSpan {
    readonly from: number;
    readonly to: number;
}

export interface LifetimeInputs {
    readonly status: 'eksisting' | 'rencana' | 'dihentikan';
    /** `hingga` year, if written. */
    readonly hingga?: number;
    /** Last years of the roadmap items that `mewujudkan` / `menghentikan` the element. */
    readonly realizedBy: readonly number[];
    readonly retiredBy: readonly number[];
}

export const Always: YearSpan = { from: -Infinity, to: Infinity };
export const Never: YearSpan = { from: Infinity, to: -Infinity };

/**
 * - eksisting: the whole periode (open on both sides here);
 * - rencana: from the earliest last year of an item realizing it; never, if none does;
 * - dihentikan: through `hingga`, else through the last year of the item retiring it, else it is gone;
 * - an item retiring an eksisting or rencana element ends it in that item's last year.
 */
export function lifetime(inputs: LifetimeInputs): YearSpan {
    const retiredEnd = inputs.retiredBy.length > 0 ? minOf(inputs.retiredBy) : undefined;
    switch (inputs.status) {
        case 'eksisting':
            return { from: -Infinity, to: retiredEnd ?? Infinity };
        case 'rencana': {
            if (inputs.realizedBy.length === 0) {
                return Never;
            }
            return { from: minOf(inputs.realizedBy), to: retiredEnd ?? Infinity };
        }
        case 'dihentikan': {
            const end = inputs.hingga ?? retiredEnd;
            return end === undefined ? Never : { from: -Infinity, to: end };
        }
    }
}

export function existsIn(span: YearSpan, year: number): boolean {
    return span.from <= year && year <= span.to;
}

export function isEmpty(span: YearSpan): boolean {
    return span.from > span.to;
}
