import type { DiagramGraph, EdgeKind } from './diagram-graph.js';

/** Which edges of the integration map a domain filter keeps: the domain of the element that is used. */
const edgeDomains: Partial<Record<EdgeKind, readonly string[]>> = {
    'data-use': ['data'],
    'app-use': ['aplikasi', 'layanan'],
    'integrasi-splp': ['aplikasi'],
    'integrasi-direct': ['aplikasi']
};

/**
 * The integration map narrowed by the preview's filters. The filters work on the OPD-level edges of
 * the whole map, not on the elements, because an edge needs the elements of both of its OPDs.
 * - `opds`: each chosen OPD, every OPD it uses and every OPD that uses it, with the edges that touch
 *   a chosen OPD; unrelated OPD boxes are dropped, a chosen OPD without edges still shows.
 * - `kinds`: only the edges about those domains (data use for `data`, application use and
 *   integrasi for `aplikasi`).
 */
export function focusIntegrationMap(graph: DiagramGraph, only: { readonly opds?: readonly string[]; readonly kinds?: readonly string[] }): DiagramGraph {
    const chosen = only.opds && new Set(only.opds);
    const kinds = only.kinds && new Set(only.kinds);
    const edges = graph.edges.filter(e => (!chosen || chosen.has(e.source) || chosen.has(e.target))
        && (!kinds || (edgeDomains[e.kind] ?? []).some(k => kinds.has(k))));
    if (!chosen) {
        return { ...graph, edges };
    }
    const shown = new Set([...chosen, ...edges.flatMap(e => [e.source, e.target])]);
    return { ...graph, nodes: graph.nodes.filter(n => shown.has(n.id)), edges };
}
