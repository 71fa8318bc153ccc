import type * as ast from '../generated/ast.js';

/** Levels of an index indicator (spbe2020, pemdi2025, pemdi2026 alike): whole numbers 1..5. */
export const isIndicatorLevel = (level: number | undefined): level is number =>
    level !== undefined && Number.isInteger(level) && level >= 1 && level <= 5;

/**
 * The scores of a `penilaian` an index may use: a level the `invalid-value` check refuses (0, 6,
 * 2,5) is left out, never counted, and an indicator written twice counts once, as first written
 * (the second is a `duplicate-property`). Shape: score nodes in source order.
 */
export function usableScores(p: ast.Penilaian): ast.Score[] {
    const seen = new Set<string>();
    return p.scores.filter(s => {
        if (!s.indicator || !isIndicatorLevel(s.level) || seen.has(s.indicator)) {
            return false;
        }
        seen.add(s.indicator);
        return true;
    });
}

/** The second and later scores of an indicator already assessed in the same `penilaian`. */
export function repeatedScores(p: ast.Penilaian): ast.Score[] {
    const seen = new Set<string>();
    return p.scores.filter(s => {
        if (!s.indicator) {
            return false;
        }
        const repeated = seen.has(s.indicator);
        seen.add(s.indicator);
        return repeated;
    });
}
