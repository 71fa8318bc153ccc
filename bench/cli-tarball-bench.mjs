// The installable CLI as a user gets it: `node bench/cli-tarball-bench.mjs` (after `npm run build`)
// packs spbe-tools-<version>.tgz into a temp folder (scripts/pack-cli.mjs), then reports
// - its size, packed and unpacked, and what the unpacked bytes are (source maps, fonts, the rest);
// - `npm install -g --offline` into a fresh temp prefix (fresh npm cache), median of 3 installs;
// - `spbe --version` and `spbe validate` on Kota Kediri from the installed bin (its shebang, as a shell
//   runs it): the first run with an empty compile cache, then the median of 11 (resp. 5) runs, next to
//   the same commands from the repository's bin. Wall times of fresh processes (a shared machine's
//   load counts in; the load average is printed).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'spbe-tarball-bench-'));
const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const mb = bytes => `${(bytes / 1e6).toFixed(2)} MB`;
const ms = seconds => `${(seconds * 1000).toFixed(0)} ms`;
// The repository's Node.js 22, then the rest (npm) but no node_modules/.bin and no other `spbe`.
const PATH = [dirname(process.execPath), ...(process.env.PATH ?? '').split(delimiter)
    .filter(dir => dir && !/node_modules[\\/]\.bin$/.test(dir) && !existsSync(join(dir, 'spbe')))].join(delimiter);

/** Wall seconds of one fresh process; throws with its output when it fails. */
function timed(command, args, options = {}) {
    const start = performance.now();
    const result = spawnSync(command, args, { encoding: 'utf-8', ...options, env: { ...process.env, PATH, npm_config_update_notifier: 'false', ...options.env } });
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) {
        throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
    }
    return seconds;
}

function sizeUnder(dir, keep = () => true) {
    return readdirSync(dir, { recursive: true }).map(name => join(dir, name)).filter(file => statSync(file).isFile() && keep(file))
        .reduce((sum, file) => sum + statSync(file).size, 0);
}

try {
    console.log(`spbe-tools tarball — Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the start`);
    const packSeconds = timed(process.execPath, [join(root, 'scripts', 'pack-cli.mjs'), '--out', temp], { cwd: root });
    const tarball = join(temp, readdirSync(temp).find(name => name.endsWith('.tgz')));
    console.log(`pack (scripts/pack-cli.mjs, bundle already built): ${ms(packSeconds)}`);

    const installs = [];
    let prefix = '';
    for (let i = 0; i < 3; i++) {
        prefix = join(temp, `prefix-${i}`);
        const env = { HOME: join(temp, `home-${i}`), npm_config_cache: join(temp, `cache-${i}`) };
        mkdirSync(env.HOME, { recursive: true });
        installs.push(timed('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { cwd: temp, env }));
    }
    const installed = join(prefix, 'lib', 'node_modules', 'spbe-tools');
    const unpacked = sizeUnder(installed);
    const maps = sizeUnder(installed, file => file.endsWith('.map'));
    const fonts = sizeUnder(join(installed, 'dist', 'fonts'));
    console.log(`size: ${mb(statSync(tarball).size)} packed, ${mb(unpacked)} unpacked ` +
        `(source maps ${mb(maps)}, DejaVu Sans ${mb(fonts)}, the rest ${mb(unpacked - maps - fonts)})`);
    console.log(`npm install -g --offline (fresh prefix and cache): median ${ms(median(installs))} of ${installs.map(ms).join(', ')}`);

    const work = join(temp, 'work');
    cpSync(join(root, 'examples', 'kota-kediri'), join(work, 'kota-kediri'), { recursive: true });
    const runs = { version: [['--version'], 11], validate: [['validate', 'kota-kediri'], 5] };
    for (const [label, bin, argv] of [['installed', join(prefix, 'bin', 'spbe'), []], ['repository', process.execPath, [join(root, 'packages', 'cli', 'bin', 'cli.js')]]]) {
        // A compile cache of its own, empty at first: the first run compiles the bundle.
        const env = { NODE_COMPILE_CACHE: join(temp, `compile-cache-${label}`) };
        const row = Object.entries(runs).map(([name, [args, n]]) => {
            const first = timed(bin, [...argv, ...args], { cwd: work, env });
            const rest = Array.from({ length: n }, () => timed(bin, [...argv, ...args], { cwd: work, env }));
            return `spbe ${args.join(' ')}: first ${ms(first)}, then median ${ms(median(rest))}`;
        });
        console.log(`${label}: ${row.join('; ')}`);
    }
} finally {
    rmSync(temp, { recursive: true, force: true });
}
