// Child process: one `spbe import` through the real CLI entry (cold, fresh process) and its wall time
// and peak RSS as JSON on stdout. Invoked by import-bench.mjs with: <workspace> <files…>.
const [workspace, ...files] = process.argv.slice(2);
const start = performance.now();
const { main } = await import('../packages/cli/out/main.js');
const write = process.stdout.write.bind(process.stdout);
let report = '';
process.stdout.write = chunk => { report += chunk; return true; };
const exitCode = await main(['node', 'spbe', 'import', ...files, '--opd', 'DISKOMINFO', '-w', workspace, '--force', '--format', 'json']);
process.stdout.write = write;
const seconds = (performance.now() - start) / 1000;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
const parsed = JSON.parse(report || '{}');
write(JSON.stringify({ seconds, maxRssMb, exitCode, written: parsed.written, elements: parsed.files?.[0]?.elements, problems: parsed.problems?.length }) + '\n');
