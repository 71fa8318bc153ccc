import type { ElementInfo, Lifetime, RoadmapItemInfo, SpbeModel } from './spbe-model.js';

export function existsInYear(lifetime: Lifetime, year: number): boolean {
    return lifetime.exists && (lifetime.from === null || lifetime.from <= year) && (lifetime.to === null || year <= lifetime.to);
}

/** "The architecture as of year Y" (spec §4): the elements that exist in that year. */
export function architectureAsOf(model: SpbeModel, year: number): ElementInfo[] {
    return model.elements.filter(e => existsInYear(e.lifetime, year));
}

export interface Gap {
    readonly from: number;
    readonly to: number;
    readonly added: readonly ElementInfo[];
    readonly retired: readonly ElementInfo[];
    readonly unchanged: readonly ElementInfo[];
}

/** As-is (first year of the periode) against to-be (last year). */
export function gapAnalysis(model: SpbeModel): Gap | undefined {
    const periode = model.pemda?.periode;
    if (!periode) {
        return undefined;
    }
    const { start: from, end: to } = periode;
    const added: ElementInfo[] = [];
    const retired: ElementInfo[] = [];
    const unchanged: ElementInfo[] = [];
    for (const element of model.elements) {
        const before = existsInYear(element.lifetime, from);
        const after = existsInYear(element.lifetime, to);
        if (!before && after) {
            added.push(element);
        } else if (before && !after) {
            retired.push(element);
        } else if (before && after) {
            unchanged.push(element);
        }
    }
    return { from, to, added, retired, unchanged };
}

/** An item with no `anggaran` written at all, readable or not: what the check `roadmap-unfunded` reports. */
export function isUnfunded(item: Pick<RoadmapItemInfo, 'anggaran' | 'anggaranDropped'>): boolean {
    return item.anggaran.length === 0 && item.anggaranDropped.length === 0;
}

export function elementsById(model: SpbeModel): Map<string, ElementInfo> {
    return new Map(model.elements.map(e => [e.id, e]));
}
