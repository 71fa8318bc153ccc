// PNG rasterizing, resvg's native Node module next to its WebAssembly build, in one process on the same
// SVGs: Kota Kediri's diagrams and the Gantt of a 2,000-item roadmap, at the scale `spbe export diagram`
// uses (pngScale) and at the one documents use (documentScale). Three ways, runs alternating:
// - native: @resvg/resvg-js (same resvg version) on libuv's threads, what render-png used before;
// - wasm here: @resvg/resvg-wasm instantiated once on the main thread (the WebAssembly's own speed);
// - renderPng: what the tools do, the compiled module instantiated on a worker thread per image.
// Medians of wall and CPU time (CPU counts every thread of the process). The native module is
// installed on first use into bench/resvg-native/ (benchmark only, never a dependency of the tools).
// The native and renderPng images are decoded and compared pixel by pixel.
// Usage: node bench/png-bench.mjs [runs=5]  (after npm run build)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { PNG } from 'pngjs';
import { documentDiagramSvgs, exportDiagramText } from '../packages/generators/out/index.js';
import { loadWorkspace } from '../packages/server/out/index.js';
import { documentScale } from '../packages/server/out/use-cases/generate-document.js';
import { bundledFontFiles, pngScale, renderPng } from '../packages/server/out/workspace/render-png.js';
import { writeRoadmapWorkspace } from './roadmap-workspace.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const runs = Number(process.argv[2] ?? 5);
const nativeFolder = join(here, 'resvg-native');
if (!existsSync(join(nativeFolder, 'node_modules', '@resvg', 'resvg-js'))) {
    console.log('installing @resvg/resvg-js into bench/resvg-native/ (benchmark only) …');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: nativeFolder, stdio: 'inherit' });
}
const { renderAsync } = createRequire(join(nativeFolder, 'package.json'))('@resvg/resvg-js');
const fontFiles = bundledFontFiles();

/** What render-png did before: the native module on libuv's thread pool, same options. */
async function renderNative(svg, scale) {
    const image = await renderAsync(svg, {
        font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
        fitTo: { mode: 'zoom', value: pngScale(svg, scale) },
        background: '#ffffff'
    });
    return new Uint8Array(image.asPng());
}

/** The WebAssembly build on this thread, instantiated once below, same options. */
async function renderWasmHere(svg, scale) {
    const resvg = new Resvg(svg, {
        font: { fontBuffers: await Promise.all(fontFiles.map(f => readFile(f))), defaultFontFamily: 'DejaVu Sans' },
        fitTo: { mode: 'zoom', value: pngScale(svg, scale) },
        background: '#ffffff'
    });
    const image = resvg.render();
    const png = image.asPng();
    image.free();
    resvg.free();
    return png;
}

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function timed(render) {
    const wall = performance.now();
    const cpu = cpuMs();
    const png = await render();
    return { png, wallMs: performance.now() - wall, cpuMs: cpuMs() - cpu };
}

/** Pixels whose channels differ by more than 2 (of 255), of all pixels; `size` when the sizes differ. */
function pixelDifference(a, b) {
    const [x, y] = [PNG.sync.read(Buffer.from(a)), PNG.sync.read(Buffer.from(b))];
    if (x.width !== y.width || x.height !== y.height) {
        return `size ${x.width}×${x.height} vs ${y.width}×${y.height}`;
    }
    let differing = 0;
    for (let i = 0; i < x.data.length; i += 4) {
        if ([0, 1, 2, 3].some(c => Math.abs(x.data[i + c] - y.data[i + c]) > 2)) {
            differing++;
        }
    }
    return `${(100 * differing / (x.width * x.height)).toFixed(3)} % of ${x.width}×${x.height}`;
}

