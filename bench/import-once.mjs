// Child process: one `spbe import` (the library call behind the CLI command) of DISKOMINFO's rows,
// cold, in a fresh process; prints wall time, CPU time and peak RSS as JSON. Invoked by
// import-bench.mjs with: <workspace> <files…>. SPBE_SERVER_ENTRY points at another build's entry
// module exporting importInventory (to measure an older version with the same harness).
import { pathToFileURL } from 'node:url';

const [workspace, ...files] = process.argv.slice(2);
const entry = process.env.SPBE_SERVER_ENTRY ?? new URL('../packages/server/out/index.js', import.meta.url).pathname;
const start = performance.now();
const { importInventory } = await import(pathToFileURL(entry).href);
let outcome;
let failure;
try {
    outcome = await importInventory({ files, workspace, opds: ['DISKOMINFO'], force: true, locale: 'en' });
} catch (error) {
    failure = String(error?.message ?? error).split('\n')[0];
}
const seconds = (performance.now() - start) / 1000;
const usage = process.resourceUsage();
process.stdout.write(JSON.stringify({
    seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssMb: usage.maxRSS / 1024,
    written: outcome?.written, elements: outcome?.files?.[0]?.elements, problems: outcome?.problems?.length, failure
}) + '\n');
