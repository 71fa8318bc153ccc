// `spbe build site` for a synthetic city: 5,000 elements in 37 OPDs (the target: builds in
// under 5 s and totals under 30 MB). Prints one JSON line when run as a child of validate-bench.mjs,
// a table when run alone: `node bench/site-bench.mjs [elements] [opds]` (build first: npm run build).
// Loading and validating the workspace is what `spbe validate` does (cold-validate.mjs measures it);
// the site's own cost is the build from the validated workspace: pages, diagrams (layout), search
// index and the atomic write. Both are reported, with the size of what was written.
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, diskSiteSource } from '../packages/server/out/index.js';
import { writeSyntheticWorkspace } from './synthetic-workspace.mjs';

const n = Number(process.argv[2] ?? 5000);
const opds = Number(process.argv[3] ?? 37);
const child = process.argv.includes('--json');
const root = mkdtempSync(join(tmpdir(), 'spbe-site-bench-'));
const dir = join(root, 'ws');
const { elements } = writeSyntheticWorkspace(dir, n, opds);

const source = diskSiteSource(dir, 'id');
let started = performance.now();
await source.validated();
await source.elementFindings();
const loadMs = performance.now() - started;

started = performance.now();
const cpu = process.cpuUsage();
const site = await buildSite(source, { dir: join(root, 'site') }, {}, 'id');
const buildMs = performance.now() - started;
// CPU time too: on a shared machine the wall time also counts other jobs' turns on the cores.
const used = process.cpuUsage(cpu);
const buildCpuMs = (used.user + used.system) / 1000;

let bytes = 0;
let largest = { name: '', bytes: 0 };
for (const entry of readdirSync(site.dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
        const path = join(entry.parentPath, entry.name);
        const size = statSync(path).size;
        bytes += size;
        if (size > largest.bytes) {
            largest = { name: path.slice(site.dir.length + 1), bytes: size };
        }
    }
}
const result = { elements, opds, loadMs: Math.round(loadMs), buildMs: Math.round(buildMs), buildCpuMs: Math.round(buildCpuMs), files: site.files, megabytes: +(bytes / 1e6).toFixed(1), largest: { name: largest.name, megabytes: +(largest.bytes / 1e6).toFixed(2) } };
if (child) {
    console.log(JSON.stringify(result));
} else {
    console.log(`spbe build site — ${elements} elements, ${opds} OPDs, Node ${process.version}`);
    console.log('| load + validate (s) | build the site, wall (s) | build, CPU (s) | files | total (MB) | largest file |');
    console.log('|---:|---:|---:|---:|---:|---|');
    console.log(`| ${(loadMs / 1000).toFixed(2)} | ${(buildMs / 1000).toFixed(2)} | ${(buildCpuMs / 1000).toFixed(2)} | ${result.files} | ${result.megabytes} | ${largest.name} ${result.largest.megabytes} MB |`);
    console.log(`target: build < 5 s ${buildMs < 5000 ? 'met' : 'MISSED'} (wall), total < 30 MB ${bytes < 30e6 ? 'met' : 'MISSED'}`);
}
