// Child process: the layered view of a synthetic workspace — layout + SVG, then PNG — timed from
// the semantic model (loading and validating the workspace is not part of the timing).
import { exportDiagramText } from '../packages/generators/out/index.js';
import { loadWorkspace, renderPng } from '../packages/server/out/index.js';

const dir = process.argv[2];
const expand = process.argv[3] === 'expand';
const model = (await loadWorkspace(dir)).model();
const start = performance.now();
const svg = await exportDiagramText(model, { view: 'layered', expand }, 'svg');
const svgMs = performance.now() - start;
const png = await renderPng(svg);
const pngMs = performance.now() - start - svgMs;
process.stdout.write(JSON.stringify({ elements: model.elements.filter(e => !e.builtin).length, svgMs: Math.round(svgMs), pngMs: Math.round(pngMs), pngBytes: png.length }) + '\n');
