import { escapeXml as x } from '../output/escape.js';
import type { PositionedGraph, PositionedNode } from './elk-layout.js';
import type { BandRow } from './layered-layout.js';
import { CaptionBaseline, CaptionFontSize, LabelBaseline, LabelLineHeight, textWidth, wrapText } from './node-label.js';
import { diagramLabel, maxOf, minOf, type DiagramLabelKey, type Locale } from 'spbe-model';
import { edgeKindWords, edgeTooltip, opdWords } from './diagram-words.js';

/** Legend columns are at least this wide (px), and widen up to the widest for the longest entry. */
const legendColumn = 200;
const widestLegendColumn = 360;
/** Line spacing (px) of a wrapped legend entry. */
const legendLine = 13;
/** Room an entry's text leaves for its swatch (px). */
const swatch = 30;

/** Twelve colours distinguishable for common colour-vision deficiencies (Okabe–Ito plus Tol's muted). */
export const OpdPalette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#882255', '#117733',
    '#332288', '#AA4499', '#44AA99', '#999933'];

export function opdColour(graph: { opds: readonly string[] }, opd: string): string {
    return opd === 'nasional' ? '#6E7781' : OpdPalette[Math.max(0, graph.opds.indexOf(opd)) % OpdPalette.length];
}

const edgeStrokes: Record<string, { stroke: string; dash?: string; width: number }> = {
    probis: { stroke: '#57606a', width: 1.2 },
    aplikasi: { stroke: '#57606a', width: 1.2 },
    data: { stroke: '#0072B2', width: 1.2, dash: '4 3' },
    hosting: { stroke: '#8C6D1F', width: 1.2 },
    terhubung: { stroke: '#8C6D1F', width: 1, dash: '2 2' },
    induk: { stroke: '#57606a', width: 1, dash: '6 3' },
    objek: { stroke: '#D55E00', width: 1, dash: '3 3' },
    integrasi: { stroke: '#009E73', width: 2 },
    'integrasi-splp': { stroke: '#009E73', width: 2 },
    'integrasi-direct': { stroke: '#C00000', width: 2, dash: '6 3' },
    'data-use': { stroke: '#0072B2', width: 1.5, dash: '4 3' },
    'app-use': { stroke: '#57606a', width: 1.5 }
};
const edgeStyle = (kind: string) => edgeStrokes[kind] ?? edgeStrokes.aplikasi;

const stateStyle: Record<string, { fill: string; stroke: string; dash?: string; opacity: number }> = {
    normal: { fill: '#ffffff', stroke: '#1f2328', opacity: 1 },
    planned: { fill: '#ffffff', stroke: '#1f2328', dash: '5 3', opacity: 1 },
    added: { fill: '#e6f4ea', stroke: '#117733', opacity: 1 },
    retired: { fill: '#f6f8fa', stroke: '#C00000', dash: '4 2', opacity: 0.75 },
    neighbour: { fill: '#f6f8fa', stroke: '#8c959f', opacity: 0.7 }
};

/** A node state in the legend's words (`rencana`, `planned`). */
const stateWords = (state: string, locale: Locale) => Object.hasOwn(stateStyle, state) ? diagramLabel(`state.${state}` as DiagramLabelKey, locale) : state;

export interface BandRect extends BandRow {
    /** The keamanan band, drawn at the right beside the others. */
    readonly side: boolean;
}

/**
 * The band backgrounds of a layered view: each band spans its nodes' vertical extent at full width,
 * the keamanan band the full height at the right. Shared by the SVG export and the live preview.
 */
export function bandRects(graph: PositionedGraph): BandRect[] {
    if (graph.bandRows) {
        return graph.bandRows.map(r => ({ ...r, side: false }));
    }
    const rects: BandRect[] = [];
    graph.bands.forEach((label, index) => {
        const members = graph.nodes.filter(n => n.band === index && index < 5);
        if (members.length === 0) {
            return;
        }
        const y1 = minOf(members.map(n => n.y)) - 12;
        const y2 = maxOf(members.map(n => n.y + n.height)) + 12;
        rects.push({ index, label, x: 8, y: y1, width: Math.max(0, graph.width - 16), height: y2 - y1, side: false });
    });
    const side = graph.nodes.filter(n => n.band === 5);
    if (side.length > 0) {
        const x1 = minOf(side.map(n => n.x)) - 12;
        const width = Math.max(graph.width, 640);
        rects.push({ index: 5, label: graph.bands[5] ?? diagramLabel('band.keamanan', graph.locale), x: x1, y: 4, width: width - x1 - 8, height: graph.height - 8, side: true });
    }
    return rects;
}

