// The default layered view must read at city scale: real elements with their titles in OPD
// containers per band, references bundled with counts, folding only past a page's worth of
// elements and never into a box that stands for one element. Both PNGs (Kota Kediri and a
// generated 5,000-element city) are written to test-results/artifacts/ for review and CI upload.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Bands, buildDiagram, exportDiagramText, layoutDiagram } from 'spbe-generators';
import { type SpbeModel } from 'spbe-model';
import { loadWorkspace, renderPng } from 'spbe-server';
import { repoRoot } from '../helpers/run-cli.js';
// @ts-expect-error: the bench generator is plain JavaScript without declarations.
import { writeSyntheticWorkspace } from '../../bench/synthetic-workspace.mjs';

const artifacts = join(repoRoot, 'test-results', 'artifacts');
const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Each drawn node's id (data-element) and its label's lines joined by spaces, from the SVG. */
function drawnLabels(svg: string): Map<string, string> {
    const labels = new Map<string, string>();
    for (const m of svg.matchAll(/<g class="node" data-element="([^"]*)"[^>]*>[\s\S]*?<text class="label"[^>]*>([\s\S]*?)<\/text><\/g>/g)) {
        const lines = [...m[2].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map(t => decode(t[1]));
        labels.set(decode(m[1]), lines.join(' '));
    }
    return labels;
}

async function writePng(name: string, svg: string): Promise<void> {
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, name), await renderPng(svg));
}

let kediri: SpbeModel;
let city: SpbeModel;
let cityDir: string;
beforeAll(async () => {
    kediri = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
    cityDir = mkdtempSync(join(tmpdir(), 'spbe-city-'));
    writeSyntheticWorkspace(cityDir, 5000);
    city = (await loadWorkspace(cityDir)).model();
}, 120_000);
afterAll(() => rmSync(cityDir, { recursive: true, force: true }));

describe('the layered view of Kota Kediri', () => {
    test('draws every element with its whole title inside its OPD container, no "1 elemen" box', async () => {
        const graph = await layoutDiagram(buildDiagram(kediri, { view: 'layered' }));
        const svg = await exportDiagramText(kediri, { view: 'layered' }, 'svg');
        expect(graph.collapsed).toBe(false);
        expect(svg).not.toMatch(/\b1 elemen\b/);
        const drawn = drawnLabels(svg);
        const elements = kediri.elements.filter(e => !e.builtin && (Bands as readonly string[]).includes(e.kind) && (e.lifetime.exists || e.status === 'rencana'));
        expect(elements.length).toBeGreaterThanOrEqual(150);
        for (const e of elements) {
            const label = drawn.get(e.id);
            expect(label, e.id).toBeDefined();
            // A title of more than four lines ends in "…" after a whole word; the rest is whole.
            const title = e.title || e.name;
            expect(label!.endsWith('…') ? title.startsWith(label!.slice(0, -1).trimEnd()) : label === title.split(/\s+/).join(' '), `${e.id}: ${label}`).toBe(true);
        }
        // Every element sits inside the container of its OPD and band.
        for (const n of graph.nodes) {
            const c = graph.containers!.find(c => c.opd === n.opd && c.band === n.band)!;
            expect(c, n.id).toBeDefined();
            expect(n.x >= c.x && n.y >= c.y && n.x + n.width <= c.x + c.width && n.y + n.height <= c.y + c.height, n.id).toBe(true);
        }
        await writePng('layered-kota-kediri.png', svg);
    }, 120_000);

    test('references inside an OPD are bundled per pair of cells with their count; across OPDs they are summed up per OPD', async () => {
        const graph = await layoutDiagram(buildDiagram(kediri, { view: 'layered' }));
        const counted = graph.edges.filter(e => e.count !== undefined);
        expect(counted.length).toBeGreaterThan(0);
        // A bundle's count is the number of its references: BAPPEDA's several layanan → probis references share one trunk.
        const bundle = (e: typeof graph.edges[number]) => {
            const band = (id: string) => graph.nodes.find(n => n.id === id)!.band;
            return graph.edges.filter(o => graph.nodes.find(n => n.id === o.source)!.opd === graph.nodes.find(n => n.id === e.source)!.opd
                && band(o.source) === band(e.source) && band(o.target) === band(e.target));
        };
        for (const e of counted) {
            expect(e.count, e.id).toBe(bundle(e).length);
        }
        const svg = await exportDiagramText(kediri, { view: 'layered' }, 'svg');
        expect(svg).toMatch(/<text class="count"[^>]*>\d+<\/text>/);
        // DINSOS uses DISPENDUKCAPIL's data: said in DINSOS's cross-OPD summary, not drawn across the page.
        const dinsos = graph.nodes.find(n => n.id === 'DINSOS:lintas')!;
        expect(dinsos.label).toMatch(/memakai .*Dinas Kependudukan dan Pencatatan Sipil \(\d+\)/);
        expect(dinsos.label).not.toMatch(/DISPENDUKCAPIL|DISKOMINFO/);
        expect(graph.edges.every(e => graph.nodes.find(n => n.id === e.source)!.opd === graph.nodes.find(n => n.id === e.target)!.opd)).toBe(true);
    }, 120_000);
});

