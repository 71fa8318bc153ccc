// Each package's src/index.ts exports what other packages, tests, benches and scripts import, and
// nothing else (scripts/layers/unused-exports.mjs reads the imports with the TypeScript compiler API).
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { unusedExports } from '../../scripts/layers/unused-exports.mjs';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const scratch: string[] = [];
afterAll(() => scratch.forEach(dir => rmSync(dir, { recursive: true, force: true })));

describe('public surfaces', () => {
    test('every export of a package index.ts has a consumer', () => {
        expect(Object.fromEntries(unusedExports(repoRoot))).toEqual({});
    });

    test('an export that nothing imports is reported (the check can fail)', () => {
        const copy = mkdtempSync(join(tmpdir(), 'spbe-surface-'));
        scratch.push(copy);
        for (const folder of ['packages', 'test', 'bench', 'scripts']) {
            cpSync(join(repoRoot, folder), join(copy, folder), {
                recursive: true,
                filter: from => !['node_modules', 'out', '.git'].includes(basename(from))
            });
        }
        symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
        appendFileSync(join(copy, 'packages/model/src/index.ts'), "export { lifetime as plantedUnusedExport } from './model/time.js';\n");
        expect(Object.fromEntries(unusedExports(copy))).toEqual({ model: ['plantedUnusedExport'] });
    });
});
