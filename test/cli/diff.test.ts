import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copySources } from '../helpers/copy-sources.mjs';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const base = join(repoRoot, 'test/fixtures/diff-base');
const changed = join(repoRoot, 'test/fixtures/diff-changed');

describe('spbe diff', () => {
    test('two folders: text report; --exit-code says whether anything changed', () => {
        const r = runCli(['diff', base, changed, '--lang', 'en']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('> Application "Portal Kabupaten" — renamed (was KOMINFO.PORTAL)');
        expect(runCli(['diff', base, changed, '--exit-code']).code).toBe(1);
        const same = runCli(['diff', base, base, '--exit-code', '--lang', 'en']);
        expect(same.code).toBe(0);
        expect(same.stdout).toContain('No changes in meaning');
    });

    test('-o writes the report atomically and refuses a .spbe source as output', () => {
        const dir = mkdtempSync(join(tmpdir(), 'spbe-diff-cli-'));
        const out = join(dir, 'reviu.html');
        const r = runCli(['diff', base, changed, '-f', 'html', '-o', out]);
        expect(r.code).toBe(0);
        expect(readFileSync(out, 'utf-8')).toMatch(/^<!DOCTYPE html>/);
        const source = join(dir, 'ws.spbe');
        writeFileSync(source, 'opd A { }\n');
        const refused = runCli(['diff', base, changed, '-f', 'md', '-o', source, '--lang', 'en']);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toMatch(/Refusing to overwrite the \.spbe source/);
        expect(readFileSync(source, 'utf-8')).toBe('opd A { }\n');
    });

    test('--base compares the working tree with a git revision; usage errors exit 2 with a message', () => {
        const repo = mkdtempSync(join(tmpdir(), 'spbe-diff-git-'));
        copySources(base, repo);
        const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf-8' });
        git('init', '-q');
        git('add', '.');
        git('-c', 'user.name=Uji', '-c', 'user.email=uji@example.invalid', 'commit', '-qm', 'v1');
        cpSync(join(changed, 'peta-rencana.spbe'), join(repo, 'peta-rencana.spbe'));
        const r = runCli(['diff', '--base', 'HEAD', '-f', 'json'], { cwd: repo });
        expect(r.code).toBe(0);
        const json = JSON.parse(r.stdout);
        expect(json.oldLabel).toMatch(/^git HEAD \([0-9a-f]{10}\)$/);
        expect(json.items.map((i: { change: string; name: string }) => `${i.change} ${i.name}`)).toEqual(['added R_AUDIT', 'changed R_PORTAL', 'renamed R_REGULASI']);
        expect(runCli(['diff', '--base', 'HEAD', repo, changed]).code).toBe(2);
        const unknown = runCli(['diff', '--base', 'v9', '--lang', 'en'], { cwd: repo });
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toMatch(/unknown git revision "v9"/);
        expect(runCli(['diff', '--lang', 'en']).stderr).toMatch(/give the old folder/);
        expect(runCli(['diff']).stderr).toMatch(/berikan folder lama/);
    });
});