test('Archi\'s layered view still connects references across OPDs, which the SVG sums up per OPD', async () => {
    const laid = await layoutDiagram(buildDiagram(kediri, { view: 'layered' }));
    const xml = await exportDiagramText(kediri, { view: 'layered' }, 'archimate');
    const connections = xml.match(/<connection /g)?.length ?? 0;
    const crossOpd = buildDiagram(kediri, { view: 'layered' }).edges.filter(e => e.origin?.kind === 'reference' && e.source.split('.')[0] !== e.target.split('.')[0]);
    expect(crossOpd.length).toBeGreaterThan(20);
    expect(connections).toBeGreaterThanOrEqual(laid.edges.filter(e => e.origin?.kind === 'reference').length + crossOpd.length);
}, 120_000);

describe('the layered view of a 5,000-element city', () => {
    test('folds each OPD cell to its best-connected elements plus "+N elemen lainnya", N ≥ 2, losing no element', async () => {
        const full = buildDiagram(city, { view: 'layered', expand: true });
        const graph = buildDiagram(city, { view: 'layered' });
        expect(full.nodes).toHaveLength(5000);
        expect(full.collapsed).toBe(false);
        expect(graph.collapsed).toBe(true);
        const groups = graph.nodes.filter(n => n.kind === 'group');
        const shown = graph.nodes.filter(n => n.kind !== 'group');
        expect(shown.every(n => n.elementId)).toBe(true);
        const folded = groups.map(g => Number(/^\+(\d+) elemen lainnya$/.exec(g.label)![1]));
        expect(Math.min(...folded)).toBeGreaterThanOrEqual(2);
        expect(shown.length + folded.reduce((a, b) => a + b, 0)).toBe(5000);
        expect(graph.nodes.length).toBeLessThanOrEqual(450);
        // Merged references carry their count.
        expect(graph.edges.some(e => e.label && Number(e.label) > 1)).toBe(true);
    }, 120_000);

    test('renders within a page-sized picture with bundle counts, written as an artifact', async () => {
        const svg = await exportDiagramText(city, { view: 'layered' }, 'svg');
        const [width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!.slice(1).map(Number);
        expect(width).toBeLessThanOrEqual(2800);
        expect(height).toBeLessThan(8000);
        expect(svg).not.toMatch(/\b1 elemen\b/);
        expect([...svg.matchAll(/<text class="count"[^>]*>(\d+)<\/text>/g)].length).toBeGreaterThan(37);
        await writePng('layered-city-5000.png', svg);
    }, 180_000);
});
