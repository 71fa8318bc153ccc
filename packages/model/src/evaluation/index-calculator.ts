import { EvaluationFrameworks, type EvaluationFramework } from '../reference-data/reference-data.js';

/**
 * The part of the instrument behind a value, as fractions 0..1 of the weight it stands for (the whole
 * instrument for the index, the aspect's or domain's own indicators for a sub-score).
 */
export interface Coverage {
    /** Share of the weight with a measured level: assessed in the `penilaian` (baseline). */
    readonly assessedShare: number;
    /**
     * Share of the weight whose level comes only from a roadmap target (an indicator never assessed):
     * planned, not measured. Always 0 for an assessment; `assessedShare + targetShare` is the covered share.
     */
    readonly targetShare: number;
    /** True when the value rests on part of its weight (some indicator has neither a level nor a target); false when nothing is. */
    readonly provisional: boolean;
}

export interface SubScore extends Coverage {
    readonly id: string;
    readonly name: string;
    readonly weight: number;
    /** Weighted mean of the covered indicators of this aspect/domain; null when none is covered. */
    readonly score: number | null;
}

export interface IndexResult extends Coverage {
    readonly framework: string;
    /** Weighted mean level (1..5) over the covered indicators (assessed, or targeted in a projection); null when none is. */
    readonly score: number | null;
    /** The predikat's name (`Baik`); null when nothing is assessed. */
    readonly predicate: string | null;
    /** The predikat's label where the instrument has one (`Berkembang` in PermenPANRB 8/2026, Tabel 4); else null. */
    readonly predicateLabel: string | null;
    readonly aspects: readonly SubScore[];
    readonly domains: readonly SubScore[];
    readonly assessedCount: number;
    /** Indicators whose level comes only from a roadmap target (0 for an assessment). */
    readonly targetCount: number;
    readonly indicatorCount: number;
    /** `assessedShare` in percent points (0..100) of the framework's total weight. */
    readonly assessedWeight: number;
    /** `targetShare` in percent points (0..100) of the framework's total weight. */
    readonly targetWeight: number;
}

/**
 * The index of a framework from indicator levels (PermenPANRB 59/2020, 8/2026): the weighted mean
 * of the levels, indicator → aspect → domain. Indicators without a level are left out of the mean
 * (the result says how much of the weight it rests on), so a partial self-assessment is neither
 * inflated nor deflated by guesses about what was not assessed.
 *
 * `assessed` names the indicators whose level was measured; a level of any other indicator is a
 * roadmap target and counts as `targetShare`, never as assessed. Without it every level is assessed
 * (a `penilaian`). Throws for an unknown framework id.
 */
export function computeIndex(frameworkId: string, levels: ReadonlyMap<string, number>, assessed?: ReadonlySet<string>): IndexResult {
    const framework = EvaluationFrameworks[frameworkId];
    if (!framework) {
        throw new Error(`Unknown framework ${frameworkId}`);
    }
    const isAssessed = (id: string) => levels.has(id) && (assessed === undefined || assessed.has(id));
    type Indicator = EvaluationFramework['indicators'][number];
    const part = (indicators: readonly Indicator[]) => {
        const covered = indicators.filter(i => levels.has(i.id));
        const weight = (items: readonly Indicator[]) => items.reduce((sum, i) => sum + i.weight, 0);
        const coveredWeight = weight(covered);
        const total = weight(indicators);
        const assessedWeight = weight(covered.filter(i => isAssessed(i.id)));
        return {
            score: coveredWeight === 0 ? null : round(covered.reduce((sum, i) => sum + i.weight * levels.get(i.id)!, 0) / coveredWeight),
            assessedShare: total > 0 ? round(assessedWeight / total) : 0,
            targetShare: total > 0 ? round((coveredWeight - assessedWeight) / total) : 0,
            // Counted rather than compared by weight, so that float drift cannot make a whole part provisional.
            provisional: covered.length > 0 && covered.length < indicators.length,
            assessedWeight, targetWeight: coveredWeight - assessedWeight, covered
        };
    };
    const whole = part(framework.indicators);
    const predicate = whole.score === null ? undefined : predicateEntryOf(framework, whole.score);
    const sub = (entry: { id: string; name: string; weight: number }, indicators: readonly Indicator[]): SubScore => {
        const { score, assessedShare, targetShare, provisional } = part(indicators);
        return { id: entry.id, name: entry.name, weight: entry.weight, score, assessedShare, targetShare, provisional };
    };
    return {
        framework: frameworkId,
        score: whole.score,
        predicate: predicate?.name ?? null,
        predicateLabel: predicate?.label ?? null,
        provisional: whole.provisional,
        aspects: framework.aspects.map(a => sub(a, framework.indicators.filter(i => i.aspect === a.id))),
        domains: framework.domains.map(d => {
            const aspects = new Set(framework.aspects.filter(a => a.domain === d.id).map(a => a.id));
            return sub(d, framework.indicators.filter(i => aspects.has(i.aspect)));
        }),
        assessedCount: whole.covered.filter(i => isAssessed(i.id)).length,
        targetCount: whole.covered.filter(i => !isAssessed(i.id)).length,
        indicatorCount: framework.indicators.length,
        assessedWeight: round(whole.assessedWeight),
        targetWeight: round(whole.targetWeight),
        assessedShare: whole.assessedShare,
        targetShare: whole.targetShare
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
