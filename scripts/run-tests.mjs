// `npm test`: builds, checks that the generated code matches the grammar and that no import crosses the
// package layers the wrong way, runs every vitest suite,
// and ends with one line `N passed, N failed` summing them all (CI reads that line).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;

const started = Date.now();
const stamp = () => `[${Math.round((Date.now() - started) / 1000)}s]`;

function step(name, command, args) {
    console.log(`\n== ${name} ${stamp()}`);
    const result = spawnSync(command, args, { stdio: 'inherit' });
    const ok = result.status === 0;
    if (ok) {
        passed++;
    } else {
        failed++;
        console.log(`FAILED: ${name}`);
    }
    return ok;
}

const built = step('build (tsc -b)', 'npm', ['run', '--silent', 'build']);
if (existsSync('.git')) {
    step('generated code matches the grammar', 'npm', ['run', '--silent', 'langium:check']);
} else {
    console.log('\n== generated code check skipped: not a git checkout');
}
// Needs no build: a wrong-way import between packages fails here even when tsc would accept it.
step('package layers (no wrong-way import)', process.execPath, ['scripts/layers/check-layers.mjs']);

// The real-editor tests and the HTML checks need Debian Chromium and the VS Code server. Only a
// package registry refusing a download (setup.sh exits 75) skips those tests, loudly; any other
// install failure is a failed step, with the end of the install log printed above it.
let e2eTools = false;
let e2eSkipped = '';
if (built && process.env.E2E !== '0') {
    console.log(`\n== e2e tools: Chromium (apt, system-wide) and the VS Code server (npm, in ~/.cache/spbe-tools) ${stamp()}`);
    // A cold install takes about 10 minutes on 2 busy cores; a hung download must not eat CI's 90.
    const setup = spawnSync('bash', ['test/e2e/setup.sh'], { stdio: 'inherit', timeout: 40 * 60_000, killSignal: 'SIGKILL' });
    e2eTools = setup.status === 0;
    if (setup.status === 75) {
        e2eSkipped = 'a package registry refused a download while installing the e2e tools (see above)';
        console.log(`\nE2E SKIPPED: ${e2eSkipped}; the real-editor tests will not run`);
    } else if (!e2eTools) {
        failed++;
        console.log(`FAILED: installing the e2e tools (exit ${setup.status ?? setup.signal}; see above)`);
    }
} else if (process.env.E2E === '0') {
    e2eSkipped = 'E2E=0';
}

if (built) {
    // The tests' temporary folders (workspaces, outputs, servers' files) go below one folder of this
    // run, removed at the end: about 760 of them, 127 MB, used to stay in the system's temp folder.
    // Readable by others: a test runs the server as another user.
    const runTmp = mkdtempSync(join(tmpdir(), 'spbe-test-run-'));
    chmodSync(runTmp, 0o755);
    const report = join(runTmp, 'vitest.json');
    console.log(`\n== vitest ${stamp()}`);
    const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
    const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, TMPDIR: runTmp } });
    if (existsSync(report)) {
        const json = JSON.parse(readFileSync(report, 'utf-8'));
        passed += json.numPassedTests;
        failed += json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
        skipped += json.numPendingTests + (json.numTodoTests ?? 0);
        if (run.status !== 0 && json.numFailedTests === 0) {
            failed++;
        }
    } else {
        failed++;
    }
    try {
        rmSync(runTmp, { recursive: true, force: true });
    } catch (error) {
        console.log(`(the tests' temporary folder ${runTmp} could not be removed: ${error.message})`);
    }
}

if (e2eTools) {
    if (step('package the extension (.vsix)', 'npm', ['run', '--silent', 'package'])) {
        console.log(`\n== e2e: real VS Code ${stamp()}`);
        const e2e = spawnSync(process.execPath, ['test/e2e/run-e2e.mjs'], { encoding: 'utf-8', stdio: ['ignore', 'pipe', 'inherit'] });
        process.stdout.write(e2e.stdout);
        const summary = /^(\d+) passed, (\d+) failed$/m.exec(e2e.stdout.trim().split('\n').at(-1) ?? '');
        if (summary) {
            passed += Number(summary[1]);
            failed += Number(summary[2]);
        } else {
            failed++;
        }
    }
}
if (e2eSkipped) {
    // Repeated next to the summary, where CI logs are read.
    console.log(`\nE2E SKIPPED: ${e2eSkipped}`);
}

console.log(`\n== done ${stamp()}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