/**
 * Standalone SVG of a positioned diagram: title, band backgrounds, nodes coloured by OPD, edges
 * styled by kind, a tooltip (<title>) on every node and edge, and a legend. Text is escaped and
 * uses the bundled DejaVu Sans so that the PNG renders the same everywhere.
 */
export function renderSvg(graph: PositionedGraph): string {
    const top = 64;
    const width = Math.max(graph.width, 640);
    const key = legend(graph, top + graph.height + 12, width);
    const height = top + graph.height + 12 + key.height;
    const out: string[] = [];
    out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" font-family="DejaVu Sans, sans-serif" font-size="12" role="img" aria-labelledby="diagram-title">`);
    out.push(`<title id="diagram-title">${x(graph.title)}</title>`);
    out.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>');
    out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
    out.push(`<text x="16" y="28" font-size="18" font-weight="bold" fill="#1f2328">${x(graph.title)}</text>`);
    out.push(`<text x="16" y="48" fill="#57606a">${x(graph.subtitle + (graph.collapsed ? ` · ${diagramLabel('collapsedNote', graph.locale)}` : ''))}</text>`);
    out.push(`<g transform="translate(0,${top})">`);
    for (const band of bandRects(graph)) {
        out.push(`<rect x="${band.x}" y="${band.y}" width="${band.width}" height="${band.height}" rx="6" fill="${band.side ? '#fff4ec' : band.index % 2 ? '#f6f8fa' : '#eef3f8'}"/>`);
        out.push(band.side
            ? `<text x="${band.x + 10}" y="${band.y + 14}" font-weight="bold" fill="#57606a">${x(band.label)}</text>`
            : `<text x="18" y="${band.y + band.height / 2 + 4}" font-weight="bold" fill="#57606a">${x(band.label)}</text>`);
    }
    for (const c of graph.containers ?? []) {
        const colour = opdColour(graph, c.opd);
        out.push(`<g class="container" data-opd="${x(c.opd)}"><rect x="${c.x}" y="${c.y}" width="${c.width}" height="${c.height}" rx="6" fill="#ffffff" fill-opacity="0.6" stroke="${colour}" stroke-width="1"/>`
            + `<text x="${c.x + 8}" y="${c.y + 15}" font-size="11" font-weight="bold" fill="${colour}"><title>${x(graph.opdTitles[c.opd] ?? c.opd)}</title>${x(containerTitle(graph, c))}</text></g>`);
    }
    const labels = new Map(graph.nodes.map(n => [n.id, n.label]));
    for (const e of graph.edges) {
        if (e.points.length < 2) {
            continue;
        }
        const style = edgeStyle(e.kind);
        const points = e.points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
        out.push(`<polyline points="${points}" fill="none" stroke="${style.stroke}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} marker-end="url(#arrow)"><title>${x(edgeTooltip(e, labels, graph.locale))}</title></polyline>`);
        if (e.count !== undefined) {
            // A bundle's trunk is its vertical middle segment: the count sits beside it, halfway.
            const [[ax, ay], [, by]] = [e.points[1], e.points[2]];
            out.push(`<text class="count" x="${ax + 3}" y="${(ay + by) / 2 + 4}" font-size="10" font-weight="bold" fill="${style.stroke}">${e.count}</text>`);
        } else if (e.label && /^\d+$/.test(e.label) && !graph.containers) {
            const [mx, my] = e.points[Math.floor(e.points.length / 2)];
            out.push(`<text x="${mx + 4}" y="${my - 4}" font-size="10" fill="${style.stroke}">${x(e.label)}</text>`);
        }
    }
    for (const n of graph.nodes) {
        out.push(node(graph, n));
    }
    out.push('</g>');
    out.push(key.svg);
    out.push('</svg>');
    return out.join('\n') + '\n';
}

/** An OPD container's heading: the OPD's title, cut with `…` where it is wider than the box (font 11 px, 8 px margins); never its code. */
export function containerTitle(graph: Pick<PositionedGraph, 'opdTitles'>, c: { opd: string; width: number }): string {
    return opdWords(graph.opdTitles, c.opd, c.width - 16, 11);
}

