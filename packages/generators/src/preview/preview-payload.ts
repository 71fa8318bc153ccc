import { buildDiagram, type DiagramSpec } from '../diagram/diagram-views.js';
import { layoutDiagram, type PositionedGraph } from '../diagram/elk-layout.js';
import type { DiagramGraph } from '../diagram/diagram-graph.js';
import { bandRects, containerTitle, opdColour } from '../diagram/render-svg.js';
import { edgeTooltip } from '../diagram/diagram-words.js';
import type { ElementFinding } from 'spbe-model';
import type { ElementInfo, Lifetime, SpbeModel } from 'spbe-model';
import { diagramLabel, diagramSentence, elementKindLabel, pushTo, valueLabel, type Locale } from 'spbe-model';
import type { PreviewParams, PreviewPayload } from './preview-model.js';

export const PreviewKinds = ['layanan', 'probis', 'data', 'aplikasi', 'infrastruktur', 'keamanan'] as const;

function lifetimeText(lifetime: Lifetime, locale: Locale): string | undefined {
    if (!lifetime.exists) {
        return diagramLabel('lifetime.never', locale);
    }
    if (lifetime.from === null && lifetime.to === null) {
        return diagramLabel('lifetime.whole', locale);
    }
    if (lifetime.from === null) {
        return diagramSentence('lifetimeUntil', locale, { year: lifetime.to! });
    }
    return lifetime.to === null ? diagramSentence('lifetimeSince', locale, { year: lifetime.from }) : `${lifetime.from}–${lifetime.to}`;
}

function appears(e: ElementInfo, year: number | undefined): boolean {
    return year === undefined ? e.status === 'rencana' : e.lifetime.exists && e.lifetime.from === year;
}

function retires(e: ElementInfo, year: number | undefined): boolean {
    return year === undefined ? e.status === 'dihentikan' : e.lifetime.exists && e.lifetime.to === year;
}

/**
 * The preview of a view: the same diagram and layout as `spbe export diagram`, plus what the
 * webview needs for hover, navigation, the findings overlay and its filters.
 */
export interface PreviewPayloadOptions {
    /** Element boxes a layered or gap view draws before folding (default 3000). */
    readonly collapseAbove?: number;
    /**
     * Layouts already computed, by the diagram they were computed for: a caller asking for many
     * views (the static site: each view for every year) lays out each distinct diagram once.
     */
    readonly layouts?: Map<string, Promise<PositionedGraph>>;
}

/** The layout of `diagram`, from `layouts` when an identical diagram was laid out before (titles aside). */
function layoutOnce(diagram: DiagramGraph, layouts: Map<string, Promise<PositionedGraph>> | undefined): Promise<PositionedGraph> {
    if (!layouts) {
        return layoutDiagram(diagram);
    }
    const key = JSON.stringify({ ...diagram, title: '', subtitle: '' });
    const known = layouts.get(key);
    if (known) {
        return known.then(graph => ({ ...graph, title: diagram.title, subtitle: diagram.subtitle }));
    }
    const laid = layoutDiagram(diagram);
    layouts.set(key, laid);
    return laid;
}

export async function buildPreviewPayload(model: SpbeModel, params: PreviewParams, findings: ReadonlyMap<string, readonly ElementFinding[]>, options: PreviewPayloadOptions = {}): Promise<PreviewPayload> {
    const started = performance.now();
    const spec: DiagramSpec = {
        view: params.view, opd: params.opd, year: params.year, locale: params.locale,
        // The preview pans and zooms, so it draws every element of a city-sized workspace; the static
        // site, which ships a payload per view and year, folds earlier (`options.collapseAbove`).
        collapseAbove: options.collapseAbove ?? 3000,
        only: params.opds || params.kinds ? { opds: params.opds, kinds: params.kinds } : undefined
    };
    const graph = await layoutOnce(buildDiagram(model, spec), options.layouts);
    const elements = new Map(model.elements.map(e => [e.id, e]));
    // An OPD box (the integration map) carries the findings of the OPD's elements.
    const byOpd = new Map<string, ElementFinding[]>();
    for (const [id, list] of findings) {
        const opd = elements.get(id)?.opd;
        list.forEach(f => opd && pushTo(byOpd, opd, f));
    }
    const labels = new Map(graph.nodes.map(n => [n.id, n.label]));
    const nodes = graph.nodes.map(n => {
        const e = n.elementId ? elements.get(n.elementId) : undefined;
        return {
            id: n.id, label: n.label, labelLines: n.labelLines, caption: n.caption, kind: n.kind, opd: n.opd, colour: opdColour(graph, n.opd), state: n.state,
            x: n.x, y: n.y, width: n.width, height: n.height, elementId: n.elementId,
            title: e?.title, kindLabel: elementKindLabel(n.kind, graph.locale), opdTitle: graph.opdTitles[n.opd] ?? n.opd,
            status: e?.status, statusLabel: e && valueLabel('Status', e.status, graph.locale), lifetime: e && lifetimeText(e.lifetime, graph.locale),
            appears: e ? appears(e, params.year) : false,
            retires: e ? retires(e, params.year) : false,
            findings: n.elementId ? findings.get(n.elementId) ?? [] : n.kind === 'opd' ? byOpd.get(n.opd) ?? [] : [],
            source: e?.source
        };
    });
    return {
        params,
        title: graph.title,
        subtitle: graph.subtitle,
        width: Math.max(graph.width, 640),
        height: graph.height,
        collapsed: graph.collapsed,
        bands: bandRects(graph),
        containers: (graph.containers ?? []).map(c => ({ opd: c.opd, title: containerTitle(graph, c), colour: opdColour(graph, c.opd), x: c.x, y: c.y, width: c.width, height: c.height })),
        nodes,
        edges: graph.edges.map(e => ({ id: e.id, source: e.source, target: e.target, kind: e.kind, label: e.label, tooltip: edgeTooltip(e, labels, graph.locale), points: e.points, count: e.count })),
        periode: model.pemda?.periode,
        opds: model.opds.filter(o => !o.builtin).map(o => ({ code: o.code, title: o.title ?? o.code, colour: opdColour(graph, o.code) })),
        kinds: [...PreviewKinds],
        kindLabels: Object.fromEntries(PreviewKinds.map(k => [k, elementKindLabel(k, graph.locale)])),
        buildMs: Math.round(performance.now() - started)
    };
}
