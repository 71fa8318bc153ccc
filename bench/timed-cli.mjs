// Runs a command-line program's bin in THIS process, as `node <bin> <args…>` would, and when the
// process exits writes to <result.json>: wall seconds since the process started (Node's own start
// included), CPU seconds (user + system), peak RSS in MB and the exit code. Used for both `spbe`
// and LikeC4 so that both are timed the same way. Usage: node timed-cli.mjs <result.json> <bin> [args…]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [result, bin, ...args] = process.argv.slice(2);
process.on('exit', code => {
    const cpu = process.cpuUsage();
    writeFileSync(result, JSON.stringify({
        seconds: performance.now() / 1000,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        maxRssMb: process.resourceUsage().maxRSS / 1024,
        exitCode: code
    }));
});
process.argv = [process.argv[0], resolve(bin), ...args];
await import(pathToFileURL(resolve(bin)).href);
