import type { ELK as ElkInstance, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';

/** elkjs (1.5 MB) is loaded on first layout; it is CommonJS, so its default may sit under `.default`. */
async function loadElk(): Promise<new () => ElkInstance> {
    const module = (await import('elkjs/lib/elk.bundled.js')) as unknown as { default: unknown };
    const candidate = module.default as { default?: unknown };
    return (candidate.default ?? candidate) as new () => ElkInstance;
}
import type { DiagramEdge, DiagramGraph, DiagramNode } from './diagram-graph.js';
import { maxOf, pushTo } from 'spbe-model';
import { nodeLabel, type LabelMedium, type NodeLabel } from './node-label.js';
import { layoutLayered, type BandRow, type ContainerRect } from './layered-layout.js';

export interface PositionedNode extends DiagramNode {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    /** The label wrapped on words, one entry per line (see `nodeLabel`). */
    readonly labelLines: readonly string[];
}

export interface PositionedEdge extends DiagramEdge {
    readonly points: ReadonlyArray<readonly [number, number]>;
    /** On one edge of a bundle of references (layered views): the bundle's size, drawn beside it. */
    readonly count?: number;
}

export interface PositionedGraph extends Omit<DiagramGraph, 'nodes' | 'edges'> {
    readonly nodes: readonly PositionedNode[];
    readonly edges: readonly PositionedEdge[];
    readonly width: number;
    readonly height: number;
    /** Layered and gap views: each OPD's container per band, and the band rows of each block of OPDs. */
    readonly containers?: readonly ContainerRect[];
    readonly bandRows?: readonly BandRow[];
}

/**
 * Lays the graph out with ELK's layered algorithm: top to bottom, orthogonal edges, one partition
 * per band so that layanan, proses bisnis, data, aplikasi and infrastruktur stay in that order.
 * The keamanan side band is placed to the right afterwards. A dense map without bands (more than
 * 150 OPD-level edges) is placed force-directed instead, with straight edges. Same input, same output.
 */
export async function layoutDiagram(graph: DiagramGraph, medium: LabelMedium = 'screen'): Promise<PositionedGraph> {
    if (graph.view === 'layered' || graph.view === 'gap') {
        // OPD columns × band rows, laid out directly (layered-layout.ts): no ELK needed.
        return { ...graph, ...layoutLayered(graph, medium) };
    }
    // Every node's real size (its label wrapped on words) goes to ELK, so that rows and spacing fit it.
    const labels = new Map<string, NodeLabel>(graph.nodes.map(n => [n.id, nodeLabel(n.label, n.caption, medium)]));
    const size = (n: DiagramNode) => labels.get(n.id)!;
    const side = graph.nodes.filter(n => n.band === 5);
    const main = graph.nodes.filter(n => n.band !== 5);
    const mainIds = new Set(main.map(n => n.id));
    const banded = graph.bands.length > 0;
    // Banded views take only the node order from ELK (edges are routed afterwards), so ELK gets one
    // edge per node pair and a light crossing minimisation: a city-sized view lays out in well
    // under a second instead of many.
    const pairs = new Map<string, ElkExtendedEdge>();
    for (const e of graph.edges) {
        if (mainIds.has(e.source) && mainIds.has(e.target)) {
            const key = banded ? `${e.source}>${e.target}` : e.id;
            if (!pairs.has(key)) {
                pairs.set(key, { id: e.id, sources: [e.source], targets: [e.target] });
            }
        }
    }
    // A dense map (a city's OPDs all exchanging data) is no layered graph: ELK's layered algorithm
    // stretches its long edges over dozens of layers (20,000 px wide, 6 s for 37 OPDs and 1,147 edges).
    // A force-directed placement draws it as a readable web, non-overlapping at this node spacing, in
    // a quarter of a second; the edges are straight lines between the OPDs.
    const dense = pairs.size > 150;
    const web = dense && !banded;
    const layered: Record<string, string> = {
        'elk.algorithm': 'layered',
        'elk.direction': banded ? 'DOWN' : 'RIGHT',
        'elk.edgeRouting': banded || dense ? 'POLYLINE' : 'ORTHOGONAL',
        'elk.layered.thoroughness': banded || dense ? '1' : '7',
        'elk.partitioning.activate': graph.bands.length > 0 ? 'true' : 'false',
        'elk.spacing.nodeNode': '24',
        'elk.layered.spacing.nodeNodeBetweenLayers': '56',
        'elk.layered.spacing.edgeNodeBetweenLayers': '16',
        // Banded views keep only the order ELK finds, so its costly x placement is not needed there.
        'elk.layered.nodePlacement.strategy': banded || dense ? 'SIMPLE' : 'NETWORK_SIMPLEX'
    };
    const root: ElkNode = {
        id: 'root',
        layoutOptions: {
            ...(web ? { 'elk.algorithm': 'force', 'elk.spacing.nodeNode': String(WebSpacing) } : layered),
            'elk.randomSeed': '1',
            'elk.padding': '[top=24,left=150,bottom=24,right=24]'
        },
        children: main.map(n => ({
            id: n.id, width: size(n).width, height: size(n).height,
            layoutOptions: (n.band !== undefined ? { 'elk.partitioning.partition': String(n.band) } : {}) as Record<string, string>
        })),
        edges: [...pairs.values()]
    };
    // Dense or very large banded graphs (a 5,000-element workspace, or its collapsed form where every
    // OPD talks to every other) gain nothing from crossing minimisation but cost seconds and
    // gigabytes; they are ordered by OPD instead, which is also how a reader scans them.
    const useElk = !banded || (main.length <= 400 && pairs.size <= 600);
    const laid: ElkNode = useElk ? await new (await loadElk())().layout(root)
        : { id: 'root', children: main.map((n, i) => ({ id: n.id, x: i, y: 0, width: size(n).width, height: size(n).height })), edges: [] };
    const position = new Map((laid.children ?? []).map((c: ElkNode) => [c.id, c]));
    let nodes: PositionedNode[] = main.map(n => {
        const p = position.get(n.id)!;
        return { ...n, x: p.x ?? 0, y: p.y ?? 0, width: size(n).width, height: size(n).height, labelLines: size(n).lines };
    });
    const edgeById = new Map(graph.edges.map(e => [e.id, e]));
    const edges: PositionedEdge[] = (laid.edges ?? []).map(e => {
        const source = edgeById.get(e.id)!;
        const section = (e as ElkExtendedEdge).sections?.[0];
        const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(p => [p.x, p.y] as const) : [];
        return { ...source, points };
    });
    const rows = banded ? placeBands(nodes, graph) : undefined;
    if (rows) {
        nodes = rows.nodes;
        edges.splice(0, edges.length, ...rows.edges);
    }
    let width = rows?.width ?? laid.width ?? 400;
    const height = rows?.height ?? laid.height ?? 300;
    // Keamanan as a side band: a column right of the diagram, each record next to what it covers.
    if (side.length > 0) {
        const x = width + 60;
        let nextFree = 24;
        const byId = new Map(nodes.map(n => [n.id, n]));
        for (const n of side) {
            const targets = graph.edges.filter(e => e.source === n.id).map(e => byId.get(e.target)).filter((t): t is PositionedNode => !!t);
            const wanted = targets.length ? targets.reduce((sum, t) => sum + t.y, 0) / targets.length : nextFree;
            const y = Math.max(nextFree, wanted);
            const { width: w, height: h, lines } = size(n);
            nodes.push({ ...n, x, y, width: w, height: h, labelLines: lines });
            nextFree = y + h + 16;
            for (const t of targets) {
                const e = graph.edges.find(x => x.source === n.id && x.target === t.id)!; // side band: a handful of records
                edges.push({ ...e, points: [[x, y + h / 2], [t.x + t.width, t.y + t.height / 2]] });
            }
        }
        width = x + maxOf(side.map(n => size(n).width)) + 24;
    }
    return { ...graph, nodes, edges, width, height: Math.max(height, maxOf(nodes.map(n => n.y + n.height + 24))) };
}

/** Node spacing (px) of a dense integration map's force layout: at 80 no two OPD boxes overlap. */
const WebSpacing = 80;

const left = 160;
const gapX = 24;
const rowGap = 40;
const bandGap = 56;

/**
 * Banded views: ELK's crossing minimisation decides the order of the nodes in each band (their x);
 * the bands are then laid out as rows, top to bottom in band order, each wrapped after `perRow`
 * nodes so that a city's 37 OPDs stay readable, and edges are routed orthogonally through the
 * gaps between rows. Deterministic: it depends only on ELK's (seeded) result.
 */
function placeBands(laid: readonly PositionedNode[], graph: DiagramGraph): { nodes: PositionedNode[]; edges: PositionedEdge[]; width: number; height: number } {
    const byBand = new Map<number, PositionedNode[]>();
    for (const n of laid) {
        pushTo(byBand, n.band ?? 0, n);
    }
    const widest = Math.max(0, ...[...byBand.values()].map(list => list.length));
    const perRow = Math.max(6, Math.ceil(Math.sqrt(widest * 2.5)));
    const rows: PositionedNode[][] = [];
    const rowOfBand: number[] = [];
    for (const band of [...byBand.keys()].sort((a, b) => a - b)) {
        const ordered = [...byBand.get(band)!].sort((a, b) => a.x - b.x || a.opd.localeCompare(b.opd) || a.id.localeCompare(b.id));
        for (let i = 0; i < ordered.length; i += perRow) {
            rows.push(ordered.slice(i, i + perRow));
            rowOfBand.push(band);
        }
    }
    const rowWidths = rows.map(r => r.reduce((sum, n) => sum + n.width, 0) + gapX * (r.length - 1));
    const width = left + Math.max(400, ...rowWidths) + 24;
    const placed = new Map<string, PositionedNode>();
    const rowTop: number[] = [];
    const rowBottom: number[] = [];
    let y = 24;
    rows.forEach((row, i) => {
        if (i > 0) {
            y += rowOfBand[i] !== rowOfBand[i - 1] ? bandGap : rowGap;
        }
        rowTop.push(y);
        let x = left + (width - left - 24 - rowWidths[i]) / 2;
        for (const n of row) {
            placed.set(n.id, { ...n, x, y });
            x += n.width + gapX;
        }
        y += maxOf(row.map(n => n.height));
        rowBottom.push(y);
    });
    const rowIndex = new Map<string, number>();
    rows.forEach((row, i) => row.forEach(n => rowIndex.set(n.id, i)));
    const edges: PositionedEdge[] = [];
    const lanes = new Map<string, number>();
    for (const e of graph.edges) {
        const s = placed.get(e.source);
        const t = placed.get(e.target);
        if (!s || !t) {
            continue;
        }
        const down = rowIndex.get(e.target)! >= rowIndex.get(e.source)!;
        const sameRow = rowIndex.get(e.target) === rowIndex.get(e.source);
        const sx = s.x + s.width / 2;
        const tx = t.x + t.width / 2;
        const sy = down ? s.y + s.height : s.y;
        // Within one row the edge runs through the gap below it and enters its target from below.
        const ty = down && !sameRow ? t.y : t.y + t.height;
        // The horizontal run uses the gap just below (or above) the source's row, in a lane of its own;
        // measured from the row's edge, since a row's nodes differ in height.
        const row = rowIndex.get(e.source)!;
        const gapKey = `${row}:${down ? 'below' : 'above'}`;
        const lane = lanes.get(gapKey) ?? 0;
        lanes.set(gapKey, lane + 1);
        const offset = 6 + (lane % 6) * 5;
        const channel = down ? rowBottom[row] + offset : rowTop[row] - offset;
        const points: Array<readonly [number, number]> = Math.abs(sx - tx) < 1
            ? [[sx, sy], [tx, ty]]
            : [[sx, sy], [sx, channel], [tx, channel], [tx, ty]];
        edges.push({ ...e, points });
    }
    return { nodes: laid.map(n => placed.get(n.id)!), edges, width, height: y + 24 };
}
