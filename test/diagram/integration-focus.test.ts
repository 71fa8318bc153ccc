import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildDiagram, focusIntegrationMap } from 'spbe-generators';
import { type SpbeModel } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { repoRoot } from '../helpers/run-cli.js';

let kediri: SpbeModel;
beforeAll(async () => {
    kediri = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
});

test('an OPD filter on the integration map keeps the OPD, what it uses and what uses it, with those edges', () => {
    const all = buildDiagram(kediri, { view: 'integrasi' });
    // DINSOS uses two OPDs' data; BAPPEDA and DISKOMINFO are used by others and use others themselves.
    for (const opd of ['DINSOS', 'BAPPEDA', 'DISKOMINFO']) {
        const touching = all.edges.filter(e => e.source === opd || e.target === opd);
        expect(touching.length, opd).toBeGreaterThan(1);
        const focused = buildDiagram(kediri, { view: 'integrasi', only: { opds: [opd] } });
        expect(focused.edges.map(e => e.id).sort(), opd).toEqual(touching.map(e => e.id).sort());
        const neighbours = new Set([opd, ...touching.flatMap(e => [e.source, e.target])]);
        expect(new Set(focused.nodes.map(n => n.id)), opd).toEqual(neighbours);
    }
    const bappeda = buildDiagram(kediri, { view: 'integrasi', only: { opds: ['BAPPEDA'] } });
    expect(bappeda.edges.some(e => e.source === 'KEC_KOTA' && e.target === 'BAPPEDA' && e.kind === 'data-use')).toBe(true);
    expect(bappeda.edges.some(e => e.source === 'BAPPEDA' && e.target === 'DISKOMINFO' && e.kind === 'data-use')).toBe(true);
    expect(bappeda.nodes.length).toBeLessThan(all.nodes.length / 2);
});

test('a domain filter still narrows the edges of a focused map; a chosen OPD without edges still shows', () => {
    const dataOnly = buildDiagram(kediri, { view: 'integrasi', only: { opds: ['DINSOS'], kinds: ['data'] } });
    expect(dataOnly.edges.length).toBeGreaterThan(0);
    expect(dataOnly.edges.every(e => e.kind === 'data-use' || e.kind.startsWith('integrasi'))).toBe(true);
    const lonely = buildDiagram(kediri, { view: 'integrasi', only: { opds: ['DINKES'], kinds: ['keamanan'] } });
    expect(lonely.nodes.map(n => n.id)).toContain('DINKES');
});

test('focusing a small map by hand: both directions, unrelated boxes dropped', () => {
    const node = (id: string) => ({ id, label: id, caption: id, kind: 'opd', opd: id, state: 'normal' as const, tooltip: id });
    const graph = {
        title: '', subtitle: '', view: 'integrasi', bands: [], opds: [], collapsed: false,
        nodes: ['A', 'B', 'C', 'D'].map(node),
        edges: [
            { id: 'A>data-use>B', source: 'A', target: 'B', kind: 'data-use' as const },
            { id: 'C>app-use>A', source: 'C', target: 'A', kind: 'app-use' as const },
            { id: 'C>data-use>D', source: 'C', target: 'D', kind: 'data-use' as const }
        ]
    };
    const focused = focusIntegrationMap(graph, { opds: ['A'] });
    expect(focused.nodes.map(n => n.id)).toEqual(['A', 'B', 'C']);
    expect(focused.edges.map(e => e.id)).toEqual(['A>data-use>B', 'C>app-use>A']);
    expect(focusIntegrationMap(graph, { opds: ['A'], kinds: ['data'] }).edges.map(e => e.id)).toEqual(['A>data-use>B']);
    expect(focusIntegrationMap(graph, { kinds: ['data'] }).nodes).toHaveLength(4);
});
