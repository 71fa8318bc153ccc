import type { AstNode, ValidationCheck } from 'langium';
import * as ast from '../generated/ast.js';
import { auditBudgets, exactAmount, MaxExactAmount } from '../analysis/budget-limits.js';
import { formatRupiah, shownName } from 'spbe-model';
import { itemYears, validRange, type Period } from '../analysis/workspace-facts.js';
import { findIndicator, indicatorRange } from 'spbe-model';
import { qualifiedName } from '../references/spbe-naming.js';
import type { SpbeCoreServices } from '../spbe-core-module.js';
import { reporter, type Report } from './_shared.js';
import { IssueCodes } from 'spbe-model';

export const Muatan: readonly ast.Muatan[] = ['tataKelola', 'manajemen', 'layanan', 'infrastruktur', 'aplikasi', 'keamanan', 'auditTik'];

const show = (p: Period) => p.start === p.end ? `${p.start}` : `${p.start}..${p.end}`;

/**
 * One diagnostic per year value: outside the periode → roadmap-year-outside-period; otherwise
 * outside the item's own `tahun` → roadmap-year-outside-item. Malformed ranges are left to invalid-value.
 */
export const checkRoadmapYears = (services: SpbeCoreServices): ValidationCheck<ast.Rencana> => (item, accept) => {
    const period = services.spbe.WorkspaceFacts.get().period;
    const report = reporter(services, accept);
    const range = item.tahun[0];
    const own = range ? validRange(range) : undefined;
    const outsidePeriod = (year: number) => period !== undefined && (year < period.start || year > period.end);
    const periodArgs = (year: number) => ({ year, period: period ? show(period) : '' });
    if (range && own) {
        for (const property of ['start', 'end'] as const) {
            const year = range[property];
            if (year !== undefined && outsidePeriod(year) && (property === 'start' || range.end !== range.start)) {
                report(IssueCodes.RoadmapYearOutsidePeriod, periodArgs(year), { node: range, property });
            }
        }
    }
    // (v2) Measured targets follow the same rules; a baseline (`awal`) may lie before the periode, not after it.
    const kinerjaTargets = item.indikatorKinerja.flatMap(k => k.targets);
    for (const entry of [...item.targets, ...item.anggaran, ...kinerjaTargets]) {
        if (entry.year === undefined) {
            continue;
        }
        if (outsidePeriod(entry.year)) {
            report(IssueCodes.RoadmapYearOutsidePeriod, periodArgs(entry.year), { node: entry, property: 'year' });
        } else if (own && (entry.year < own.start || entry.year > own.end)) {
            report(IssueCodes.RoadmapYearOutsideItem, { year: entry.year, range: show(own) }, { node: entry, property: 'year' });
        }
    }
    for (const awal of item.indikatorKinerja.flatMap(k => k.awal)) {
        if (awal.year !== undefined && period !== undefined && awal.year > period.end) {
            report(IssueCodes.RoadmapYearOutsidePeriod, periodArgs(awal.year), { node: awal, property: 'year' });
        }
    }
};

/**
 * The workspace's amounts must add up to at most Rp9.007.199.254.740.991 so that every total an
 * output shows is exact. When they do not, the largest amounts are the ones left out (`auditBudgets`):
 * each is `invalid-value` on the amount itself and is left out of the model, so the model's total fits.
 */
export const checkBudgetTotal = (services: SpbeCoreServices): ValidationCheck<ast.Rencana> => (item, accept) => {
    const facts = services.spbe.WorkspaceFacts.get();
    const audit = facts.memo('budget-audit', () => auditBudgets(facts.items));
    const report = reporter(services, accept);
    for (const anggaran of item.anggaran) {
        const amount = audit.overflowing.has(anggaran) ? exactAmount(anggaran) : undefined;
        if (amount !== undefined) {
            report(IssueCodes.InvalidValue, {
                reasonId: `jumlah seluruh anggaran melebihi ${formatRupiah(MaxExactAmount, 'id')}, jumlah terbesar yang dibawa tepat oleh setiap keluaran; anggaran ini (${formatRupiah(amount, 'id')}) termasuk yang terbesar sehingga tidak dimuat — periksa angkanya`,
                reasonEn: `the total of all amounts exceeds ${formatRupiah(MaxExactAmount, 'en')}, the largest amount every output carries exactly; this amount (${formatRupiah(amount, 'en')}) is among the largest, so it is left out — check the figure`
            }, { node: anggaran, property: 'amount' });
        }
    }
};

/** How many items of a cycle a message names; the rest is counted, so that messages stay short. */
export const CycleItemsShown = 5;

/**
 * Every item on a `setelah` cycle gets the diagnostic (Tarjan's strongly connected components), the
 * cycle written from that item on. A long cycle is named by its first {@link CycleItemsShown} items
 * and its length: listing all of a 10,000-item cycle in each of its 10,000 messages took 1.8 GB.
 */
export const checkDependencyCycles = (services: SpbeCoreServices): ValidationCheck<ast.Rencana> => (item, accept) => {
    const facts = services.spbe.WorkspaceFacts.get();
    const cycles = facts.memo('setelah-cycles', () => findCycles(facts.items));
    const place = cycles.get(item);
    if (place) {
        const { members, position } = place;
        const shown = Math.min(members.length, CycleItemsShown);
        const names = Array.from({ length: shown }, (_, i) => shownName(members[(position + i) % members.length].name));
        const cycle = members.length <= CycleItemsShown ? [...names, shownName(item.name)].join(' → ') : `${names.join(' → ')} → …`;
        reporter(services, accept)(IssueCodes.RoadmapDependencyCycle, { cycle, count: members.length },
            { node: item, property: 'name' });
    }
};

