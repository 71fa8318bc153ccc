import type { ElementInfo, Locale, SpbeModel } from 'spbe-model';
import { allowErrorsNotice, diagramLabel, diagramSentence, existsInYear, gapAnalysis, term, type DiagramLabelKey } from 'spbe-model';
import { appendAll, pushTo } from 'spbe-model';
import type { DiagramEdge, DiagramGraph, DiagramNode, EdgeKind, EdgeOrigin, NodeState } from './diagram-graph.js';
import { focusIntegrationMap } from './integration-focus.js';
import { DiagramViewTitles } from 'spbe-model';
import { elementCaption, elementTooltip, opdTitles, opdWords } from './diagram-words.js';
import { CaptionFontSize } from './node-label.js';

export type DiagramViewKind = 'layered' | 'opd' | 'integrasi' | 'gap';

export interface DiagramSpec {
    readonly view: DiagramViewKind;
    /** For `opd`: the OPD shown. */
    readonly opd?: string;
    /** Show the architecture as of this year (spec §4); all elements when absent. */
    readonly year?: number;
    /** Never collapse to OPD level. */
    readonly expand?: boolean;
    /**
     * Most element boxes the layered/gap views draw (default 400, what a page can hold): above it,
     * each OPD's cell in a band keeps its best-connected elements and folds the rest into one
     * "+N elemen lainnya" box. `expand` draws every element regardless.
     */
    readonly collapseAbove?: number;
    /** Only these OPDs' and kinds' elements (the preview's filters; the national library always stays). */
    readonly only?: { readonly opds?: readonly string[]; readonly kinds?: readonly string[] };
    /** The language of titles, captions, tooltips and the legend; Indonesian when absent. */
    readonly locale?: Locale;
    /** Errors in the workspace drawn (0 or absent: none); every format's title then carries the errors notice (v2 §6). */
    readonly workspaceErrors?: number;
}

export const Bands = ['layanan', 'probis', 'data', 'aplikasi', 'infrastruktur', 'keamanan'] as const;
const bandTitle = (band: string, locale: Locale) => (Bands as readonly string[]).includes(band) ? diagramLabel(`band.${band}` as DiagramLabelKey, locale) : band;

/** Relation properties drawn as edges, per element kind; `integrasi` elements become edges themselves. */
const edgeKinds: Record<string, EdgeKind> = {
    probis: 'probis', aplikasi: 'aplikasi', data: 'data', hosting: 'hosting', terhubung: 'terhubung', induk: 'induk', objek: 'objek'
};

const reference = (element: string, property: string, target: string): EdgeOrigin => ({ kind: 'reference', element, property, target });

export function buildDiagram(fullModel: SpbeModel, spec: DiagramSpec): DiagramGraph {
    if (spec.view === 'integrasi' && spec.only) {
        // An OPD filter keeps the OPD's dependencies in both directions, so the filters apply to the map's edges.
        return focusIntegrationMap(integrationMap(fullModel, spec), spec.only);
    }
    const model = spec.only ? restrict(fullModel, spec.only) : fullModel;
    switch (spec.view) {
        case 'integrasi': return integrationMap(model, spec);
        case 'opd': return opdView(model, spec);
        case 'gap': return layered(model, spec, gapStates(model));
        default: return layered(model, spec, undefined);
    }
}

function restrict(model: SpbeModel, only: NonNullable<DiagramSpec['only']>): SpbeModel {
    const opds = only.opds && new Set(only.opds);
    const kinds = only.kinds && new Set(only.kinds);
    return {
        ...model,
        elements: model.elements.filter(e => e.builtin || ((!opds || opds.has(e.opd)) && (!kinds || kinds.has(e.kind) || e.kind === 'integrasi')))
    };
}

function title(model: SpbeModel, view: string, spec: DiagramSpec): { title: string; subtitle: string } {
    const pemda = model.pemda?.title ?? model.pemda?.name ?? '';
    const locale = spec.locale ?? 'id';
    // The OPD by its title (v2 §6); its code stays in the node ids and `data-opd` attributes.
    const opd = spec.opd === undefined ? '' : opdTitles(model, locale)[spec.opd] ?? spec.opd;
    const names: Record<string, string> = {
        layered: DiagramViewTitles.layered[locale], opd: `${DiagramViewTitles.opd[locale]} ${opd}`, integrasi: DiagramViewTitles.integrasi[locale],
        gap: `${DiagramViewTitles.gap[locale]} ${model.pemda?.periode ? `${model.pemda.periode.start} → ${model.pemda.periode.end}` : ''}`
    };
    // An `ilustrasi` workspace's diagrams say in their title that they are an example (v2 §6), so
    // every format (SVG, PNG, Mermaid, PlantUML, DOT, ArchiMate) carries it.
    const example = model.pemda?.ilustrasi ? ` — ${term('example', locale)}` : '';
    // Likewise the errors notice, the one text every document from a workspace with errors shows.
    const errors = spec.workspaceErrors ? ` — ${allowErrorsNotice(spec.workspaceErrors, locale)}` : '';
    return { title: `${names[view]}`.trim() + example + errors, subtitle: [pemda, spec.year !== undefined ? diagramSentence('asOfYear', locale, { year: spec.year }) : ''].filter(Boolean).join(' · ') };
}

