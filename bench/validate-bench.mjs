// `npm run bench`: every row of issue 20's table this repository can measure, then the other
// benchmarks. Each measurement is a fresh process (nothing warmed up by the previous one), and the
// CLI runs as users run it: `node packages/cli/bin/cli.js …` (the bundle), timed by timed-cli.mjs.
// 1. start-up: `spbe --version` and `spbe --help`;
// 2. cold `spbe validate` next to LikeC4's `validate`, same-shaped 5k model, alternating runs;
// 3. cold validate for growing sizes (wall, CPU, peak RSS, cost per element), and all in one OPD;
// 4. the language server rows from bench/lsp-bench.mjs when it is there;
// 5. edit latency, roadmap, diagram, preview, the static site and import (their own scripts).
// Usage: npm run bench [-- 5000 20000 …]  (sizes of step 3; default 5k, 20k, 50k, 100k, 200k)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureLikeC4 } from './likec4-install.mjs';
import { writeLikeC4Workspace } from './likec4-workspace.mjs';
import { writeOneOpdWorkspace, writeSyntheticWorkspace } from './synthetic-workspace.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const cli = join(here, '..', 'packages', 'cli', 'bin', 'cli.js');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const ns = sizes.length > 0 ? sizes : [5_000, 20_000, 50_000, 100_000, 200_000];
const root = mkdtempSync(join(tmpdir(), 'spbe-bench-'));
const runChild = (script, args) => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', join(here, script), ...args], { encoding: 'utf-8' }));
const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const ms = seconds => `${(seconds * 1000).toFixed(0)} ms`;
const s2 = seconds => `${seconds.toFixed(2)} s`;

/**
 * Runs `node <bin> <args…>` in a fresh process with output discarded; wall seconds as seen from
 * here (process start to exit), CPU seconds, peak RSS (MB) and exit code from timed-cli.mjs.
 */
function timedRun(bin, args, cwd) {
    const result = join(root, 'timed.json');
    const start = performance.now();
    const child = spawnSync(process.execPath, [join(here, 'timed-cli.mjs'), result, bin, ...args], { cwd, stdio: 'ignore' });
    const seconds = (performance.now() - start) / 1000;
    if (child.error) {
        throw child.error;
    }
    return { ...JSON.parse(readFileSync(result, 'utf-8')), seconds };
}

/** `runs` alternating runs of each of `commands` ({ name, bin, args }), medians per command. */
function medianRuns(commands, runs) {
    const samples = commands.map(() => []);
    for (let i = 0; i < runs; i++) {
        commands.forEach((c, k) => samples[k].push(timedRun(c.bin, c.args, c.cwd)));
    }
    return samples.map(list => ({
        seconds: median(list.map(r => r.seconds)), cpuSeconds: median(list.map(r => r.cpuSeconds)),
        maxRssMb: median(list.map(r => r.maxRssMb)), exitCode: list[0].exitCode
    }));
}

console.log(`spbe benchmark — Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ` +
    `load average ${loadavg()[0].toFixed(1)} at the start (wall times count waiting for a core; CPU times do not)`);

// 1. Start-up: the bundle loads commander and the command definitions only.
const [version, help] = medianRuns([{ bin: cli, args: ['--version'] }, { bin: cli, args: ['--help'] }], 11);
console.log('\n| start-up (median of 11) | wall | CPU |\n|---|---:|---:|');
console.log(`| \`spbe --version\` | ${ms(version.seconds)} | ${ms(version.cpuSeconds)} |`);
console.log(`| \`spbe --help\` | ${ms(help.seconds)} | ${ms(help.cpuSeconds)} |`);

// 2. Side by side with LikeC4 on the same shape (5k elements in 37 OPDs, the same references).
const likec4 = ensureLikeC4();
const spbeDir = join(root, 'side-spbe');
const { elements: sideElements, opdCount: sideOpds } = writeSyntheticWorkspace(spbeDir, 5_000);
if (likec4.error) {
    console.log(`\nLikeC4 row skipped: ${likec4.error}`);
    const [spbe] = medianRuns([{ bin: cli, args: ['validate', spbeDir, '--format', 'json'] }], 3);
    console.log(`cold \`spbe validate\`, ${sideElements} elements / ${sideOpds} OPDs (median of 3): ${s2(spbe.seconds)} wall, ${s2(spbe.cpuSeconds)} CPU`);
} else {
    const c4Dir = join(root, 'side-likec4');
    const { relationships } = writeLikeC4Workspace(c4Dir, 5_000);
    // --no-layout: LikeC4 checks syntax and semantics like spbe validate; its default also lays out
    // every view to find layout drifts, which spbe validate has no counterpart of.
    const [spbe, other] = medianRuns([
        { bin: cli, args: ['validate', spbeDir, '--format', 'json'] },
        { bin: likec4.bin, args: ['validate', '--no-layout', c4Dir], cwd: c4Dir }
    ], 3);
    console.log(`\n| cold validate, ${sideElements} elements / ${sideOpds} OPDs / ${relationships} references (median of 3, alternating) | wall | CPU | peak RSS | exit |\n|---|---:|---:|---:|---:|`);
    console.log(`| \`spbe validate\` | ${s2(spbe.seconds)} | ${s2(spbe.cpuSeconds)} | ${spbe.maxRssMb.toFixed(0)} MB | ${spbe.exitCode} |`);
    console.log(`| LikeC4 ${likec4.version} \`validate --no-layout\` | ${s2(other.seconds)} | ${s2(other.cpuSeconds)} | ${other.maxRssMb.toFixed(0)} MB | ${other.exitCode} |`);
    console.log(`spbe is ${(other.seconds / spbe.seconds).toFixed(1)}× faster in wall time, ${(other.cpuSeconds / spbe.cpuSeconds).toFixed(1)}× in CPU time`);
}