const kediri = (await loadWorkspace(join(here, '..', 'examples', 'kota-kediri'))).model();
const roadmapDir = mkdtempSync(join(tmpdir(), 'spbe-png-bench-'));
writeRoadmapWorkspace(roadmapDir, 2000);
const roadmap = (await loadWorkspace(roadmapDir)).model();
const gantt = (await documentDiagramSvgs(roadmap, 'peta-rencana', { locale: 'id' })).gantt;
const inputs = [
    ...await Promise.all([
        ['Kediri layered', { view: 'layered' }],
        ['Kediri layered --expand', { view: 'layered', expand: true }],
        ['Kediri integrasi', { view: 'integrasi' }],
        ['Kediri gap', { view: 'gap' }],
        ['Kediri opd DISPENDUKCAPIL', { view: 'opd', opd: 'DISPENDUKCAPIL' }]
    ].map(async ([name, spec]) => ({ name, svg: await exportDiagramText(kediri, spec, 'svg'), scale: 1.5 }))),
    { name: 'Gantt 2,000 items (document scale)', svg: gantt, scale: documentScale(gantt) },
    { name: 'Gantt 2,000 items (export scale)', svg: gantt, scale: 1.5 }
];

console.log(`PNG bench — Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}, ${runs} alternating runs each (medians)`);
let started = performance.now();
await initWasm(readFile(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
console.log(`wasm here: reading, compiling and instantiating resvg.wasm (2.5 MB) ${(performance.now() - started).toFixed(0)} ms`);
const tiny = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
started = performance.now();
await renderPng(tiny);
console.log(`renderPng: first image (compiles resvg.wasm, starts a worker) ${(performance.now() - started).toFixed(0)} ms; ` +
    `a 10×10 px image after that (the cost of a worker) ${(await timed(() => renderPng(tiny))).wallMs.toFixed(0)} ms`);
console.log('| SVG | size | native wall / CPU | wasm here wall / CPU | renderPng (worker) wall / CPU | renderPng ÷ native (wall) | pixels differing |');
console.log('|---|---|---|---|---|---|---|');
const ms = r => `${r.wall.toFixed(0)} / ${r.cpu.toFixed(0)} ms`;
for (const { name, svg, scale } of inputs) {
    const samples = { native: [], here: [], worker: [] };
    for (let i = 0; i < runs; i++) {
        samples.native.push(await timed(() => renderNative(svg, scale)));
        samples.here.push(await timed(() => renderWasmHere(svg, scale)));
        samples.worker.push(await timed(() => renderPng(svg, { scale })));
    }
    const [n, h, w] = [samples.native, samples.here, samples.worker].map(list => ({ wall: median(list.map(r => r.wallMs)), cpu: median(list.map(r => r.cpuMs)) }));
    const { width, height } = PNG.sync.read(Buffer.from(samples.worker[0].png), { checkCRC: false });
    console.log(`| ${name} | ${width}×${height} px, SVG ${(svg.length / 1024).toFixed(0)} KB | ${ms(n)} | ${ms(h)} | ${ms(w)} | ` +
        `${(w.wall / n.wall).toFixed(2)} | ${pixelDifference(samples.native[0].png, samples.worker[0].png)} |`);
}

// All five Kediri diagrams at once, as a document's images or a script exporting every view: the
// native module spreads them over libuv's threads, renderPng over two workers.
const kediriInputs = inputs.filter(i => i.name.startsWith('Kediri'));
const together = { native: [], worker: [] };
for (let i = 0; i < runs; i++) {
    together.native.push((await timed(() => Promise.all(kediriInputs.map(({ svg, scale }) => renderNative(svg, scale))))).wallMs);
    together.worker.push((await timed(() => Promise.all(kediriInputs.map(({ svg, scale }) => renderPng(svg, { scale }))))).wallMs);
}
console.log(`all ${kediriInputs.length} Kediri diagrams at once: native ${median(together.native).toFixed(0)} ms, renderPng ${median(together.worker).toFixed(0)} ms (wall)`);
console.log(`RSS at the end ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (the main thread's WebAssembly memory of "wasm here" never shrinks)`);