function visible(model: SpbeModel, spec: DiagramSpec): ElementInfo[] {
    return model.elements.filter(e => spec.year === undefined ? e.lifetime.exists || e.status === 'rencana' : existsInYear(e.lifetime, spec.year));
}

function stateOf(e: ElementInfo): NodeState {
    return e.status === 'rencana' ? 'planned' : e.status === 'dihentikan' ? 'retired' : 'normal';
}

function elementNode(e: ElementInfo, state: NodeState, titles: Readonly<Record<string, string>>, locale: Locale): DiagramNode {
    return {
        id: e.id,
        label: e.title || e.name,
        caption: elementCaption(e, titles, locale),
        wordsCaption: elementCaption(e, titles, locale, Infinity),
        kind: e.kind,
        opd: e.opd,
        band: Bands.indexOf(e.kind as typeof Bands[number]),
        state,
        tooltip: elementTooltip(e, titles, locale),
        elementId: e.id
    };
}

function gapStates(model: SpbeModel): Map<string, NodeState> {
    const gap = gapAnalysis(model);
    const states = new Map<string, NodeState>();
    gap?.added.forEach(e => states.set(e.id, 'added'));
    gap?.retired.forEach(e => states.set(e.id, 'retired'));
    gap?.unchanged.forEach(e => states.set(e.id, 'normal'));
    return states;
}

/** The layered architecture (and the gap view, which colours it by as-is → to-be change). */
function layered(model: SpbeModel, spec: DiagramSpec, gap: Map<string, NodeState> | undefined): DiagramGraph {
    // The gap view as of a year is its as-is side (the first year) or its to-be side (the last).
    const inGap = (e: ElementInfo) => gap!.has(e.id) && (spec.year === undefined || existsInYear(e.lifetime, spec.year));
    const shown = gap
        ? model.elements.filter(e => inGap(e) && !e.builtin && e.kind !== 'integrasi')
        : visible(model, spec).filter(e => !e.builtin && e.kind !== 'integrasi');
    const byId = new Map(model.elements.map(e => [e.id, e]));
    const titles = opdTitles(model, spec.locale ?? 'id');
    const included = new Set(shown.map(e => e.id));
    const edges: DiagramEdge[] = [];
    const addEdge = (source: string, property: string, target: string) => {
        const t = byId.get(target);
        if (t && t.kind !== 'integrasi' && (included.has(target) || t.builtin)) {
            included.add(target);
            edges.push({ id: `${source}>${edgeKinds[property]}>${target}`, source, target, kind: edgeKinds[property], origin: reference(source, property, target) });
        }
    };
    for (const e of shown) {
        for (const r of e.relations) {
            if (edgeKinds[r.property] && !r.targetIsOpd) {
                addEdge(e.id, r.property, r.target);
            }
        }
    }
    for (const i of (gap ? model.elements.filter(inGap) : visible(model, spec)).filter(e => e.kind === 'integrasi')) {
        const from = i.relations.find(r => r.property === 'dari')?.target;
        const to = i.relations.find(r => r.property === 'ke')?.target;
        const via = i.relations.some(r => r.property === 'via');
        if (from && to && included.has(from) && (included.has(to) || byId.get(to)?.builtin)) {
            included.add(to);
            edges.push({ id: `${i.id}`, source: from, target: to, kind: via ? 'integrasi-splp' : 'integrasi-direct', label: i.title || i.name, origin: { kind: 'integrasi', element: i.id } });
        }
    }
    const nodes = [...included].map(id => byId.get(id)!).filter(e => Bands.includes(e.kind as typeof Bands[number]))
        .map(e => elementNode(e, gap ? gap.get(e.id) ?? 'normal' : stateOf(e), titles, spec.locale ?? 'id'));
    const graph = finish(model, spec.view, spec, nodes, edges);
    const limit = spec.collapseAbove ?? DefaultPageLimit;
    return !spec.expand && nodes.length > limit ? fold(graph, limit) : graph;
}

