import { join } from 'node:path';
import { PNG } from 'pngjs';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDiagram, DiagramFormats, exportDiagramText, layoutDiagram, type DiagramSpec } from 'spbe-generators';
import { type SpbeModel } from 'spbe-model';
import { exportDiagram, loadWorkspace } from 'spbe-server';
import { repoRoot } from '../helpers/run-cli.js';
import { HostileTitle, hostileWorkspace } from '../generator/hostile-fixture.js';
import { mermaidLabel } from '../../packages/generators/src/diagram/render-text.js';

let small: SpbeModel;
let kediri: SpbeModel;
beforeAll(async () => {
    small = (await loadWorkspace(join(repoRoot, 'test/fixtures/roadmap-small'))).model();
    kediri = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
});

/** Parses XML strictly; returns the elements (name + attributes) and the text content. */
function parseXml(xml: string): { elements: Array<{ name: string; attributes: Record<string, string> }>; text: string } {
    const parser = new SaxesParser({ xmlns: false });
    const elements: Array<{ name: string; attributes: Record<string, string> }> = [];
    let text = '';
    parser.on('opentag', tag => elements.push({ name: tag.name, attributes: tag.attributes as Record<string, string> }));
    parser.on('text', t => { text += t; });
    parser.write(xml).close();
    return { elements, text };
}

describe('layout', () => {
    test('bands in order, no overlapping nodes, every edge starts and ends on its nodes', async () => {
        for (const spec of [{ view: 'layered' }, { view: 'layered', expand: true }, { view: 'opd', opd: 'DISKOMINFO' }] as DiagramSpec[]) {
            const graph = await layoutDiagram(buildDiagram(kediri, spec));
            // The OPD view stacks its bands on the page; the layered view within each OPD's column.
            const main = graph.nodes.filter(n => spec.view !== 'opd' || n.band !== 5);
            for (const a of main) {
                for (const b of main) {
                    if (a.band !== undefined && b.band !== undefined && a.band < b.band && (spec.view === 'opd' || a.opd === b.opd)) {
                        expect(a.y + a.height, `${a.id} above ${b.id}`).toBeLessThan(b.y);
                    }
                }
            }
            for (let i = 0; i < graph.nodes.length; i++) {
                for (let j = i + 1; j < graph.nodes.length; j++) {
                    const [a, b] = [graph.nodes[i], graph.nodes[j]];
                    const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
                    expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
                }
            }
            const byId = new Map(graph.nodes.map(n => [n.id, n]));
            const onBorder = (p: readonly [number, number], n: { x: number; y: number; width: number; height: number }) =>
                p[0] >= n.x - 1 && p[0] <= n.x + n.width + 1 && p[1] >= n.y - 1 && p[1] <= n.y + n.height + 1;
            for (const e of graph.edges) {
                expect(e.points.length, e.id).toBeGreaterThanOrEqual(2);
                expect(onBorder(e.points[0], byId.get(e.source)!), `${e.id} start`).toBe(true);
                expect(onBorder(e.points[e.points.length - 1], byId.get(e.target)!), `${e.id} end`).toBe(true);
            }
        }
    });

    test('the same input gives the same output', async () => {
        for (const format of ['svg', 'archimate'] as const) {
            expect(await exportDiagramText(kediri, { view: 'layered' }, format)).toBe(await exportDiagramText(kediri, { view: 'layered' }, format));
        }
    });

    test('a view as of a year shows only what exists then; large views collapse unless expanded', () => {
        const ids = (year: number) => buildDiagram(small, { view: 'layered', year }).nodes.map(n => n.id);
        expect(ids(2026)).toContain('KOMINFO.LAMA');
        expect(ids(2028)).not.toContain('KOMINFO.LAMA');
        expect(ids(2028)).toContain('KOMINFO.BARU');
        // Kota Kediri's 178 elements fit a page; a lower page limit folds its larger OPD cells.
        expect(buildDiagram(kediri, { view: 'layered' }).collapsed).toBe(false);
        expect(buildDiagram(kediri, { view: 'layered', collapseAbove: 60 }).collapsed).toBe(true);
        expect(buildDiagram(kediri, { view: 'layered', collapseAbove: 60, expand: true }).collapsed).toBe(false);
        const gap = buildDiagram(small, { view: 'gap' });
        expect(Object.fromEntries(gap.nodes.map(n => [n.id, n.state]))).toMatchObject({ 'KOMINFO.BARU': 'added', 'KOMINFO.LAMA': 'retired', 'KOMINFO.DC': 'normal' });
    });

    test('the integration map: OPDs as nodes, SPLP-mediated and direct integrations told apart', () => {
        const map = buildDiagram(kediri, { view: 'integrasi' });
        const edge = (from: string, to: string) => map.edges.filter(e => e.source === from && e.target === to).map(e => e.kind);
        expect(edge('DISHUB', 'DISKOMINFO')).toContain('integrasi-direct');
        expect(edge('DPMPTSP', 'nasional')).toContain('integrasi-splp');
        expect(edge('DINSOS', 'nasional')).toContain('integrasi-splp');
        expect(edge('DINSOS', 'DISPENDUKCAPIL')).toContain('data-use');
        expect(edge('KEC_MOJOROTO', 'BAPPEDA')).toContain('app-use');
    });
});

