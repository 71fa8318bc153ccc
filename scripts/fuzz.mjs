// `npm run fuzz -- --seconds N [--seed S]`: the pipeline fuzz test for N seconds (CI runs 20 s inside
// `npm test`), then the large/adversarial generators (huge strings, long cycles, one OPD with many
// elements, deep nesting), one case per class per 15 s asked for (at least 2). Prints inputs tried and
// failures; test-results/fuzz.json keeps the figures.
import { spawnSync } from 'node:child_process';

const arg = name => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
};
const seconds = Number(arg('seconds') ?? 60);
if (!Number.isFinite(seconds) || seconds <= 0) {
    console.error('usage: npm run fuzz -- --seconds N [--seed S]');
    process.exit(2);
}
const env = {
    ...process.env, SPBE_FUZZ_SECONDS: String(seconds), SPBE_FUZZ_RUNS: String(Math.max(2, Math.round(seconds / 15))),
    ...(arg('seed') ? { SPBE_FUZZ_SEED: arg('seed') } : {})
};
const run = spawnSync('npx', ['vitest', 'run', 'test/fuzz/pipeline-fuzz.test.ts', 'test/fuzz/adversarial-fuzz.test.ts'], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
