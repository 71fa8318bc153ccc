import type { SpbeModel, RoadmapItemInfo } from '../model/spbe-model.js';
import { EvaluationFrameworks, isEntryUnverified } from '../reference-data/reference-data.js';
import { computeIndex, round, type IndexResult } from './index-calculator.js';
import { maxOf, minOf } from '../utils/collections.js';
import { isUnfunded } from '../model/model-queries.js';

export interface LevelChange {
    readonly indicator: string;
    readonly from: number | null;
    readonly to: number;
    readonly items: readonly string[];
}

export interface ProjectedYear {
    readonly year: number;
    readonly result: IndexResult;
    readonly changes: readonly LevelChange[];
}

export interface Contribution {
    readonly item: string;
    readonly title: string;
    /**
     * Index points the end-of-periode score of the assessed indicators loses without this item (≥ 0);
     * null when none of the item's target indicators has an assessed level (no baseline, or only
     * indicators never assessed): a rise from an unmeasured level cannot be measured.
     */
    readonly points: number | null;
    /**
     * The item's budget over all years, whole rupiah; (v2 §6) null when some amount could not be read
     * (`unreadAmounts` > 0): a sum without it would be wrong, and so would the points per billion.
     */
    readonly anggaran: number | null;
    /** How many of the item's `anggaran` amounts could not be read (its `anggaranDropped`). */
    readonly unreadAmounts: number;
    /** (v2) No `anggaran` written at all (`isUnfunded`, what `roadmap-unfunded` reports): outputs say "tanpa anggaran", not Rp0. */
    readonly unfunded: boolean;
    /** Points per billion rupiah (null for unfunded items, when `points` is null or the budget is not known). */
    readonly pointsPerBillion: number | null;
    /** The item's target indicators without an assessed level (ascending): their effect is not in `points`. */
    readonly unmeasuredIndicators: readonly string[];
}

/** A plan that is possible but suspicious; shown in the index report (spec §5.6 adds no diagnostic for them). */
export interface PlanFlag {
    readonly kind: 'level-skip' | 'raises-nothing';
    readonly item: string;
    readonly indicator?: string;
    readonly year?: number;
    readonly from?: number | null;
    readonly to?: number;
    readonly muatan?: string;
}

export interface IndexProjection {
    readonly framework: string;
    readonly title: string;
    readonly weightsUnverified: boolean;
    /** Ids of the indicators whose own name, aspect or weight rests on a single source (frameworks with per-entry provenance). */
    readonly unverifiedIndicators: readonly string[];
    /** The latest `penilaian` of the framework; undefined when there is none (never a made-up 0 baseline). */
    readonly baseline: { readonly year: number; readonly result: IndexResult } | undefined;
    /**
     * One per year of the periode: the baseline's levels raised by the targets due by then. A level that
     * only a target gives counts as the result's `targetShare`, never as assessed.
     */
    readonly years: readonly ProjectedYear[];
    readonly contributions: readonly Contribution[];
    readonly flags: readonly PlanFlag[];
}

/** Indicators that a muatan obviously touches, per framework (for the raises-nothing flag). */
const relatedIndicators: Record<string, Record<string, readonly string[]>> = {
    spbe2020: {
        tataKelola: range(1, 14), manajemen: range(21, 28), layanan: range(32, 47), infrastruktur: ['I05', 'I06', 'I16', 'I17'],
        aplikasi: ['I04', 'I07', 'I15', 'I18'], keamanan: ['I08', 'I22', 'I31'], auditTik: ['I09', 'I29', 'I30', 'I31']
    },
    // Surat MenPANRB B/66/PD.02/2025: strategy and governance I01–I07, management I08–I09, technology I10–I13,
    // audit I14–I16, security I17–I19, people I20–I22, data I23–I26, integration I27–I32, satisfaction I33–I35.
    pemdi2025: {
        tataKelola: range(1, 7), manajemen: ['I08', 'I09', 'I20', 'I23', 'I26'], layanan: range(27, 35), infrastruktur: ['I11', 'I12', 'I13'],
        aplikasi: ['I10', 'I13', 'I25', 'I27', 'I32'], keamanan: ['I17', 'I18', 'I19', 'I26'], auditTik: ['I14', 'I15', 'I16']
    },
    pemdi2026: {
        tataKelola: ['I01', 'I02'], manajemen: ['I02', 'I03', 'I05'], layanan: ['I15', 'I17', 'I19', 'I20'], infrastruktur: ['I14'],
        aplikasi: ['I13', 'I16', 'I18'], keamanan: ['I10', 'I11', 'I12'], auditTik: ['I09']
    }
};

function range(from: number, to: number): string[] {
    return Array.from({ length: to - from + 1 }, (_, i) => `I${String(from + i).padStart(2, '0')}`);
}

/** The framework the workspace is evaluated under: the pemda's `evaluasi`, else the latest assessment's. */
export function defaultFramework(model: SpbeModel): string {
    return model.pemda?.evaluasi ?? [...model.assessments].sort((a, b) => b.year - a.year)[0]?.framework ?? 'spbe2020';
}

/**
 * Projects the index over the periode: from the latest `penilaian` of the framework, each
 * `indikator F.Inn -> L` of a roadmap item takes effect in the item's last year. A level never
 * goes down (a lower target is reported as indicator-target-below-assessed instead). Each year's
 * result keeps apart what was assessed (`assessedShare`) and what only a target gives (`targetShare`);
 * contributions are measured on the assessed indicators alone (see `Contribution.points`).
 */
