import type { DiagramEdge, DiagramGraph, DiagramNode } from './diagram-graph.js';
import type { PositionedEdge, PositionedNode } from './elk-layout.js';
import { nodeLabel, type LabelMedium, type NodeLabel } from './node-label.js';
import { diagramLabel, diagramSentence, maxOf, pushTo } from 'spbe-model';

/** An OPD's cell in one band: the container its elements of that band are drawn in (px). */
export interface ContainerRect {
    readonly opd: string;
    readonly band: number;
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
}

/** One band's row in one block of OPD columns (px). */
export interface BandRow {
    readonly index: number;
    readonly label: string;
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
}

export interface LayeredLayout {
    readonly nodes: PositionedNode[];
    readonly edges: PositionedEdge[];
    readonly containers: ContainerRect[];
    readonly bandRows: BandRow[];
    readonly width: number;
    readonly height: number;
}

/** The row under the domain bands that sums up each OPD's references to and from other OPDs. */
export const CrossOpdBand = 6;

const labelColumn = 160;
const maxBlockWidth = 2400;
const cellPadding = 8;
const cellHeader = 22;
const nodeGap = 8;
const rowGap = 14;
const blockGap = 36;
const laneStep = 6;

/**
 * The layered view as a matrix: one column per OPD (wrapped into blocks of columns so that a page
 * stays at most ~2,400 px wide), one row per band; each OPD's elements of a band sit in a container
 * in that cell, stacked. References inside an OPD run through a gutter right of its column, one
 * vertical trunk per pair of cells (a bundle, its count beside it). References across OPDs are not
 * drawn as lines, which across 38 columns only cross each other: a last row sums them per OPD
 * ("memakai Dinas Komunikasi dan Informatika (5) — dipakai oleh Dinas Sosial (2)"), the integration map draws them. Deterministic.
 */
export function layoutLayered(graph: DiagramGraph, medium: LabelMedium = 'screen'): LayeredLayout {
    const crossNodes = crossOpdSummaries(graph);
    const all = [...graph.nodes, ...crossNodes];
    const sizes = new Map<string, NodeLabel>(all.map(n => [n.id, nodeLabel(n.label, n.caption, medium)]));
    const byId = new Map(all.map(n => [n.id, n]));
    const columns = [...new Set([...graph.opds, ...all.map(n => n.opd)])].filter(o => all.some(n => n.opd === o));
    const cells = new Map<string, DiagramNode[]>();
    // A cell lists its elements first and its "+N elemen lainnya" box last.
    for (const n of [...all.filter(n => n.kind !== 'group'), ...all.filter(n => n.kind === 'group')]) {
        pushTo(cells, `${n.opd}:${n.band ?? 0}`, n);
    }
    // Bundles: the references between two cells of one OPD share a lane of that OPD's gutter.
    const bundles = new Map<string, DiagramEdge[]>();
    const lanesOf = new Map<string, string[]>();
    for (const e of graph.edges) {
        const s = byId.get(e.source);
        const t = byId.get(e.target);
        if (!s || !t || s.opd !== t.opd) {
            continue;
        }
        const key = `${s.opd}:${s.band}>${t.band}`;
        if (!bundles.has(key)) {
            pushTo(lanesOf, s.opd, key);
        }
        pushTo(bundles, key, e);
    }
    const inner = (opd: string) => Math.max(120, maxOf(all.filter(n => n.opd === opd).map(n => sizes.get(n.id)!.width)));
    const cellWidth = new Map(columns.map(o => [o, inner(o) + 2 * cellPadding]));
    const gutter = (opd: string) => 14 + laneStep * (lanesOf.get(opd)?.length ?? 0);
    // Columns wrap into blocks no wider than `maxBlockWidth`.
    const blocks: string[][] = [[]];
    let used = 0;
    for (const opd of columns) {
        const w = cellWidth.get(opd)! + gutter(opd);
        if (used + w > maxBlockWidth && blocks[blocks.length - 1].length > 0) {
            blocks.push([]);
            used = 0;
        }
        blocks[blocks.length - 1].push(opd);
        used += w;
    }
    const cellHeight = (list: readonly DiagramNode[]) =>
        cellHeader + list.reduce((sum, n) => sum + sizes.get(n.id)!.height, 0) + nodeGap * (list.length - 1) + cellPadding;
    const nodes: PositionedNode[] = [];
    const containers: ContainerRect[] = [];
    const bandRows: BandRow[] = [];
    const columnX = new Map<string, number>();
    const bandTitle = (b: number) => b === CrossOpdBand ? diagramLabel('crossOpd.band', graph.locale) : graph.bands[b] ?? '';
    let width = 640;
    let y = 16;
    for (const block of blocks) {
        let x = labelColumn;
        for (const opd of block) {
            columnX.set(opd, x);
            x += cellWidth.get(opd)! + gutter(opd);
        }
        const blockWidth = x + 8;
        width = Math.max(width, blockWidth);
        const bands = [...new Set(block.flatMap(o => all.filter(n => n.opd === o).map(n => n.band ?? 0)))].sort((a, b) => a - b);
        for (const band of bands) {
            const height = maxOf(block.map(o => cells.get(`${o}:${band}`)).filter((l): l is DiagramNode[] => !!l).map(cellHeight));
            bandRows.push({ index: band, label: bandTitle(band), x: 8, y: y - rowGap / 2, width: blockWidth - 16, height: height + rowGap });
            for (const opd of block) {
                const list = cells.get(`${opd}:${band}`);
                if (!list) {
                    continue;
                }
                const cx = columnX.get(opd)!;
                containers.push({ opd, band, x: cx, y, width: cellWidth.get(opd)!, height: cellHeight(list) });
                let ny = y + cellHeader;
                for (const n of list) {
                    const size = sizes.get(n.id)!;
                    nodes.push({ ...n, x: cx + cellPadding, y: ny, width: size.width, height: size.height, labelLines: size.lines });
                    ny += size.height + nodeGap;
                }
            }
            y += height + rowGap;
        }
        y += blockGap;
    }
    const placed = new Map(nodes.map(n => [n.id, n]));
    const edges: PositionedEdge[] = [];
    for (const [opd, keys] of lanesOf) {
        keys.forEach((key, lane) => {
            const laneX = columnX.get(opd)! + cellWidth.get(opd)! + 8 + lane * laneStep;
            const members = bundles.get(key)!;
            const count = members.reduce((sum, e) => sum + (e.label && /^\d+$/.test(e.label) ? Number(e.label) : 1), 0);
            members.forEach((e, i) => {
                const s = placed.get(e.source)!;
                const t = placed.get(e.target)!;
                // Leave and enter on the right, a little off centre so that an element's own
                // outgoing and incoming references stay apart.
                const sy = s.y + s.height / 2 - 4;
                const ty = t.y + t.height / 2 + 4;
                edges.push({ ...e, points: [[s.x + s.width, sy], [laneX, sy], [laneX, ty], [t.x + t.width, ty]], count: i === 0 && count > 1 ? count : undefined });
            });
        });
    }
    return { nodes, edges, containers, bandRows, width, height: y - blockGap + 8 };
}

