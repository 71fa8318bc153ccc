// The team's rule: timing belongs in `npm run bench` (bench/), not in unit tests. A test that compares
// a measured duration with a fixed number of milliseconds fails on a busy machine while the code is
// fine (a new user's `npm test` on a loaded 2-core laptop did). Complexity is asserted with ratios of
// two measurements on the same machine (wide margins) or with operation counts instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Every `*.test.ts` below `dir`. */
function testFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const path = join(dir, entry.name);
        return entry.isDirectory() ? testFiles(path) : entry.name.endsWith('.test.ts') ? [path] : [];
    });
}

/**
 * `expect(ms).toBeLessThan(10_000)`, `expect(large.ms).toBeLessThan(…)`, `expect(elapsedMs)…`,
 * `expect(performance.now() - started).toBeLessThan(…)`: a duration against a literal number.
 */
const absoluteThreshold = /expect\(\s*(?:[\w.]*\bms|[\w.]*Ms|performance\.now\(\)\s*-\s*[\w.]+|Date\.now\(\)\s*-\s*[\w.]+)\s*(?:,[^)]*)?\)\s*\.toBeLessThan(?:OrEqual)?\(\s*[\d_]+\s*\)/;

function wallClockThresholds(files: readonly string[]): string[] {
    return files.flatMap(file => readFileSync(file, 'utf-8').split('\n')
        .flatMap((line, i) => absoluteThreshold.test(line) ? [`${relative(repoRoot, file)}:${i + 1}: ${line.trim()}`] : []));
}

describe('no unit test asserts a wall-clock duration against a fixed number', () => {
    test('the test suites', () => {
        const self = fileURLToPath(import.meta.url); // its own examples below are not assertions
        expect(wallClockThresholds(testFiles(join(repoRoot, 'test')).filter(file => resolve(file) !== resolve(self)))).toEqual([]);
    });

    test('the pattern catches the forms that were in use (the check can fail)', () => {
        const forms = ['expect(ms).toBeLessThan(10_000);', 'expect(large.ms).toBeLessThan(30_000);',
            'expect(performance.now() - started).toBeLessThan(30_000);', 'expect(elapsedMs, "why").toBeLessThan(500);'];
        expect(forms.filter(line => !absoluteThreshold.test(line))).toEqual([]);
        // A ratio of two measurements is the allowed form.
        expect(absoluteThreshold.test('expect(large.ms / small.ms).toBeLessThan(6);')).toBe(false);
        expect(absoluteThreshold.test('expect(ms / baselineMs, `${ms}`).toBeLessThan(50);')).toBe(false);
    });
});