/** One OPD with its elements; its direct neighbours in other OPDs are drawn greyed. */
function opdView(model: SpbeModel, spec: DiagramSpec): DiagramGraph {
    const own = visible(model, spec).filter(e => e.opd === spec.opd && e.kind !== 'integrasi');
    const byId = new Map(model.elements.map(e => [e.id, e]));
    const titles = opdTitles(model, spec.locale ?? 'id');
    const nodes = new Map(own.map(e => [e.id, elementNode(e, stateOf(e), titles, spec.locale ?? 'id')]));
    const edges: DiagramEdge[] = [];
    const link = (source: string, property: string, target: string) => {
        const t = byId.get(target);
        if (!t || !Bands.includes(t.kind as typeof Bands[number])) {
            return;
        }
        if (!nodes.has(target)) {
            nodes.set(target, { ...elementNode(t, 'neighbour', titles, spec.locale ?? 'id'), state: 'neighbour' });
        }
        edges.push({ id: `${source}>${edgeKinds[property]}>${target}`, source, target, kind: edgeKinds[property], origin: reference(source, property, target) });
    };
    for (const e of own) {
        e.relations.filter(r => edgeKinds[r.property] && !r.targetIsOpd).forEach(r => link(e.id, r.property, r.target));
    }
    for (const e of visible(model, spec)) {
        if (e.opd !== spec.opd && e.kind !== 'integrasi') {
            for (const r of e.relations) {
                if (edgeKinds[r.property] && nodes.has(r.target) && byId.get(r.target)?.opd === spec.opd) {
                    nodes.set(e.id, { ...elementNode(e, 'neighbour', titles, spec.locale ?? 'id'), state: 'neighbour' });
                    edges.push({ id: `${e.id}>${r.property}>${r.target}`, source: e.id, target: r.target, kind: edgeKinds[r.property], origin: reference(e.id, r.property, r.target) });
                }
            }
        }
        if (e.kind === 'integrasi') {
            const from = e.relations.find(r => r.property === 'dari')?.target;
            const to = e.relations.find(r => r.property === 'ke')?.target;
            if (from && to && (byId.get(from)?.opd === spec.opd || byId.get(to)?.opd === spec.opd)) {
                for (const end of [from, to]) {
                    const t = byId.get(end);
                    if (t && !nodes.has(end)) {
                        nodes.set(end, { ...elementNode(t, 'neighbour', titles, spec.locale ?? 'id'), state: 'neighbour' });
                    }
                }
                edges.push({ id: e.id, source: from, target: to, kind: e.relations.some(r => r.property === 'via') ? 'integrasi-splp' : 'integrasi-direct', label: e.title || e.name, origin: { kind: 'integrasi', element: e.id } });
            }
        }
    }
    return finish(model, 'opd', spec, [...nodes.values()], edges);
}

/** OPDs as nodes; edges for data use, application use and integrasi between OPDs, with counts. */
function integrationMap(model: SpbeModel, spec: DiagramSpec): DiagramGraph {
    const elements = visible(model, spec);
    const byId = new Map(model.elements.map(e => [e.id, e]));
    const counts = new Map<string, { source: string; target: string; kind: EdgeKind; n: number }>();
    const add = (source: string, target: string, kind: EdgeKind) => {
        if (source === target) {
            return;
        }
        const key = `${source}>${kind}>${target}`;
        const entry = counts.get(key) ?? { source, target, kind, n: 0 };
        entry.n++;
        counts.set(key, entry);
    };
    for (const e of elements) {
        for (const r of e.relations) {
            const t = byId.get(r.target);
            if (!t || r.targetIsOpd) {
                continue;
            }
            if (e.kind === 'integrasi') {
                continue;
            }
            if (t.kind === 'data' && r.property === 'data') {
                add(e.opd, t.opd, 'data-use');
            } else if (t.kind === 'aplikasi' && e.kind === 'layanan') {
                add(e.opd, t.opd, 'app-use');
            }
        }
        if (e.kind === 'integrasi') {
            const from = byId.get(e.relations.find(r => r.property === 'dari')?.target ?? '');
            const to = byId.get(e.relations.find(r => r.property === 'ke')?.target ?? '');
            if (from && to) {
                add(from.opd, to.opd, e.relations.some(r => r.property === 'via') ? 'integrasi-splp' : 'integrasi-direct');
            }
        }
    }
    const involved = new Set([...counts.values()].flatMap(c => [c.source, c.target]));
    const national = diagramLabel('nationalLibrary', spec.locale ?? 'id');
    const nodes: DiagramNode[] = model.opds.filter(o => involved.has(o.code) || !o.builtin).map(o => ({
        // Words only: the label is the title; the code stays the node's id (v2 §6).
        id: o.code, label: o.title || o.code, caption: o.builtin ? national : 'OPD', kind: 'opd', opd: o.code,
        state: 'normal' as NodeState, tooltip: `${o.title || o.code} — ${o.builtin ? national : 'OPD'}`
    }));
    const edges = [...counts.entries()].map(([key, c]) => ({ id: key, source: c.source, target: c.target, kind: c.kind, label: c.n > 1 ? `${c.n}` : undefined }));
    return finish(model, 'integrasi', spec, nodes, edges);
}

