// `npm run bench`: cold `spbe validate` wall time and peak RSS for growing synthetic workspaces,
// and the edit-to-diagnostics latency in a 20k-element workspace, then `spbe import` (import-bench.mjs). Each measurement runs in its own
// process so that one size cannot warm up the next. Usage: npm run bench [-- 5000 20000 …]
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOneOpdWorkspace, writeSyntheticWorkspace } from './synthetic-workspace.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const ns = sizes.length > 0 ? sizes : [5_000, 20_000, 50_000, 100_000];
const root = mkdtempSync(join(tmpdir(), 'spbe-bench-'));
const runChild = (script, args) => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', join(here, script), ...args], { encoding: 'utf-8' }));

console.log(`spbe validate benchmark — Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);
console.log('| elements | OPD files | cold wall (s) | µs / element | peak RSS (MB) |');
console.log('|---:|---:|---:|---:|---:|');
const rows = [];
for (const n of ns) {
    const dir = join(root, `n${n}`);
    const { opdCount, elements } = writeSyntheticWorkspace(dir, n);
    const r = runChild('cold-validate.mjs', [dir]);
    rows.push({ n: elements, ...r });
    console.log(`| ${elements} | ${opdCount} | ${r.seconds.toFixed(2)} | ${(r.seconds * 1e6 / elements).toFixed(0)} | ${r.maxRssMb.toFixed(0)} |`);
}
if (rows.length > 1) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    console.log(`cost per element, ${last.n} vs ${first.n}: ${((last.seconds / last.n) / (first.seconds / first.n)).toFixed(2)}× (1.00× is linear)`);
}
// The same sizes in ONE OPD file: per-OPD lists must not be scanned per element.
console.log('\nall elements in one OPD file (with a tier 7 error that must be reported: exit code 1):');
console.log('| elements | cold wall (s) | CPU (s) | µs CPU / element | peak RSS (MB) | exit code |');
console.log('|---:|---:|---:|---:|---:|---:|');
const oneRows = [];
for (const n of ns.filter(n => n >= 20_000).concat(ns.every(n => n < 20_000) ? ns : [])) {
    const dir = join(root, `one${n}`);
    const { elements } = writeOneOpdWorkspace(dir, n);
    const r = runChild('cold-validate.mjs', [dir]);
    oneRows.push({ n: elements, ...r });
    console.log(`| ${elements} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${(r.cpuSeconds * 1e6 / elements).toFixed(0)} | ${r.maxRssMb.toFixed(0)} | ${r.exitCode} |`);
}
if (oneRows.length > 1) {
    const first = oneRows[0];
    const last = oneRows[oneRows.length - 1];
    console.log(`CPU per element in one OPD, ${last.n} vs ${first.n}: ${((last.cpuSeconds / last.n) / (first.cpuSeconds / first.n)).toFixed(2)}× (1.00× is linear)`);
}

const editDir = join(root, 'edit20k');
writeSyntheticWorkspace(editDir, 20_000);
const edit = runChild('edit-latency.mjs', [editDir, '5']);
console.log(`edit of the most-referenced file in a 20k workspace → fresh diagnostics (median of 5): ` +
    `${edit.fastMs.toFixed(0)} ms with fast checks (as you type), ${edit.allMs.toFixed(0)} ms with all checks (on save)`);

const roadmap = runChild('roadmap-bench.mjs', [join(root, 'roadmap2000'), '2000']);
console.log(`every roadmap format for a ${roadmap.items}-item roadmap: ${roadmap.totalMs} ms ` +
    `(${Object.entries(roadmap.times).map(([f, ms]) => `${f} ${ms} ms`).join(', ')})`);

// Issue 19: the submittable Peta Rencana SPBE of the same 2,000 items as DOCX and PDF, Gantt included (target < 5 s).
const documents = runChild('document-bench.mjs', [join(root, 'document2000'), '2000']);
console.log(`Peta Rencana SPBE as DOCX and PDF for a ${documents.items}-item roadmap: ${documents.totalMs} ms wall, ${documents.cpuMs} ms CPU ` +
    `(document model and Gantt PNG ${documents.times.model} ms, docx ${documents.times.docx} ms, pdf ${documents.times.pdf} ms; ` +
    `${Math.round(documents.sizes.docx / 1024)} KB and ${Math.round(documents.sizes.pdf / 1024)} KB)`);

const diagramDir = join(root, 'diagram5k');
writeSyntheticWorkspace(diagramDir, 5_000);
for (const mode of ['collapsed', 'expand']) {
    const d = runChild('diagram-bench.mjs', [diagramDir, mode]);
    console.log(`layered diagram of ${d.elements} elements (${mode === 'expand' ? '--expand, every element' : 'default: collapsed per OPD and band'}): ` +
        `layout + SVG ${d.svgMs} ms, PNG ${d.pngMs} ms`);
}

const previewDir = join(root, 'preview2k');
writeSyntheticWorkspace(previewDir, 2_000, 37);
const p = runChild('preview-bench.mjs', [previewDir]);
console.log(`live preview of a ${p.elements}-element city (37 OPDs), median of 5: payload (diagram + layout + findings) ` +
    `${Object.entries(p.views).map(([view, v]) => `${view} ${v.buildMs} ms for ${v.nodes} nodes`).join(', ')}` +
    `${p.renderMs !== undefined ? `; drawing the layered view in the webview ${p.renderMs} ms` : ''}`);

// `spbe import` of one OPD's inventory, 10k and 50k rows, CSV and XLSX (its own table).
execFileSync(process.execPath, [join(here, 'import-bench.mjs')], { stdio: 'inherit' });
