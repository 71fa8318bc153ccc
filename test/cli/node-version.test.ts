import { expect, test } from 'vitest';
import { olderSystemNode } from '../helpers/older-node.js';
import { runCli } from '../helpers/run-cli.js';

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