function successors(item: ast.Rencana): ast.Rencana[] {
    return item.setelah.flatMap(list => list.refs.flatMap(r => r.ref ? [r.ref] : []));
}

/** An item's place on its cycle: the cycle's members in `setelah` order (shared by all of them) and its index. */
export interface CyclePlace {
    readonly members: readonly ast.Rencana[];
    readonly position: number;
}

/** Every item on a `setelah` cycle (a strongly connected component, or an item `setelah` itself), in linear time. */
export function findCycles(items: readonly ast.Rencana[]): Map<ast.Rencana, CyclePlace> {
    const index = new Map<ast.Rencana, number>();
    const low = new Map<ast.Rencana, number>();
    const onStack = new Set<ast.Rencana>();
    const stack: ast.Rencana[] = [];
    const result = new Map<ast.Rencana, CyclePlace>();
    let counter = 0;
    // Iterative Tarjan, so that a 100k-item dependency chain cannot overflow the call stack.
    for (const root of items) {
        if (index.has(root)) {
            continue;
        }
        const work: Array<{ node: ast.Rencana; next: number; succ: ast.Rencana[] }> = [];
        const open = (node: ast.Rencana) => {
            index.set(node, counter);
            low.set(node, counter++);
            stack.push(node);
            onStack.add(node);
            work.push({ node, next: 0, succ: successors(node) });
        };
        open(root);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            if (frame.next < frame.succ.length) {
                const w = frame.succ[frame.next++];
                if (!index.has(w)) {
                    open(w);
                } else if (onStack.has(w)) {
                    low.set(frame.node, Math.min(low.get(frame.node)!, index.get(w)!));
                }
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1].node;
                low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
            }
            if (low.get(frame.node) === index.get(frame.node)) {
                const component: ast.Rencana[] = [];
                let w: ast.Rencana;
                do {
                    w = stack.pop()!;
                    onStack.delete(w);
                    component.push(w);
                } while (w !== frame.node);
                const selfLoop = component.length === 1 && successors(component[0]).includes(component[0]);
                if (component.length > 1 || selfLoop) {
                    component.reverse();
                    component.forEach((member, position) => result.set(member, { members: component, position }));
                }
            }
        }
    }
    return result;
}

/** B `setelah` A is out of order when B starts before A's last year (starting in it is fine). */
export const checkDependencyOrder = (services: SpbeCoreServices): ValidationCheck<ast.RencanaRefs> => (list, accept) => {
    const item = list.$container as ast.Rencana;
    const own = itemYears(item);
    if (!own) {
        return;
    }
    list.refs.forEach((ref, index) => {
        const pred = ref.ref ? itemYears(ref.ref) : undefined;
        if (ref.ref && pred && own.start < pred.end) {
            reporter(services, accept)(IssueCodes.RoadmapDependencyOrder,
                { item: item.name, start: own.start, pred: ref.ref.name, end: pred.end }, { node: list, property: 'refs', index });
        }
    });
};

export const checkPlannedRealized = (services: SpbeCoreServices): ValidationCheck<ast.Element> => (element, accept) => {
    if (element.status[0] === 'rencana' && !(services.spbe.WorkspaceFacts.get().realizers.get(element)?.length)) {
        reporter(services, accept)(IssueCodes.PlannedElementNotRealized, { name: element.name },
            { node: element, property: 'name', data: { target: qualifiedName(element) } });
    }
};

export const checkRealizesPlanned = (services: SpbeCoreServices): ValidationCheck<ast.ElementRefs> => (list, accept) => {
    if (!ast.isRencana(list.$container) || list.$containerProperty !== 'mewujudkan') {
        return;
    }
    list.refs.forEach((ref, index) => {
        const target = ref.ref;
        const status = target?.status[0] ?? 'eksisting';
        if (target && status !== 'rencana') {
            reporter(services, accept)(IssueCodes.RealizesExistingElement, { target: qualifiedName(target), status },
                { node: list, property: 'refs', index });
        }
    });
};

export const checkMuatanCoverage = (services: SpbeCoreServices): ValidationCheck<ast.Pemda> => (pemda, accept) => {
    const facts = services.spbe.WorkspaceFacts.get();
    if (facts.pemda !== pemda) {
        return;
    }
    const covered = new Set(facts.items.flatMap(i => i.muatan));
    const report = reporter(services, accept);
    for (const muatan of Muatan) {
        if (!covered.has(muatan)) {
            report(IssueCodes.MuatanNotCovered, { muatan }, { node: pemda, property: 'name', data: { muatan } });
        }
    }
};

export const checkFunded = (services: SpbeCoreServices): ValidationCheck<ast.Rencana> => (item, accept) => {
    if (item.anggaran.length === 0) {
        reporter(services, accept)(IssueCodes.RoadmapUnfunded, { name: item.name }, { node: item, property: 'name' });
    }
};

function checkIndicatorId(report: Report, node: AstNode, framework: string, id: string): void {
    if (!findIndicator(framework, id)) {
        report(IssueCodes.IndicatorUnknown, { id: `${framework}.${id}`, framework, range: indicatorRange(framework) },
            { node, property: 'indicator' });
    }
}

export const checkIndicatorTarget = (services: SpbeCoreServices): ValidationCheck<ast.IndicatorTarget> => (entry, accept) => {
    checkIndicatorId(reporter(services, accept), entry, entry.framework, entry.indicator);
};

export const checkScore = (services: SpbeCoreServices): ValidationCheck<ast.Score> => (score, accept) => {
    checkIndicatorId(reporter(services, accept), score, score.$container.framework, score.indicator);
};
