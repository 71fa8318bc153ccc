// spbe-model must run anywhere (the extension's webview bundles it, a browser could): it may use
// nothing from Node or the DOM. Imports are checked by the layer rules; globals (`process.env`,
// `Buffer`, `process.getBuiltinModule(...)`) are not imports, so its tsconfig lists no ambient types
// (`types: []`, `lib` without DOM) and the compiler refuses them. This test plants each in a copy.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

const scratch: string[] = [];
afterAll(() => scratch.forEach(dir => rmSync(dir, { recursive: true, force: true })));

/** The model package with the root tsconfig it extends, and node_modules (so `@types/node` is there to be wrongly picked up). */
function modelCopy(): string {
    const copy = mkdtempSync(join(tmpdir(), 'spbe-model-globals-'));
    scratch.push(copy);
    cpSync(join(repoRoot, 'tsconfig.json'), join(copy, 'tsconfig.json'));
    mkdirSync(join(copy, 'packages/model'), { recursive: true });
    for (const entry of ['tsconfig.json', 'package.json', 'src']) {
        cpSync(join(repoRoot, 'packages/model', entry), join(copy, 'packages/model', entry), { recursive: true });
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
    return copy;
}

/** Type-checks the copy's model package; returns the compiler's error lines. */
function compileErrors(copy: string): string[] {
    const run = spawnSync(process.execPath, [tsc, '-p', 'packages/model', '--noEmit', '--composite', 'false', '--declaration', 'false', '--declarationMap', 'false', '--incremental', 'false'],
        { cwd: copy, encoding: 'utf-8' });
    return run.stdout.split('\n').filter(line => /error TS\d+/.test(line));
}

describe('spbe-model compiles without Node or DOM globals', () => {
    test('the real package compiles', () => {
        expect(compileErrors(modelCopy())).toEqual([]);
    }, 120_000);

    test('process.env, Buffer and process.getBuiltinModule are compile errors in the model', () => {
        const copy = modelCopy();
        const plants = [
            'export const plantedEnv = process.env.SPBE_LOCALE;',
            "export const plantedBuffer = Buffer.from('x');",
            "export const plantedBuiltin = process.getBuiltinModule('node:fs');",
            "export const plantedDom = document.title;"
        ];
        appendFileSync(join(copy, 'packages/model/src/planted-globals.ts'), plants.join('\n') + '\n');
        const errors = compileErrors(copy);
        // One error per planted line, each in the planted file, and nothing else.
        expect(errors.every(line => line.startsWith('packages/model/src/planted-globals.ts('))).toBe(true);
        expect(new Set(errors.map(line => /\((\d+),/.exec(line)![1]))).toEqual(new Set(['1', '2', '3', '4']));
    }, 120_000);
});
