import fc from 'fast-check';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';
import { applyMutation, mutation, type Mutation } from './mutations.js';
import { generateAll, load, rangeProblems } from './pipeline.js';

/**
 * Random mutations of real files through the whole pipeline: parse, link, validate, the semantic
 * model and every generator. `npm run fuzz -- --seconds N` runs it for N seconds; `npm test` runs a
 * short budget. The seed is printed, so a failure can be replayed with SPBE_FUZZ_SEED.
 */
const seconds = Number(process.env.SPBE_FUZZ_SECONDS ?? 20);
const seed = Number(process.env.SPBE_FUZZ_SEED ?? Date.now() % 2 ** 31);

const corpus = new Map<string, Uint8Array>([
    ['pemda.spbe', readFileSync(join(repoRoot, 'test/fixtures/diff-base/pemda.spbe'))],
    ['opd/kominfo.spbe', readFileSync(join(repoRoot, 'test/fixtures/diff-base/opd/kominfo.spbe'))],
    ['opd/dinkes.spbe', readFileSync(join(repoRoot, 'test/fixtures/diff-base/opd/dinkes.spbe'))],
    ['peta-rencana.spbe', readFileSync(join(repoRoot, 'test/fixtures/diff-base/peta-rencana.spbe'))],
    ['penilaian.spbe', readFileSync(join(repoRoot, 'test/fixtures/diff-base/penilaian.spbe'))],
    ['opd/diskominfo.spbe', readFileSync(join(repoRoot, 'examples/kota-kediri/opd/diskominfo.spbe'))],
    ['minimal.spbe', readFileSync(join(repoRoot, 'examples/minimal/minimal.spbe'))]
]);
const names = [...corpus.keys()];

const input = fc.array(fc.tuple(fc.integer({ min: 0, max: names.length - 1 }), mutation), { minLength: 1, maxLength: 6 });

function mutate(steps: ReadonlyArray<[number, Mutation]>): Map<string, Uint8Array> {
    const files = new Map(corpus);
    for (const [index, m] of steps) {
        files.set(names[index], applyMutation(files.get(names[index])!, m));
    }
    return files;
}

describe('fuzz: mutated workspaces through the whole pipeline', () => {
    test(`nothing throws, every range is inside its document, the same input gives the same output (${seconds} s)`, async () => {
        // The unmutated corpus through the same pipeline, timed once on this machine as it is now:
        // the yardstick for the mutated inputs, so that the check scales with the machine's load.
        const baselineStarted = performance.now();
        const baseWorkspace = await load(corpus);
        const base = baseWorkspace.model();
        await generateAll(baseWorkspace, base);
        const baselineMs = performance.now() - baselineStarted;
        const stats = { inputs: 0, bytes: 0, slowestMs: 0, slowestBytes: 0, determinismChecks: 0, diagnostics: 0 };
        await fc.assert(fc.asyncProperty(input, async steps => {
            const files = mutate(steps);
            // The failing workspace is kept for a look: test-results/fuzz-failure/ (overwritten by the next failure).
            const keep = () => {
                const dir = join(repoRoot, 'test-results', 'fuzz-failure');
                rmSync(dir, { recursive: true, force: true });
                for (const [name, bytes] of files) {
                    mkdirSync(join(dir, name, '..'), { recursive: true });
                    writeFileSync(join(dir, name), bytes);
                }
            };
            try {
                await check(files);
            } catch (error) {
                keep();
                throw error;
            }
        }), { seed, numRuns: 1_000_000, interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false, endOnFailure: true });
        mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
        writeFileSync(join(repoRoot, 'test-results', 'fuzz.json'), `${JSON.stringify({ seed, seconds, ...stats, baselineMs: Math.round(baselineMs), failures: 0 }, null, 2)}\n`);
        console.log(`fuzz: seed ${seed}, ${stats.inputs} inputs in ${seconds} s, 0 failures, ${stats.determinismChecks} determinism checks, slowest ${stats.slowestMs} ms`);
        expect(stats.inputs).toBeGreaterThan(0);

        async function check(files: Map<string, Uint8Array>): Promise<void> {
            const started = performance.now();
            const workspace = await load(files);
            expect(rangeProblems(workspace)).toEqual([]);
            const outputs = await generateAll(workspace, base);
            const ms = performance.now() - started;
            const bytes = [...files.values()].reduce((sum, f) => sum + f.length, 0);
            stats.inputs++;
            stats.bytes += bytes;
            stats.diagnostics += workspace.diagnostics.length;
            if (ms > stats.slowestMs) {
                stats.slowestMs = Math.round(ms);
                stats.slowestBytes = bytes;
            }
            // A mutated input is the corpus with a few bytes changed, so it costs about what the corpus
            // costs. Runaway backtracking grows by orders of magnitude; a busy machine slows the
            // baseline and the input alike, and 50× leaves room for load that changes in between.
            // Absolute timings belong in `npm run bench`, not here.
            expect(ms / baselineMs, `${Math.round(ms)} ms for an input whose unmutated corpus took ${Math.round(baselineMs)} ms`).toBeLessThan(50);
            if (stats.inputs % 4 === 1) {
                stats.determinismChecks++;
                expect(await generateAll(await load(files), base)).toEqual(outputs);
            }
        }
    }, (seconds + 120) * 1000);
});
