import { expect, test } from 'vitest';
import { layoutDiagram } from 'spbe-generators';
import type { DiagramGraph } from '../../packages/generators/src/diagram/diagram-graph.js';

/**
 * A city's integration map: 37 OPDs where almost every OPD uses another's data (1,332 OPD-level
 * edges). The layered algorithm stretched it into a 20,000 px strip of long edges with a dozen bends
 * each (and took 6 s); as a force-directed web it stays compact, with straight edges.
 */
function denseIntegrationMap(opds: number): DiagramGraph {
    const codes = Array.from({ length: opds }, (_, i) => `OPD_${String(i).padStart(3, '0')}`);
    return {
        title: 'Peta integrasi', subtitle: '', view: 'integrasi', bands: [], opds: codes, collapsed: false, locale: 'id',
        opdTitles: Object.fromEntries(codes.map((c, i) => [c, `Perangkat Daerah ${i}`])),
        nodes: codes.map((c, i) => ({ id: c, label: `Perangkat Daerah ${i}`, caption: 'OPD', kind: 'opd', opd: c, state: 'normal', tooltip: c })),
        edges: codes.flatMap(s => codes.filter(t => t !== s).map(t => ({ id: `${s}>data-use>${t}`, source: s, target: t, kind: 'data-use' as const, label: '3' })))
    };
}

test('a dense integration map is laid out compactly: no overlapping OPDs, straight edges, every edge drawn', async () => {
    const graph = denseIntegrationMap(37);
    const laid = await layoutDiagram(graph);
    expect(laid.nodes).toHaveLength(37);
    expect(laid.edges).toHaveLength(graph.edges.length);
    // Area per OPD: the layered strip gave each OPD ~3.4 million px²; a web needs well under a tenth.
    expect(laid.width * laid.height / laid.nodes.length).toBeLessThan(300_000);
    for (let i = 0; i < laid.nodes.length; i++) {
        for (let j = i + 1; j < laid.nodes.length; j++) {
            const [a, b] = [laid.nodes[i], laid.nodes[j]];
            const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
            expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
        }
    }
    for (const e of laid.edges) {
        expect(e.points.length, e.id).toBe(2);
    }
});

test('the dense layout is deterministic: the same map gives the same positions', async () => {
    const [first, second] = await Promise.all([layoutDiagram(denseIntegrationMap(37)), layoutDiagram(denseIntegrationMap(37))]);
    expect(second.nodes.map(n => [n.x, n.y])).toEqual(first.nodes.map(n => [n.x, n.y]));
});