export function projectIndex(model: SpbeModel, framework: string): IndexProjection {
    // Every output format asks for the same projection of the same (immutable) model.
    let perModel = projections.get(model);
    if (!perModel) {
        perModel = new Map();
        projections.set(model, perModel);
    }
    let projection = perModel.get(framework);
    if (!projection) {
        projection = computeProjection(model, framework);
        perModel.set(framework, projection);
    }
    return projection;
}

const projections = new WeakMap<SpbeModel, Map<string, IndexProjection>>();

function computeProjection(model: SpbeModel, framework: string): IndexProjection {
    const definition = EvaluationFrameworks[framework];
    const latest = [...model.assessments].filter(a => a.framework === framework).sort((a, b) => b.year - a.year)[0];
    const baselineLevels = new Map(latest?.scores.map(s => [s.indicator, s.level]) ?? []);
    const assessedIds: ReadonlySet<string> = new Set(baselineLevels.keys());
    const periode = model.pemda?.periode ?? spanOf(model.items);
    const years = periode ? Array.from({ length: periode.end - periode.start + 1 }, (_, i) => periode.start + i) : [];
    const targets = model.items.flatMap(item => item.tahun
        ? item.indikator.filter(t => t.framework === framework && EvaluationFrameworks[framework]?.indicators.some(i => i.id === t.indicator))
            .map(t => ({ item, indicator: t.indicator, level: t.level, year: item.tahun!.end }))
        : []);

    const levelsAt = (year: number, without?: RoadmapItemInfo) => {
        const levels = new Map(baselineLevels);
        for (const t of targets) {
            if (t.year <= year && t.item !== without && t.level >= (levels.get(t.indicator) ?? 0)) {
                levels.set(t.indicator, t.level);
            }
        }
        return levels;
    };

    const projected: ProjectedYear[] = [];
    const flags: PlanFlag[] = [];
    let previous = baselineLevels;
    for (const year of years) {
        const levels = levelsAt(year);
        const changes: LevelChange[] = [];
        for (const [indicator, level] of levels) {
            const before = previous.get(indicator) ?? null;
            if (before !== level) {
                const items = targets.filter(t => t.year === year && t.indicator === indicator).map(t => t.item.name);
                changes.push({ indicator, from: before, to: level, items });
                if (before !== null && level - before > 1) {
                    items.forEach(item => flags.push({ kind: 'level-skip', item, indicator, year, from: before, to: level }));
                }
            }
        }
        projected.push({ year, result: computeIndex(framework, levels, assessedIds), changes: changes.sort((a, b) => a.indicator.localeCompare(b.indicator)) });
        previous = levels;
    }

    // Contributions compare levels on the assessed indicators only: a target on an indicator with no
    // measured level would move the mean by adding a term, not by a measured rise (and could even lower it).
    const lastYear = years[years.length - 1];
    const assessedScore = (levels: ReadonlyMap<string, number>) =>
        computeIndex(framework, new Map([...levels].filter(([id]) => assessedIds.has(id)))).score;
    const finalScore = lastYear === undefined ? null : assessedScore(levelsAt(lastYear));
    const contributions: Contribution[] = [];
    for (const item of new Set(targets.map(t => t.item))) {
        const indicators = [...new Set(targets.filter(t => t.item === item).map(t => t.indicator))];
        const measurable = finalScore !== null && indicators.some(id => assessedIds.has(id));
        const without = measurable ? assessedScore(levelsAt(lastYear, item)) : null;
        const points = finalScore === null || without === null ? null : round(finalScore - without);
        const unreadAmounts = item.anggaranDropped.length;
        const anggaran = unreadAmounts > 0 ? null : item.anggaran.reduce((sum, a) => sum + a.amount, 0);
        contributions.push({
            item: item.name, title: item.title ?? '', points, anggaran, unreadAmounts, unfunded: isUnfunded(item),
            pointsPerBillion: points !== null && anggaran !== null && anggaran > 0 ? round(points / (anggaran / 1e9)) : null,
            unmeasuredIndicators: indicators.filter(id => !assessedIds.has(id)).sort()
        });
    }
    // Measured contributions first, largest first; the unmeasurable ones after them, by name.
    contributions.sort((a, b) => (b.points ?? -1) - (a.points ?? -1) || a.item.localeCompare(b.item));

    for (const item of model.items) {
        const related = item.muatan ? relatedIndicators[framework]?.[item.muatan] : undefined;
        if (related && !item.indikator.some(t => t.framework === framework && related.includes(t.indicator))) {
            flags.push({ kind: 'raises-nothing', item: item.name, muatan: item.muatan });
        }
    }

    return {
        framework,
        title: definition?.title ?? framework,
        weightsUnverified: definition?.weightsUnverified ?? true,
        unverifiedIndicators: definition ? definition.indicators.filter(i => i.confidence && isEntryUnverified(definition, i)).map(i => i.id) : [],
        baseline: latest ? { year: latest.year, result: computeIndex(framework, baselineLevels) } : undefined,
        years: projected,
        contributions,
        flags
    };
}

function spanOf(items: readonly RoadmapItemInfo[]) {
    const spans = items.flatMap(i => i.tahun ? [i.tahun] : []);
    return spans.length ? { start: minOf(spans.map(s => s.start)), end: maxOf(spans.map(s => s.end)) } : undefined;
}
