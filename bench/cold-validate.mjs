// Child process: runs the real CLI entry once (cold: fresh process, nothing cached) and reports the
// wall time and peak RSS of this process to stdout as JSON. Invoked by validate-bench.mjs.
const dir = process.argv[2];
const start = performance.now();
const cpuStart = process.cpuUsage();
const { main } = await import('../packages/cli/out/main.js');
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = () => true;
const exitCode = await main(['node', 'spbe', 'validate', dir, '--format', 'json']);
process.stdout.write = write;
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
// CPU time (user + system) is what to compare on a loaded machine, where wall time also counts waiting.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
write(JSON.stringify({ seconds, cpuSeconds, maxRssMb, exitCode }) + '\n');
