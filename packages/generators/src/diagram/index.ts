import type { SpbeModel } from 'spbe-model';
import { buildDiagram, type DiagramSpec } from './diagram-views.js';
import type { DiagramGraph } from './diagram-graph.js';
import { layoutDiagram, type PositionedGraph } from './elk-layout.js';
import type { LabelMedium } from './node-label.js';
import { renderArchimate } from './render-archimate.js';
import { opdColour, renderSvg } from './render-svg.js';
import { renderDot, renderMermaid, renderPlantUml } from './render-text.js';

export const DiagramFormats = ['svg', 'png', 'mermaid', 'plantuml', 'dot', 'archimate'] as const;
export type DiagramFormat = typeof DiagramFormats[number];

const extensions: Record<DiagramFormat, string> = { svg: 'svg', png: 'png', mermaid: 'mmd', plantuml: 'puml', dot: 'dot', archimate: 'xml' };

/** `diagram-layered-2027.svg`, `diagram-opd-DISKOMINFO.puml`… */
export function diagramFileName(spec: DiagramSpec, format: DiagramFormat): string {
    const view = spec.view === 'opd' ? `opd-${spec.opd}` : spec.view;
    return `diagram-${view}${spec.year !== undefined ? `-${spec.year}` : ''}.${extensions[format]}`;
}

/**
 * A diagram in a text format (everything but PNG, which needs the native rasterizer in
 * `spbe-language/node`). The layout is computed only for the formats that carry coordinates;
 * `medium` `page` (a document's figure) cuts long words in labels sooner (see `nodeLabel`).
 */
export async function exportDiagramText(model: SpbeModel, spec: DiagramSpec, format: Exclude<DiagramFormat, 'png'>, medium: LabelMedium = 'screen'): Promise<string> {
    const graph = buildDiagram(model, spec);
    switch (format) {
        case 'mermaid': return renderMermaid(graph);
        case 'plantuml': return renderPlantUml(graph);
        case 'dot': return renderDot(graph, opd => opdColour(graph, opd));
        case 'svg': return renderSvg(await layoutDiagram(graph, medium));
        // Archi's view refers to model elements, never to collapsed groups: always the full view.
        case 'archimate': return renderArchimate(model, await archimateLayout(graph.collapsed ? buildDiagram(model, { ...spec, expand: true }) : graph), graph.locale);
    }
}

/**
 * The layout Archi's view gets: the SVG's, plus the references the layered view sums up instead of
 * drawing (across OPDs), since Archi draws every connection itself and they are relationships too.
 */
async function archimateLayout(graph: DiagramGraph): Promise<PositionedGraph> {
    const layout = await layoutDiagram(graph);
    const drawn = new Set(layout.edges.map(e => e.id));
    return { ...layout, edges: [...layout.edges, ...graph.edges.filter(e => !drawn.has(e.id)).map(e => ({ ...e, points: [] }))] };
}

export { buildDiagram, Bands, type DiagramSpec, type DiagramViewKind } from './diagram-views.js';
export { focusIntegrationMap } from './integration-focus.js';
export { layoutDiagram, type PositionedGraph } from './elk-layout.js';
export { renderSvg } from './render-svg.js';
export { nodeLabel, textWidth, type LabelMedium, type NodeLabel } from './node-label.js';
export type { DiagramGraph, DiagramNode, DiagramEdge } from './diagram-graph.js';