describe('formats', () => {
    test('SVG is well-formed XML with a title, a legend and a tooltip per node', async () => {
        const svg = await exportDiagramText(kediri, { view: 'opd', opd: 'DISKOMINFO' }, 'svg');
        const { elements } = parseXml(svg);
        expect(elements[0]).toMatchObject({ name: 'svg' });
        expect(elements.filter(e => e.name === 'g' && e.attributes.class === 'node').length).toBeGreaterThan(10);
        expect(svg).toContain('Legenda');
    });

    test('PNG decodes, has the SVG\'s size at 1.5× and is not blank', async () => {
        const file = await exportDiagram(small, { view: 'layered' }, 'png');
        const png = PNG.sync.read(Buffer.from(file.content as Uint8Array));
        const svg = await exportDiagramText(small, { view: 'layered' }, 'svg');
        const width = Number(/width="(\d+)"/.exec(svg)![1]);
        expect(png.width).toBe(Math.round(width * 1.5));
        let dark = 0;
        for (let i = 0; i < png.data.length; i += 4) {
            if (png.data[i] < 128 && png.data[i + 1] < 128 && png.data[i + 2] < 128) {
                dark++;
            }
        }
        expect(dark).toBeGreaterThan(2000);
    });

    for (const format of ['mermaid', 'plantuml', 'dot'] as const) {
        test(`${format} golden file`, async () => {
            await expect(await exportDiagramText(small, { view: 'layered' }, format)).toMatchFileSnapshot(`__golden__/layered.${format}`);
        });
    }

    test('ArchiMate exchange format: well-formed, unique ids, every reference resolves, known types', async () => {
        const xml = await exportDiagramText(kediri, { view: 'layered' }, 'archimate');
        const { elements } = parseXml(xml);
        expect(elements[0]).toMatchObject({ name: 'model', attributes: { xmlns: 'http://www.opengroup.org/xsd/archimate/3.0/' } });
        const ids = elements.map(e => e.attributes.identifier).filter(Boolean);
        expect(new Set(ids).size).toBe(ids.length);
        const defined = new Set(ids);
        const modelElements = elements.filter(e => e.name === 'element');
        const types = new Set(modelElements.map(e => e.attributes['xsi:type']));
        const mapped = ['ApplicationComponent', 'Assessment', 'BusinessActor', 'BusinessProcess', 'BusinessService', 'CommunicationNetwork',
            'DataObject', 'Node', 'Plateau', 'SystemSoftware', 'WorkPackage'];
        expect([...types].every(t => mapped.includes(t)), [...types].join()).toBe(true);
        expect(types.has('BusinessActor') && types.has('ApplicationComponent') && types.has('WorkPackage') && types.has('Plateau')).toBe(true);
        for (const r of elements.filter(e => e.name === 'relationship')) {
            expect(defined.has(r.attributes.source) && defined.has(r.attributes.target), r.attributes.identifier).toBe(true);
        }
        expect(elements.some(e => e.name === 'relationship' && e.attributes['xsi:type'] === 'Flow')).toBe(true);
        const view = elements.filter(e => e.name === 'node');
        expect(view.length).toBeGreaterThan(10);
        for (const n of view) {
            expect(defined.has(n.attributes.elementRef)).toBe(true);
            expect(Number(n.attributes.w)).toBeGreaterThan(0);
        }
        for (const c of elements.filter(e => e.name === 'connection')) {
            expect(defined.has(c.attributes.relationshipRef) && defined.has(c.attributes.source) && defined.has(c.attributes.target)).toBe(true);
        }
    });

    test('the example workspace exports in every view and format', async () => {
        for (const spec of [{ view: 'layered' }, { view: 'layered', year: 2029 }, { view: 'opd', opd: 'DINSOS' }, { view: 'integrasi' }, { view: 'gap' }] as DiagramSpec[]) {
            for (const format of DiagramFormats) {
                const file = await exportDiagram(kediri, spec, format);
                expect((file.content as { length: number }).length, `${spec.view} ${format}`).toBeGreaterThan(200);
            }
        }
    }, 120_000);
});