/** Element boxes a layered page holds before its OPD cells fold (see `DiagramSpec.collapseAbove`). */
export const DefaultPageLimit = 400;
/** A cell never shows fewer elements than this before its "+N elemen lainnya" box. */
const minimumPerCell = 2;
/** A folded box's caption shows its OPD's title up to this width (px), else its code. */
const groupCaptionWidth = 230;

/**
 * Folds a layered view that exceeds `limit` element boxes: every OPD cell (OPD × band) keeps at
 * most `perCell - 1` elements, its best-connected ones, and one "+N elemen lainnya" box (kind
 * `group`, id `OPD:band`) stands for the rest. Edges to folded elements go to that box and merge,
 * labelled with their count. A cell is folded only when it holds more than `perCell` elements,
 * so no box ever stands for a single element.
 */
function fold(graph: DiagramGraph, limit: number): DiagramGraph {
    const groupCaption = (opd: string, band: string) => opdWords(graph.opdTitles, opd, groupCaptionWidth, CaptionFontSize, o => `${o} · ${band}`);
    const cells = new Map<string, DiagramNode[]>();
    for (const n of graph.nodes) {
        pushTo(cells, `${n.opd}:${n.band}`, n);
    }
    const perCell = Math.max(minimumPerCell + 1, Math.floor(limit / cells.size));
    const degree = new Map<string, number>();
    for (const e of graph.edges) {
        degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
        degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    const target = new Map<string, string>();
    const nodes: DiagramNode[] = [];
    for (const [key, list] of cells) {
        if (list.length <= perCell) {
            appendAll(nodes, list);
            continue;
        }
        const ranked = [...list].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id));
        const kept = ranked.slice(0, perCell - 1);
        const rest = ranked.slice(perCell - 1);
        appendAll(nodes, kept);
        rest.forEach(n => target.set(n.id, key));
        const band = list[0].band ?? 0;
        nodes.push({
            id: key, label: diagramSentence('moreElements', graph.locale, { count: rest.length }), caption: groupCaption(list[0].opd, bandTitle(Bands[band], graph.locale)),
            wordsCaption: `${graph.opdTitles[list[0].opd] ?? list[0].opd} · ${bandTitle(Bands[band], graph.locale)}`, kind: 'group', opd: list[0].opd,
            band, state: 'normal', tooltip: rest.slice(0, 30).map(n => n.label).join(', ') + (rest.length > 30 ? ', …' : '')
        });
    }
    const edges = new Map<string, DiagramEdge & { n: number }>();
    for (const e of graph.edges) {
        const source = target.get(e.source) ?? e.source;
        const to = target.get(e.target) ?? e.target;
        if (source === e.source && to === e.target) {
            edges.set(e.id, { ...e, n: 1 });
            continue;
        }
        if (source === to) {
            continue;
        }
        const key = `${source}>${e.kind}>${to}`;
        edges.set(key, { id: key, source, target: to, kind: e.kind, n: (edges.get(key)?.n ?? 0) + 1 });
    }
    const merged = [...edges.values()].map(({ n, ...e }) => (e.origin || n < 2 ? e : { ...e, label: String(n) }));
    const sorted = nodes.sort((a, b) => (a.band ?? 0) - (b.band ?? 0) || a.id.localeCompare(b.id));
    return { ...graph, nodes: sorted, edges: merged.sort((a, b) => a.id.localeCompare(b.id)), collapsed: true };
}

function finish(model: SpbeModel, view: string, spec: DiagramSpec, nodes: DiagramNode[], edges: DiagramEdge[]): DiagramGraph {
    const sortedNodes = [...nodes].sort((a, b) => (a.band ?? 0) - (b.band ?? 0) || a.id.localeCompare(b.id));
    const ids = new Set(sortedNodes.map(n => n.id));
    const unique = new Map(edges.filter(e => ids.has(e.source) && ids.has(e.target)).map(e => [e.id, e]));
    const opds = [...new Set([...model.opds.map(o => o.code).filter(c => c !== 'nasional'), 'nasional'])];
    return {
        ...title(model, view, spec),
        view,
        nodes: sortedNodes,
        edges: [...unique.values()].sort((a, b) => a.id.localeCompare(b.id)),
        bands: view === 'integrasi' ? [] : Bands.map(b => bandTitle(b, spec.locale ?? 'id')),
        opds,
        opdTitles: opdTitles(model, spec.locale ?? 'id'),
        collapsed: false,
        locale: spec.locale ?? 'id'
    };
}