// 3. Cold validate for growing sizes, then all elements in one OPD file.
console.log('\n| elements | OPD files | cold wall | CPU | µs CPU / element | peak RSS (MB) |');
console.log('|---:|---:|---:|---:|---:|---:|');
const rows = [];
for (const n of ns) {
    const dir = join(root, `n${n}`);
    const { opdCount, elements } = writeSyntheticWorkspace(dir, n);
    const r = timedRun(cli, ['validate', dir, '--format', 'json']);
    rows.push({ n: elements, ...r });
    console.log(`| ${elements} | ${opdCount} | ${s2(r.seconds)} | ${s2(r.cpuSeconds)} | ${(r.cpuSeconds * 1e6 / elements).toFixed(0)} | ${r.maxRssMb.toFixed(0)} |`);
}
if (rows.length > 1) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    console.log(`CPU per element, ${last.n} vs ${first.n}: ${((last.cpuSeconds / last.n) / (first.cpuSeconds / first.n)).toFixed(2)}× ` +
        `(wall: ${((last.seconds / last.n) / (first.seconds / first.n)).toFixed(2)}×; 1.00× is linear, below it the start-up is spread thinner)`);
}
// The same sizes in ONE OPD file: per-OPD lists must not be scanned per element.
console.log('\nall elements in one OPD file (with a tier 7 error that must be reported: exit code 1):');
console.log('| elements | cold wall | CPU | µs CPU / element | peak RSS (MB) | exit code |');
console.log('|---:|---:|---:|---:|---:|---:|');
const oneSizes = ns.filter(n => n >= 20_000 && n <= 100_000);
const oneRows = [];
for (const n of oneSizes.length > 0 ? oneSizes : ns) {
    const dir = join(root, `one${n}`);
    const { elements } = writeOneOpdWorkspace(dir, n);
    const r = timedRun(cli, ['validate', dir, '--format', 'json']);
    oneRows.push({ n: elements, ...r });
    console.log(`| ${elements} | ${s2(r.seconds)} | ${s2(r.cpuSeconds)} | ${(r.cpuSeconds * 1e6 / elements).toFixed(0)} | ${r.maxRssMb.toFixed(0)} | ${r.exitCode} |`);
}
if (oneRows.length > 1) {
    const first = oneRows[0];
    const last = oneRows[oneRows.length - 1];
    console.log(`CPU per element in one OPD, ${last.n} vs ${first.n}: ${((last.cpuSeconds / last.n) / (first.cpuSeconds / first.n)).toFixed(2)}× (1.00× is linear)`);
}

// 4. The language server over stdio (edits, keystrokes, didChange storms, completion, hover, RSS).
const lspBench = join(here, 'lsp-bench.mjs');
if (existsSync(lspBench)) {
    execFileSync(process.execPath, [lspBench], { stdio: 'inherit' });
} else {
    console.log('\nlanguage server rows: bench/lsp-bench.mjs is not in this version');
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
    `(CPU: document model and Gantt PNG ${documents.cpu.model} ms, docx ${documents.cpu.docx} ms, pdf ${documents.cpu.pdf} ms; ` +
    `${Math.round(documents.sizes.docx / 1024)} KB and ${Math.round(documents.sizes.pdf / 1024)} KB); ` +
    `through the use case, PDF laid out while the DOCX's PNGs are drawn: ${documents.useCase.wallMs} ms wall, ${documents.useCase.cpuMs} ms CPU`);

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

const site = runChild('site-bench.mjs', ['5000', '37', '--json']);
console.log(`spbe build site for a ${site.elements}-element, ${site.opds}-OPD city: ${(site.buildMs / 1000).toFixed(2)} s ` +
    `(${(site.buildCpuMs / 1000).toFixed(2)} s CPU) after ${(site.loadMs / 1000).toFixed(2)} s to load and validate; the whole command ` +
    `${(site.commandMs / 1000).toFixed(2)} s (${(site.commandCpuMs / 1000).toFixed(2)} s CPU); ${site.files} files, ${site.megabytes} MB ` +
    `(targets: < 5 s, < 30 MB)`);

// `spbe import` of one OPD's inventory, 10k and 50k rows, CSV and XLSX (its own table).
execFileSync(process.execPath, [join(here, 'import-bench.mjs')], { stdio: 'inherit' });