describe('hostile titles are text in every diagram format', () => {
    let model: SpbeModel;
    beforeAll(async () => { model = (await loadWorkspace(hostileWorkspace())).model(); });

    test('SVG and ArchiMate parse, and carry the exact title as text', async () => {
        for (const format of ['svg', 'archimate'] as const) {
            const out = await exportDiagramText(model, { view: 'layered' }, format);
            const { elements, text } = parseXml(out);
            expect(elements.some(e => e.name === 'script')).toBe(false);
            expect(text).toContain(HostileTitle.slice(0, 30));
        }
    });

    test('Mermaid, PlantUML and DOT labels cannot break out of their quotes or lines', async () => {
        const mermaid = await exportDiagramText(model, { view: 'layered' }, 'mermaid');
        const node = mermaid.split('\n').find(l => l.includes('HYPERLINK'))!;
        expect(node).toMatch(/^\s+n\d+\["[^"]*"\]:::\w+$/);
        const puml = await exportDiagramText(model, { view: 'layered' }, 'plantuml');
        const rect = puml.split('\n').find(l => l.includes('HYPERLINK'))!;
        expect(rect).toMatch(/^\s*rectangle "[^"]*" <<aplikasi>> as n\d+/);
        expect(puml.trim().split('\n').filter(l => l.startsWith('@enduml'))).toHaveLength(1);
        const dot = await exportDiagramText(model, { view: 'layered' }, 'dot');
        const label = dot.split('\n').find(l => /^\s+n\d+ \[/.test(l) && l.includes('HYPERLINK'))!;
        expect(dot.split('\n').find(l => l.trim().startsWith('label='))).toMatch(/^\s+label="([^"\\]|\\.)*";$/);
        expect(label.replace(/\\\\|\\"/g, '')).toMatch(/^\s+n\d+ \[label="[^"]*", color="[^"]*", penwidth=2, tooltip="[^"]*"/);
    });

    // The formats' own escapes (Mermaid entity codes, PlantUML <U+XXXX>) keep the text exact; no
    // look-alike characters stand in for quotes.
    test('Mermaid and PlantUML labels decode to the exact title', async () => {
        const mermaid = await exportDiagramText(model, { view: 'layered' }, 'mermaid');
        const node = mermaid.split('\n').find(l => l.includes('HYPERLINK'))!;
        const named: Record<string, string> = { quot: '"', lt: '<', gt: '>' };
        const mermaidText = node.match(/\["([^"]*)<br\/>/)![1].replace(/#(\d+|quot|lt|gt);/g, (_, c: string) => named[c] ?? String.fromCodePoint(Number(c)));
        expect(mermaidText).toBe(HostileTitle);
        const puml = await exportDiagramText(model, { view: 'layered' }, 'plantuml');
        const rect = puml.split('\n').find(l => l.includes('HYPERLINK'))!;
        const pumlText = rect.match(/rectangle "([^"]*)\\n/)![1].replace(/<U\+([0-9A-F]{4,6})>/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
        expect(pumlText).toBe(HostileTitle);
        expect(puml).not.toMatch(/[\u201C\u201D]/);
    });

    // Mermaid's entity pre-pass trims the last `;` of a line matching `style.*:\S*#.*;`, so a label
    // holding `style…:…#…;` lost its `;` (measured with Mermaid 11.17): `:` is written as `#58;`.
    test('a Mermaid label holds no literal colon', () => {
        expect(mermaidLabel('Lifestyle:x#1; y')).toBe('Lifestyle#58;x#35;1; y');
    });

    // Labels are HTML (`&amp;` would show as `&`) and `%%` starts a Mermaid directive.
    test('a Mermaid label holds no literal & or %', () => {
        expect(mermaidLabel('x &amp; y %%{init}%%')).toBe('x #38;amp; y #37;#37;{init}#37;#37;');
    });
});