/**
 * One node per OPD (band `CrossOpdBand`) naming the OPDs its elements use and those that use them,
 * with the number of references; the tooltip lists them. Nothing for an OPD without such references.
 */
function crossOpdSummaries(graph: DiagramGraph): DiagramNode[] {
    const opdOf = new Map(graph.nodes.map(n => [n.id, n.opd]));
    // The tooltip names elements by their labels; the box names OPDs by their titles (v2 §6), wrapped like any label.
    const opdName = (opd: string) => graph.opdTitles[opd] ?? opd;
    const labels = new Map(graph.nodes.map(n => [n.id, n.label]));
    const pair = (e: DiagramEdge) => `${labels.get(e.source) ?? e.source} → ${labels.get(e.target) ?? e.target}`;
    const uses = new Map<string, Map<string, number>>();
    const usedBy = new Map<string, Map<string, number>>();
    const pairs = new Map<string, string[]>();
    const bump = (map: Map<string, Map<string, number>>, a: string, b: string, n: number) => {
        const inner = map.get(a) ?? new Map<string, number>();
        inner.set(b, (inner.get(b) ?? 0) + n);
        map.set(a, inner);
    };
    for (const e of graph.edges) {
        const s = opdOf.get(e.source);
        const t = opdOf.get(e.target);
        if (!s || !t || s === t) {
            continue;
        }
        const n = e.label && /^\d+$/.test(e.label) ? Number(e.label) : 1;
        bump(uses, s, t, n);
        bump(usedBy, t, s, n);
        pushTo(pairs, s, pair(e));
        pushTo(pairs, t, pair(e));
    }
    // The three OPDs with the most references by name, the others counted: the node stays a box, not a list.
    const list = (m?: Map<string, number>) => {
        const sorted = [...(m ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        const named = sorted.slice(0, 3).map(([o, n]) => `${opdName(o)} (${n})`);
        return [...named, ...(sorted.length > 3 ? [diagramSentence('crossOpdMore', graph.locale, { count: sorted.length - 3 })] : [])].join(' · ');
    };
    return [...new Set([...uses.keys(), ...usedBy.keys()])].sort().map(opd => {
        const parts = [uses.has(opd) ? diagramSentence('crossOpdUses', graph.locale, { opds: list(uses.get(opd)) }) : '',
            usedBy.has(opd) ? diagramSentence('crossOpdUsedBy', graph.locale, { opds: list(usedBy.get(opd)) }) : ''].filter(Boolean);
        const refs = pairs.get(opd) ?? [];
        return {
            id: `${opd}:lintas`, label: parts.join(' — '), caption: diagramLabel('crossOpd.caption', graph.locale), kind: 'lintas', opd, band: CrossOpdBand, state: 'normal' as const,
            tooltip: refs.slice(0, 30).join('\n') + (refs.length > 30 ? `\n… ${diagramSentence('crossOpdCount', graph.locale, { count: refs.length })}` : '')
        };
    });
}
