import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { deepNesting, hugeString, longCycle, oneOpd, oneOpdShape, type Adversarial } from './adversarial-inputs.js';
import { generateAll, load, rangeProblems } from './pipeline.js';

/**
 * The large and adversarial classes of inputs (fast-check generators in adversarial-inputs.ts):
 * nothing throws, nothing is an internal error, the expected findings are reported, and time grows
 * linearly. `npm test` runs a few cases of each; `npm run fuzz -- --seconds N` runs more
 * (SPBE_FUZZ_RUNS cases per class).
 */
const runs = Number(process.env.SPBE_FUZZ_RUNS ?? 2);
const seed = Number(process.env.SPBE_FUZZ_SEED ?? Date.now() % 2 ** 31);
const encoder = new TextEncoder();

async function run(input: Adversarial) {
    const started = performance.now();
    const workspace = await load(new Map(Object.entries(input.files).map(([path, text]) => [path, encoder.encode(text)])));
    const ms = performance.now() - started;
    const codes = new Set(workspace.diagnostics.map(d => d.code));
    expect(codes.has('internal-error'), workspace.diagnostics.find(d => d.code === 'internal-error')?.message).toBe(false);
    for (const code of input.expectCodes) {
        expect(codes, code).toContain(code);
    }
    expect(rangeProblems(workspace)).toEqual([]);
    // Every message stays short, however large the input (a cycle or a duplicate group is not listed whole).
    expect(Math.max(0, ...workspace.diagnostics.slice(0, 1000).map(d => d.message.length))).toBeLessThan(400);
    return { workspace, ms };
}

const options = { seed, numRuns: runs, endOnFailure: true };

describe(`adversarial inputs (seed ${seed}, ${runs} per class)`, () => {
    test('huge string literals: a limit diagnostic, the rest of the file still checked', async () => {
        await fc.assert(fc.asyncProperty(hugeString, async input => { await run(input); }), options);
    }, 300_000);

    test('long setelah cycles: every item reported with a short message', async () => {
        await fc.assert(fc.asyncProperty(longCycle, async input => {
            const { workspace } = await run(input);
            // Every item of the cycle, none of the chain hanging off it.
            const onCycle = workspace.diagnostics.filter(d => d.code === 'roadmap-dependency-cycle');
            expect(onCycle.every(d => d.message.includes('R'))).toBe(true);
            expect(onCycle.length).toBe(input.size - Number(input.files['peta.spbe'].split('rencana T').length - 1));
            await generateAll(workspace, workspace.model());
        }), options);
    }, 300_000);

    test('deep nesting: a syntax error, no stack overflow, every generator runs', async () => {
        await fc.assert(fc.asyncProperty(deepNesting, async input => {
            const { workspace } = await run(input);
            await generateAll(workspace, workspace.model());
        }), options);
    }, 300_000);

    test('one OPD with many elements: four times the elements take at most about four times as long', async () => {
        await fc.assert(fc.asyncProperty(oneOpdShape, async shape => {
            // Warm up once so that the first measurement does not pay for compilation.
            await run(oneOpd(500, shape));
            const small = await run(oneOpd(1_500, shape));
            const large = await run(oneOpd(6_000, shape));
            // Linear is 4×; the quadratic duplicate checks this guards against gave 12–16×.
            expect(large.ms / small.ms).toBeLessThan(8);
        }), { ...options, numRuns: Math.max(1, Math.ceil(runs / 2)) });
    }, 300_000);
});
