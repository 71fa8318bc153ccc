import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { copySources } from '../helpers/copy-sources.mjs';
import { cliPath, repoRoot, runCli, spawningTestTimeout } from '../helpers/run-cli.js';
import { parseXml } from '../helpers/xml-tree.js';

const version = (JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf-8')) as { version: string }).version;

/** A git repository holding a copy of examples/kota-kediri in `arsitektur/` (the workspace is not the root). */
function repositoryWithExample(): string {
    const repo = mkdtempSync(join(tmpdir(), 'spbe-ci-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    copySources(join(repoRoot, 'examples/kota-kediri'), join(repo, 'arsitektur'));
    return repo;
}

/** Every `.spbe` file below `dir` with its content, to check that nothing touched them. */
function sources(dir: string): Record<string, string> {
    const found: Record<string, string> = {};
    const walk = (d: string) => {
        for (const entry of readdirSync(d, { withFileTypes: true })) {
            const full = join(d, entry.name);
            if (entry.isDirectory()) {
                walk(full);
            } else if (entry.name.endsWith('.spbe')) {
                found[full] = readFileSync(full, 'utf-8');
            }
        }
    };
    walk(dir);
    return found;
}

/**
 * A folder with an `spbe` on the PATH that runs this repository's built CLI with the tests' Node.js:
 * the pipelines' `npm install -g "$SPBE_TOOLS_TGZ"` installs the same program from the tarball.
 */
function repoSpbeOnPath(): string {
    const bin = mkdtempSync(join(tmpdir(), 'spbe-bin-'));
    writeFileSync(join(bin, 'spbe'), `#!/bin/sh\nexec '${process.execPath}' '${cliPath}' "$@"\n`);
    chmodSync(join(bin, 'spbe'), 0o755);
    return bin;
}

/** Runs one pipeline shell snippet as the CI runner would (GitHub: bash -e; GitLab: sh per line), with the pipeline's variables. */
function runStep(script: string, cwd: string, variables: Record<string, string>, shell: 'bash' | 'sh'): { code: number | null; output: string } {
    const r = spawnSync(shell, shell === 'bash' ? ['-e', '-c', script] : ['-c', script], {
        cwd, encoding: 'utf-8', timeout: spawningTestTimeout,
        env: { ...process.env, ...variables, SPBE_LOCALE: '', PATH: `${repoSpbeOnPath()}:${process.env.PATH}` }
    });
    return { code: r.status, output: r.stdout + r.stderr };
}

interface GitHubStep { readonly name?: string; readonly uses?: string; readonly run?: string; readonly with?: Record<string, unknown>; readonly 'continue-on-error'?: boolean }

describe('spbe ci-template github', () => {
    test('the workflow: Node 22, the tarball install, SARIF to code scanning, failing on errors, documents as an artifact', () => {
        const repo = repositoryWithExample();
        const r = runCli(['ci-template', 'github', 'arsitektur', '--locale', 'en'], { cwd: repo });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const lines = r.stdout.trim().split('\n');
        expect(lines[0]).toBe('.github/workflows/spbe.yml');
        expect(lines[1]).toBe(`Next: put the CLI tarball at ./tools/spbe-tools-${version}.tgz and commit it (make it with \`npm run pack:cli\` in a spbe-tools clone, or download it from its release), or set SPBE_TOOLS_TGZ in .github/workflows/spbe.yml to the tarball's path or URL. spbe is not on the npm registry.`);
        const text = readFileSync(join(repo, '.github/workflows/spbe.yml'), 'utf-8');
        expect(text).toMatch(/^# Written by `spbe ci-template github`/);
        const workflow = parse(text);
        expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
        expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
        expect(workflow.env).toEqual({ SPBE_TOOLS_TGZ: `./tools/spbe-tools-${version}.tgz`, SPBE_WORKSPACE: 'arsitektur' });
        const steps = workflow.jobs.spbe.steps as GitHubStep[];
        const uses = steps.map(s => s.uses?.replace(/@.*/, ''));
        expect(uses.filter(Boolean)).toEqual(['actions/checkout', 'actions/setup-node', 'github/codeql-action/upload-sarif', 'actions/upload-artifact']);
        expect(steps[1].with).toEqual({ 'node-version': 22, 'package-manager-cache': false });
        const run = (name: RegExp) => steps.find(s => s.run && name.test(s.run))!;
        expect(run(/npm install -g/).run).toContain('npm install -g --no-audit --no-fund "$SPBE_TOOLS_TGZ"');
        const sarif = run(/--format sarif/).run!;
        const sarifFile = /-o (\S+)/.exec(sarif)![1];
        const upload = steps.find(s => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
        expect(upload.with).toMatchObject({ sarif_file: sarifFile });
        // The upload comes after SARIF is written and before the step that fails the job.
        const failing = steps.findIndex(s => s.run?.trim() === 'spbe validate "$SPBE_WORKSPACE"');
        expect(steps.indexOf(run(/--format sarif/))).toBeLessThan(steps.indexOf(upload));
        expect(steps.indexOf(upload)).toBeLessThan(failing);
        const documents = run(/generate dokumen/).run!;
        expect(documents).toContain('spbe generate roadmap "$SPBE_WORKSPACE"');
        const artifact = steps.find(s => s.uses?.startsWith('actions/upload-artifact'))!;
        const outputs = [...documents.matchAll(/-o (\S+)/g)].map(m => m[1]);
        expect(outputs.every(o => o.startsWith(String(artifact.with!.path)))).toBe(true);
    }, spawningTestTimeout);

    test('its commands, run as GitHub runs them on the example: SARIF written, the job passes, the documents are where the artifact takes them', () => {
        const repo = repositoryWithExample();
        expect(runCli(['ci-template', 'github', 'arsitektur'], { cwd: repo }).code).toBe(0);
        const workflow = parse(readFileSync(join(repo, '.github/workflows/spbe.yml'), 'utf-8'));
        const steps = (workflow.jobs.spbe.steps as GitHubStep[]).filter(s => s.run && !s.run.includes('npm install'));
        for (const step of steps) {
            const r = runStep(step.run!, repo, workflow.env, 'bash');
            expect({ step: step.name, code: r.code }, r.output).toEqual({ step: step.name, code: 0 });
        }
        const sarif = JSON.parse(readFileSync(join(repo, 'spbe.sarif'), 'utf-8'));
        expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^arsitektur\/opd\//);
        const out = readdirSync(join(repo, 'spbe-out'), { recursive: true }) as string[];
        expect(out.some(f => f.endsWith('.xlsx'))).toBe(true);
        expect(out.some(f => f.endsWith('.docx'))).toBe(true);
        expect(out.some(f => f.endsWith('.pdf'))).toBe(true);
    }, 4 * spawningTestTimeout);

    test('a workspace with errors: the SARIF step passes (the upload runs), the next one fails the job; a wrong folder fails at once', () => {
        const repo = repositoryWithExample();
        expect(runCli(['ci-template', 'github', 'arsitektur'], { cwd: repo }).code).toBe(0);
        writeFileSync(join(repo, 'arsitektur/opd/rusak.spbe'), 'opd RUSAK { pic "x" aplikasi X { hosting NOPE } }\n');
        const workflow = parse(readFileSync(join(repo, '.github/workflows/spbe.yml'), 'utf-8'));
        const steps = workflow.jobs.spbe.steps as GitHubStep[];
        const sarifStep = steps.find(s => s.run?.includes('--format sarif'))!.run!;
        expect(runStep(sarifStep, repo, workflow.env, 'bash').code).toBe(0);
        expect(JSON.parse(readFileSync(join(repo, 'spbe.sarif'), 'utf-8')).runs[0].results.some((x: { level: string }) => x.level === 'error')).toBe(true);
        const failing = runStep('spbe validate "$SPBE_WORKSPACE"', repo, workflow.env, 'bash');
        expect(failing.code).toBe(1);
        expect(failing.output).toContain('arsitektur/opd/rusak.spbe:1:');
        // Exit 2 (no such folder) is not taken for findings: the step fails (`[ 2 -eq 1 ]` is false).
        const wrong = runStep(sarifStep, repo, { ...workflow.env, SPBE_WORKSPACE: 'salah' }, 'bash');
        expect(wrong.code).not.toBe(0);
        expect(wrong.output).toMatch(/^spbe: .*salah/m);
    }, 2 * spawningTestTimeout);
});

describe('spbe ci-template gitlab', () => {
    test('the pipeline: node:22, Code Quality and JUnit reports kept when the job fails, the documents as artifacts — and its script runs', () => {
        const repo = repositoryWithExample();
        const r = runCli(['ci-template', 'gitlab', 'arsitektur'], { cwd: repo });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout.split('\n')[0]).toBe('.gitlab-ci.yml');
        const pipeline = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf-8'));
        const job = pipeline.spbe;
        expect(job.image).toBe('node:22');
        expect(job.variables).toEqual({ SPBE_TOOLS_TGZ: `./tools/spbe-tools-${version}.tgz`, SPBE_WORKSPACE: 'arsitektur' });
        expect(job.artifacts.when).toBe('always');
        const script = job.script as string[];
        const output = (format: string) => /-o (\S+)/.exec(script.find(line => line.includes(`--format ${format}`))!)![1];
        expect(job.artifacts.reports).toEqual({ codequality: output('codequality'), junit: output('junit') });
        expect(job.artifacts.paths).toEqual(['spbe-out/']);
        expect(script[0]).toContain('npm install -g --no-audit --no-fund "$SPBE_TOOLS_TGZ"');
        for (const line of script.slice(1)) {
            const step = runStep(line, repo, job.variables, 'sh');
            expect({ line, code: step.code }, step.output).toEqual({ line, code: 0 });
        }
        const issues = JSON.parse(readFileSync(join(repo, job.artifacts.reports.codequality), 'utf-8')) as Array<{ location: { path: string } }>;
        expect(issues).toHaveLength(12);
        expect(issues.every(i => i.location.path.startsWith('arsitektur/') && existsSync(join(repo, i.location.path)))).toBe(true);
        const junit = parseXml(readFileSync(join(repo, job.artifacts.reports.junit), 'utf-8'));
        expect(junit.children[0].children.length).toBe(40);
        expect((readdirSync(join(repo, 'spbe-out'), { recursive: true }) as string[]).some(f => f.endsWith('.pdf'))).toBe(true);
    }, 4 * spawningTestTimeout);

    test('a `$` in the workspace or tarball path is written as GitLab\'s literal `$$` (GitLab expands variables in values)', () => {
        const repo = repositoryWithExample();
        execFileSync('git', ['mv', '-k', 'arsitektur', 'arsi$HOME'], { cwd: repo });
        const moved = join(repo, 'arsi$HOME');
        if (!existsSync(moved)) {
            execFileSync('mv', [join(repo, 'arsitektur'), moved]);
        }
        const r = runCli(['ci-template', 'gitlab', 'arsi$HOME', '--tarball', 'vendor/$x.tgz'], { cwd: repo });
        expect(r.code, r.stderr).toBe(0);
        const job = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf-8')).spbe;
        expect(job.variables).toEqual({ SPBE_TOOLS_TGZ: './vendor/$$x.tgz', SPBE_WORKSPACE: 'arsi$$HOME' });
    }, spawningTestTimeout);

    test('the Indonesian GitHub workflow has no English comment', () => {
        const repo = repositoryWithExample();
        expect(runCli(['ci-template', 'github', 'arsitektur', '--locale', 'id'], { cwd: repo }).code).toBe(0);
        const comments = readFileSync(join(repo, '.github/workflows/spbe.yml'), 'utf-8').split('\n').filter(line => line.trim().startsWith('#'));
        expect(comments.length).toBeGreaterThan(3);
        expect(comments.filter(line => /\b(the|is|not|from|Nothing)\b/.test(line))).toEqual([]);
    }, spawningTestTimeout);

    test('the install step names a missing tarball and stops before npm; a URL is left to npm', () => {
        const repo = repositoryWithExample();
        expect(runCli(['ci-template', 'gitlab', 'arsitektur', '--locale', 'en'], { cwd: repo }).code).toBe(0);
        const job = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf-8')).spbe;
        const check = (job.script[0] as string).split('\n').filter(l => !l.includes('npm install')).join('\n');
        const missing = runStep(check, repo, job.variables, 'sh');
        expect(missing.code).toBe(1);
        expect(missing.output.trim()).toBe(`The spbe CLI tarball is not at ./tools/spbe-tools-${version}.tgz: commit spbe-tools-<version>.tgz there or set the SPBE_TOOLS_TGZ variable to its path or URL.`);
        mkdirSync(join(repo, 'tools'));
        writeFileSync(join(repo, `tools/spbe-tools-${version}.tgz`), '');
        expect(runStep(check, repo, job.variables, 'sh').code).toBe(0);
        expect(runStep(check, repo, { ...job.variables, SPBE_TOOLS_TGZ: 'https://example.invalid/spbe-tools.tgz' }, 'sh').code).toBe(0);
    }, spawningTestTimeout);
});

describe('writing the pipeline file', () => {
    test('an existing pipeline is kept without --force (exit 2, named); --force replaces it; no .spbe file is touched', () => {
        const repo = repositoryWithExample();
        const before = sources(repo);
        mkdirSync(join(repo, '.github/workflows'), { recursive: true });
        writeFileSync(join(repo, '.github/workflows/spbe.yml'), 'name: mine\n');
        const refused = runCli(['ci-template', 'github', 'arsitektur', '--locale', 'en'], { cwd: repo });
        expect(refused.code).toBe(2);
        expect(refused.stderr).toBe('spbe: .github/workflows/spbe.yml already exists and was not overwritten; add --force to replace it (its content is lost), or remove it first\n');
        expect(readFileSync(join(repo, '.github/workflows/spbe.yml'), 'utf-8')).toBe('name: mine\n');
        expect(runCli(['ci-template', 'github', 'arsitektur', '--force'], { cwd: repo }).code).toBe(0);
        expect(parse(readFileSync(join(repo, '.github/workflows/spbe.yml'), 'utf-8')).name).toBe('spbe');
        expect(sources(repo)).toEqual(before);
    }, spawningTestTimeout);

    test('a folder without .spbe files is refused; outside a git repository the file goes into the folder, which is said', () => {
        const empty = mkdtempSync(join(tmpdir(), 'spbe-ci-empty-'));
        const refused = runCli(['ci-template', 'gitlab', empty]);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toMatch(/tidak berisi berkas \.spbe/);
        expect(existsSync(join(empty, '.gitlab-ci.yml'))).toBe(false);
        const plain = mkdtempSync(join(tmpdir(), 'spbe-ci-plain-'));
        copySources(join(repoRoot, 'examples/minimal'), plain);
        const r = runCli(['ci-template', 'gitlab', plain, '--tarball', 'https://example.invalid/spbe-tools.tgz', '--locale', 'en']);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toContain('is not inside a git repository');
        expect(r.stdout).toContain('The pipeline installs spbe from https://example.invalid/spbe-tools.tgz');
        expect(parse(readFileSync(join(plain, '.gitlab-ci.yml'), 'utf-8')).spbe.variables).toEqual({ SPBE_TOOLS_TGZ: 'https://example.invalid/spbe-tools.tgz', SPBE_WORKSPACE: '.' });
    }, spawningTestTimeout);

    test('spbe init --ci: a new workspace with its pipeline; in an existing workspace, only the pipeline', () => {
        const repo = mkdtempSync(join(tmpdir(), 'spbe-ci-init-'));
        execFileSync('git', ['init', '-q'], { cwd: repo });
        const r = runCli(['init', 'spbe', '--ci', 'gitlab', '--tarball', 'vendor/spbe.tgz'], { cwd: repo });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout.split('\n').slice(0, 5)).toEqual(['spbe/pemda.spbe', 'spbe/opd/setda.spbe', 'spbe/opd/diskominfo.spbe', 'spbe/peta-rencana.spbe', '.gitlab-ci.yml']);
        expect(parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf-8')).spbe.variables).toEqual({ SPBE_TOOLS_TGZ: './vendor/spbe.tgz', SPBE_WORKSPACE: 'spbe' });
        const before = sources(repo);
        const again = runCli(['init', 'spbe', '--ci', 'github', '--locale', 'en'], { cwd: repo });
        expect(again.code, again.stderr).toBe(0);
        expect(again.stdout.split('\n').slice(0, 2)).toEqual(['.github/workflows/spbe.yml', 'spbe already holds a workspace; no .spbe file was created or changed.']);
        expect(sources(repo)).toEqual(before);
        // A new workspace whose pipeline would be refused: nothing is written at all.
        const refused = runCli(['init', 'lain', '--ci', 'gitlab'], { cwd: repo });
        expect(refused.code).toBe(2);
        expect(refused.stderr).toMatch(/^spbe: \.gitlab-ci\.yml sudah ada/);
        expect(existsSync(join(repo, 'lain'))).toBe(false);
        // Without --ci/--hooks, init still refuses a folder with a workspace.
        expect(runCli(['init', 'spbe'], { cwd: repo }).code).toBe(2);
        expect(statSync(join(repo, '.github/workflows/spbe.yml')).isFile()).toBe(true);
    }, spawningTestTimeout);
});
