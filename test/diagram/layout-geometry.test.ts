import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildDiagram, exportDiagramText, layoutDiagram, type DiagramSpec } from 'spbe-generators';
import { type SpbeModel } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { repoRoot } from '../helpers/run-cli.js';

let kediri: SpbeModel;
beforeAll(async () => { kediri = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model(); });

const views: DiagramSpec[] = [{ view: 'opd', opd: 'DINSOS' }, { view: 'opd', opd: 'BKPSDM' }, { view: 'layered', expand: true }];

test('edges leave and enter their nodes from outside: no edge runs through its own end nodes', async () => {
    for (const spec of views) {
        const graph = await layoutDiagram(buildDiagram(kediri, spec));
        const byId = new Map(graph.nodes.map(n => [n.id, n]));
        const inside = ([x, y]: readonly [number, number], n: { x: number; y: number; width: number; height: number }) =>
            x > n.x + 1 && x < n.x + n.width - 1 && y > n.y + 1 && y < n.y + n.height - 1;
        // Every segment's midpoint stays out of the source's and target's boxes (DINSOS's integrasi
        // to SIKS_NG, in the same row, used to climb through SIKS_NG to reach its top).
        for (const e of graph.edges) {
            for (let i = 1; i < e.points.length; i++) {
                const [a, b] = [e.points[i - 1], e.points[i]];
                const middle = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] as const;
                for (const end of [byId.get(e.source)!, byId.get(e.target)!]) {
                    expect(inside(middle, end), `${e.id} segment ${i} crosses ${end.id}`).toBe(false);
                }
            }
        }
    }
});

test('the SVG ends below its legend, without a blank band sized for every OPD of the workspace', async () => {
    const svg = await exportDiagramText(kediri, { view: 'opd', opd: 'DINSOS' }, 'svg');
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
    const legend = /<g transform="translate\(16,([\d.]+)\)" font-size="11">([\s\S]*?)<\/g>\n<\/svg>/.exec(svg)!;
    const rows = [...legend[2].matchAll(/translate\(\d+,(\d+)\)/g)].map(m => Number(m[1]));
    const lastRow = Number(legend[1]) + Math.max(...rows);
    expect(height - lastRow).toBeLessThan(40);
});
