import { EvaluationFrameworks, type EvaluationFramework } from '../reference-data/reference-data.js';

export interface SubScore {
    readonly id: string;
    readonly name: string;
    readonly weight: number;
    /** Weighted mean of the assessed indicators of this aspect/domain; null when none is assessed. */
    readonly score: number | null;
}

export interface IndexResult {
    readonly framework: string;
    /** Weighted mean level (1..5) over the assessed indicators; null when nothing is assessed. */
    readonly score: number | null;
    /** The predikat's name (`Baik`); null when nothing is assessed. */
    readonly predicate: string | null;
    /** The predikat's label where the instrument has one (`Berkembang` in PermenPANRB 8/2026, Tabel 4); else null. */
    readonly predicateLabel: string | null;
    /**
     * True when the predikat rests on less than the whole instrument (some indicator is unassessed):
     * outputs show it as provisional ("sementara"). False for a full assessment and when nothing is assessed.
     */
    readonly provisional: boolean;
    readonly aspects: readonly SubScore[];
    readonly domains: readonly SubScore[];
    readonly assessedCount: number;
    readonly indicatorCount: number;
    /** Share (0..100) of the framework's total weight that was assessed. */
    readonly assessedWeight: number;
    /** The same share as a fraction 0..1 of the framework's total weight (1 = the whole instrument). */
    readonly assessedShare: number;
}

/**
 * The index of a framework from indicator levels (PermenPANRB 59/2020, 8/2026): the weighted mean
 * of the levels, indicator → aspect → domain. Indicators without a level are left out of the mean
 * (the result says how much of the weight was assessed), so a partial self-assessment is neither
 * inflated nor deflated by guesses about what was not assessed.
 */
export function computeIndex(frameworkId: string, levels: ReadonlyMap<string, number>): IndexResult {
    const framework = EvaluationFrameworks[frameworkId];
    if (!framework) {
        throw new Error(`Unknown framework ${frameworkId}`);
    }
    const assessed = framework.indicators.filter(i => levels.has(i.id));
    const mean = (ids: ReadonlySet<string>) => {
        const items = assessed.filter(i => ids.has(i.id));
        const weight = items.reduce((sum, i) => sum + i.weight, 0);
        return weight === 0 ? null : round(items.reduce((sum, i) => sum + i.weight * levels.get(i.id)!, 0) / weight);
    };
    const all = new Set(framework.indicators.map(i => i.id));
    const score = mean(all);
    const predicate = score === null ? undefined : predicateEntryOf(framework, score);
    const assessedWeight = assessed.reduce((sum, i) => sum + i.weight, 0);
    const totalWeight = framework.indicators.reduce((sum, i) => sum + i.weight, 0);
    return {
        framework: frameworkId,
        score,
        predicate: predicate?.name ?? null,
        predicateLabel: predicate?.label ?? null,
        // Counted rather than compared by weight, so that float drift cannot make a full assessment provisional.
        provisional: score !== null && assessed.length < framework.indicators.length,
        aspects: framework.aspects.map(a => ({
            id: a.id, name: a.name, weight: a.weight, score: mean(new Set(framework.indicators.filter(i => i.aspect === a.id).map(i => i.id)))
        })),
        domains: framework.domains.map(d => {
            const aspects = new Set(framework.aspects.filter(a => a.domain === d.id).map(a => a.id));
            return { id: d.id, name: d.name, weight: d.weight, score: mean(new Set(framework.indicators.filter(i => aspects.has(i.aspect)).map(i => i.id))) };
        }),
        assessedCount: assessed.length,
        indicatorCount: framework.indicators.length,
        assessedWeight: round(assessedWeight),
        assessedShare: totalWeight > 0 ? round(assessedWeight / totalWeight) : 0
    };
}

/** The framework's predicate for a score: the first threshold (from the top) the score reaches. */
export function predicateOf(framework: EvaluationFramework, score: number): string {
    return predicateEntryOf(framework, score).name;
}

function predicateEntryOf(framework: EvaluationFramework, score: number): EvaluationFramework['predicates'][number] {
    // The predikat goes with the index as every report shows it (two decimals): 2,5957 is shown as
    // 2,60 and is therefore Baik, never "2,60 · Cukup".
    const shown = Number(round(score).toFixed(2));
    return framework.predicates.find(p => shown >= p.min) ?? framework.predicates[framework.predicates.length - 1];
}

/** Weights like 1.3 or 2.75 make binary floating point drift (2.6 → 2.5999…); six decimals are plenty. */
export function round(value: number): number {
    return Math.round(value * 1e6) / 1e6;
}