function node(graph: PositionedGraph, n: PositionedNode): string {
    const colour = opdColour(graph, n.opd);
    // A folded "+N elemen lainnya" box and an OPD's cross-OPD summary are not elements: drawn apart.
    const state = n.kind === 'group' ? { ...stateStyle.normal, fill: '#f6f8fa', dash: '3 2' }
        : n.kind === 'lintas' ? { ...stateStyle.normal, fill: '#fffbe6', stroke: '#8C6D1F' }
            : stateStyle[n.state] ?? stateStyle.normal;
    // The node was sized for its caption and wrapped label (node-label.ts): nothing is cut here.
    const lines = n.labelLines.map((line, i) => `<tspan x="${n.x + 12}" y="${n.y + LabelBaseline + i * LabelLineHeight}">${x(line)}</tspan>`).join('');
    return [`<g class="node" data-element="${x(n.elementId ?? n.id)}" opacity="${state.opacity}">`,
        `<title>${x(n.tooltip)}</title>`,
        `<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="5" fill="${state.fill}" stroke="${state.stroke}" stroke-width="1.2"${state.dash ? ` stroke-dasharray="${state.dash}"` : ''}/>`,
        `<rect x="${n.x}" y="${n.y}" width="6" height="${n.height}" rx="2" fill="${colour}"/>`,
        `<text x="${n.x + 12}" y="${n.y + CaptionBaseline}" font-size="${CaptionFontSize}" fill="#57606a">${x(n.caption)}</text>`,
        `<text class="label" fill="#1f2328">${lines}</text>`,
        '</g>'].join('');
}

/** The legend of what the diagram uses (OPD colours, node states, edge kinds), and its height in px. */
function legend(graph: PositionedGraph, y: number, width: number): { svg: string; height: number } {
    const out = [`<g transform="translate(16,${y})" font-size="11">`, `<text x="0" y="12" font-weight="bold">${x(diagramLabel('legend', graph.locale))}</text>`];
    const usedStates = [...new Set(graph.nodes.map(n => n.state))];
    const usedEdges = [...new Set(graph.edges.map(e => e.kind))];
    const usedOpds = graph.opds.filter(o => graph.nodes.some(n => n.opd === o));
    // An entry and how many text lines it takes.
    const entries: Array<{ svg: string; lines: number }> = [];
    // An OPD always by its title (v2 §6): the legend has room to wrap it, so its code never stands in.
    const opdNames = usedOpds.map(o => graph.opdTitles[o] ?? o);
    const opdColumn = Math.min(widestLegendColumn, Math.max(legendColumn, ...opdNames.map(t => Math.ceil(textWidth(t, 11)) + swatch)));
    usedOpds.forEach((o, i) => {
        const lines = wrapText(opdNames[i], opdColumn - swatch, 3, 11);
        const text = lines.map((line, n) => `<tspan x="14" y="${n * legendLine}">${x(line)}</tspan>`).join('');
        entries.push({ svg: `<rect x="0" y="-9" width="10" height="10" fill="${opdColour(graph, o)}"/><text x="14" y="0">${text}</text>`, lines: lines.length });
    });
    for (const s of usedStates) {
        const st = stateStyle[s];
        entries.push({ svg: `<rect x="0" y="-9" width="14" height="10" fill="${st.fill}" stroke="${st.stroke}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/><text x="18" y="0">${x(stateWords(s, graph.locale))}</text>`, lines: 1 });
    }
    for (const k of usedEdges) {
        const st = edgeStyle(k);
        entries.push({ svg: `<line x1="0" y1="-4" x2="22" y2="-4" stroke="${st.stroke}" stroke-width="${st.width}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/><text x="26" y="0">${x(edgeKindWords(k, graph.locale))}</text>`, lines: 1 });
    }
    const texts = [...usedStates.map(s => stateWords(s, graph.locale)), ...usedEdges.map(k => edgeKindWords(k, graph.locale))];
    const column = Math.min(widestLegendColumn, Math.max(opdColumn, ...texts.map(t => Math.ceil(textWidth(t, 11)) + swatch)));
    const columns = Math.max(1, Math.floor((width - 32) / column));
    // Each row is as tall as its entry with the most lines (a wrapped OPD title).
    let top = 32;
    for (let row = 0; row * columns < entries.length; row++) {
        const inRow = entries.slice(row * columns, (row + 1) * columns);
        inRow.forEach((entry, i) => out.push(`<g transform="translate(${i * column},${top})">${entry.svg}</g>`));
        top += 18 + (Math.max(...inRow.map(e => e.lines)) - 1) * legendLine;
    }
    out.push('</g>');
    return { svg: out.join('\n'), height: top + 12 };
}
