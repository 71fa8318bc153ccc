import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { olderSystemNode } from '../helpers/older-node.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const older = olderSystemNode();

test.skipIf(!older)('on Node.js older than 22 the CLI explains itself in Indonesian instead of crashing', () => {
    const r = runCli(['validate', 'examples/minimal'], { node: older });
    expect(r.code).toBe(2);
    const [first, ...rest] = r.stderr.trimEnd().split('\n');
    expect(first).toMatch(/^spbe membutuhkan Node\.js 22 atau lebih baru \(ini Node\.js 2\d\.\d+\.\d+\): pasang dari https:\/\/nodejs\.org, atau .*`npx -p node@22 spbe …`/);
    // From a clone, one more line names the repository's own scripts (they bring Node.js 22).
    expect(rest).toEqual(['Di repositori: `npm run spbe -- …` atau `npx spbe …` memakai Node.js 22 milik repositori.']);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
});

test.skipIf(!older)('the old-Node message follows --locale en, the last --lang and SPBE_LOCALE', () => {
    for (const [args, env] of [[['validate', '--locale', 'en'], {}], [['--lang=id', '--lang=en'], {}], [['--version'], { SPBE_LOCALE: 'en' }]] as const) {
        const r = runCli([...args], { node: older, env });
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^spbe needs Node\.js 22 or newer \(this is Node\.js 2\d\.[\d.]+\): install it from https:\/\/nodejs\.org/);
        expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
    }
    expect(runCli(['--locale', 'en', '--locale', 'id'], { node: older }).stderr).toMatch(/^spbe membutuhkan/);
});

test.skipIf(!older)('run through `npx ./spbe-tools-<v>.tgz` (npx cache), the advice names the tarball, since `npx -p node@22 spbe` would find no spbe', () => {
    // The bin's own check needs only itself and the package's package.json: the layout npx leaves in its cache.
    const root = mkdtempSync(join(tmpdir(), 'spbe-npx-'));
    try {
        const pkg = join(root, '_npx', '0123abcd', 'node_modules', 'spbe-tools');
        mkdirSync(join(pkg, 'bin'), { recursive: true });
        copyFileSync(join(repoRoot, 'packages', 'cli', 'bin', 'cli.js'), join(pkg, 'bin', 'cli.js'));
        writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'spbe-tools', version: '9.8.7', type: 'module' }));
        const r = spawnSync(older!, [join(pkg, 'bin', 'cli.js'), '--version'], { encoding: 'utf-8' });
        expect(r.status).toBe(2);
        expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(r.stderr).toContain('`npx -p node@22 -p ./spbe-tools-9.8.7.tgz spbe …`');
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
});
