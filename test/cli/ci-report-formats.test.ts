import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { FileDiagnostic } from 'spbe-server/validate';
import { codeQualityReport } from '../../packages/cli/src/report/codequality-report.js';
import { junitReport } from '../../packages/cli/src/report/junit-report.js';
import { repositoryPrefix } from '../../packages/cli/src/repository-path.js';
import { sarifReport } from '../../packages/cli/src/report/sarif-report.js';
import { runCli, spawningTestTimeout } from '../helpers/run-cli.js';
import { parseXml, type XmlElement } from '../helpers/xml-tree.js';

const gitLabSeverities = ['info', 'minor', 'major', 'critical', 'blocker'];

/** The fields GitLab documents for a Code Quality report entry, with their types. */
function expectGitLabIssue(issue: Record<string, unknown>): void {
    expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
    expect(typeof issue.description).toBe('string');
    expect(typeof issue.check_name).toBe('string');
    expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(gitLabSeverities).toContain(issue.severity);
    const location = issue.location as { path: string; lines: { begin: number } };
    expect(typeof location.path).toBe('string');
    expect(Number.isInteger(location.lines.begin) && location.lines.begin >= 1).toBe(true);
}

const children = (e: XmlElement, name: string) => e.children.filter(c => c.name === name);

/** A git repository with the workspace in `arsitektur/`: one file with an error, one clean. */
function repositoryWithWorkspace(): string {
    const repo = mkdtempSync(join(tmpdir(), 'spbe-ci-report-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    mkdirSync(join(repo, 'arsitektur', 'opd'), { recursive: true });
    writeFileSync(join(repo, 'arsitektur', 'pemda.spbe'), 'pemda P { periode 2025..2029 }\n');
    writeFileSync(join(repo, 'arsitektur', 'opd', 'a.spbe'), 'opd A { pic "a" aplikasi X { hosting NOPE } }\n');
    return repo;
}

const diagnostic = (over: Partial<FileDiagnostic>): FileDiagnostic => ({
    file: 'a.spbe', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', code: 'unresolved-reference', message: 'm', ...over
});

describe('spbe validate --format codequality', () => {
    test('GitLab\'s documented fields; paths from the repository root; exit 1 with an error; -o writes the file', () => {
        const repo = repositoryWithWorkspace();
        const r = runCli(['validate', 'arsitektur', '--format', 'codequality'], { cwd: repo });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(1);
        const issues = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
        expect(issues.length).toBeGreaterThan(0);
        issues.forEach(expectGitLabIssue);
        expect(issues.every(i => !/^\/|\\/.test((i.location as { path: string }).path))).toBe(true);
        const error = issues.find(i => i.check_name === 'unresolved-reference')!;
        expect(error).toMatchObject({ severity: 'critical', location: { path: 'arsitektur/opd/a.spbe', lines: { begin: 1 } } });
        const written = runCli(['validate', 'arsitektur', '--format', 'codequality', '-o', 'gl-code-quality-report.json'], { cwd: repo });
        expect(written).toMatchObject({ code: 1, stdout: 'gl-code-quality-report.json\n', stderr: '' });
        expect(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf-8')).toBe(r.stdout);
    }, spawningTestTimeout);

    test('the Kota Kediri example: warnings are minor, info is info, every fingerprint distinct', () => {
        const r = runCli(['validate', 'examples/kota-kediri', '--format', 'codequality']);
        expect(r.code).toBe(0);
        const issues = JSON.parse(r.stdout) as Array<{ severity: string; fingerprint: string; location: { path: string } }>;
        expect(issues).toHaveLength(12);
        expect(issues.filter(i => i.severity === 'minor')).toHaveLength(11);
        expect(issues.filter(i => i.severity === 'info')).toHaveLength(1);
        expect(new Set(issues.map(i => i.fingerprint)).size).toBe(12);
        expect(issues.every(i => i.location.path.startsWith('examples/kota-kediri/'))).toBe(true);
    }, spawningTestTimeout);

    test('the fingerprint survives lines added above and re-indentation, not an edit of the flagged line nor --locale', () => {
        const source = 'opd A {\n  pic "a"\n  aplikasi X { hosting NOPE }\n}\n';
        const finding = diagnostic({ line: 3, endLine: 3, message: 'Tidak ditemukan NOPE' });
        const fingerprint = (text: string, d: FileDiagnostic) =>
            (JSON.parse(codeQualityReport([d], 'ws/', new Map([['a.spbe', text]]))) as Array<{ fingerprint: string }>)[0].fingerprint;
        const base = fingerprint(source, finding);
        const moved = '// catatan\n// lagi\n' + source.replace('  aplikasi', '      aplikasi');
        expect(fingerprint(moved, { ...finding, line: 5, endLine: 5 })).toBe(base);
        expect(fingerprint(source, { ...finding, message: 'NOPE not found' })).toBe(base);
        expect(fingerprint(source.replace('NOPE', 'NOPE2'), finding)).not.toBe(base);
        expect(fingerprint(source, { ...finding, code: 'other-code' })).not.toBe(base);
        // Two identical findings on identical lines stay two issues.
        const twice = 'aplikasi X { hosting NOPE }\naplikasi X { hosting NOPE }\n';
        const both = JSON.parse(codeQualityReport([diagnostic({}), diagnostic({ line: 2, endLine: 2 })], '', new Map([['a.spbe', twice]]))) as Array<{ fingerprint: string }>;
        expect(both[0].fingerprint).not.toBe(both[1].fingerprint);
    });
});

describe('spbe validate --format junit', () => {
    test('one test suite, one test case per file; a file with errors fails with every error listed', () => {
        const repo = repositoryWithWorkspace();
        const r = runCli(['validate', 'arsitektur', '--format', 'junit', '--locale', 'en'], { cwd: repo });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(1);
        const root = parseXml(r.stdout);
        expect(root.name).toBe('testsuites');
        const [suite] = children(root, 'testsuite');
        expect(children(root, 'testsuite')).toHaveLength(1);
        const cases = children(suite, 'testcase');
        expect(cases.map(c => c.attributes.file)).toEqual(['arsitektur/opd/a.spbe', 'arsitektur/pemda.spbe']);
        expect(suite.attributes).toMatchObject({ tests: '2', failures: '1' });
        const [failure] = children(cases[0], 'failure');
        expect(failure.attributes.type).toBe('unresolved-reference');
        expect(failure.attributes.message).toMatch(/^1 error; the first: arsitektur\/opd\/a\.spbe:1:38 {2}error {2}/);
        expect(failure.text).toContain('arsitektur/opd/a.spbe:1:38  error  ');
        expect(children(cases[1], 'failure')).toHaveLength(0);
    }, spawningTestTimeout);

    test('the Kota Kediri example: 40 passing test cases, warnings in system-out', () => {
        const r = runCli(['validate', 'examples/kota-kediri', '--format', 'junit']);
        expect(r.code).toBe(0);
        const suite = children(parseXml(r.stdout), 'testsuite')[0];
        const cases = children(suite, 'testcase');
        expect(cases).toHaveLength(40);
        expect(cases.filter(c => children(c, 'failure').length > 0)).toHaveLength(0);
        const out = cases.flatMap(c => children(c, 'system-out')).map(o => o.text).join('\n');
        expect(out).toMatch(/^examples\/kota-kediri\/opd\/bkpsdm\.spbe:18:14 {2}peringatan {2}.*\[duplicate-application\]$/m);
    }, spawningTestTimeout);
});

describe('hostile messages and paths', () => {
    const hostile = fc.string({ unit: fc.constantFrom('"', '\'', '<', '>', '&', ']]>', '\u0000', '\u0008', '\u001F', '\r', '\n', '\t',
        '\uFFFE', '\uD800', '\uDC00', '😀', '\u{10FFFF}', 'a', ' ', '/', '\\', 'é', '--', '<!--') , maxLength: 30 });
    const findings = fc.array(fc.record({
        file: hostile.map(s => `d/${s}.spbe`), message: hostile, code: hostile,
        severity: fc.constantFrom('error', 'warning', 'info', 'hint') as fc.Arbitrary<FileDiagnostic['severity']>,
        line: fc.integer({ min: 1, max: 5 })
    }), { maxLength: 6 });

    test('give well-formed JUnit XML that keeps every XML-safe character', () => {
        fc.assert(fc.property(findings, hostile, (list, prefix) => {
            const diagnostics = list.map(f => diagnostic({ ...f, endLine: f.line }));
            const files = [...new Set(diagnostics.map(d => d.file))];
            const root = parseXml(junitReport(diagnostics, files, prefix, 'en'));
            const cases = children(children(root, 'testsuite')[0], 'testcase');
            expect(cases).toHaveLength(files.length);
            // Attributes keep tabs, line breaks and quotes (written as references), only XML-forbidden characters become U+FFFD.
            const safe = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
            expect(cases.map(c => c.attributes.file)).toEqual(files.map(f => safe(prefix + f)));
            for (const d of diagnostics.filter(x => x.severity === 'error')) {
                const failure = children(cases[files.indexOf(d.file)], 'failure')[0];
                expect(failure.text).toContain(safe(d.message));
            }
        }));
    });

    test('give JSON (Code Quality, SARIF) that parses back to the same text', () => {
        fc.assert(fc.property(findings, (list) => {
            const diagnostics = list.map(f => diagnostic({ ...f, endLine: f.line }));
            const issues = JSON.parse(codeQualityReport(diagnostics, 'x/', new Map())) as Array<Record<string, unknown>>;
            issues.forEach(expectGitLabIssue);
            expect(issues.map(i => i.description)).toEqual(diagnostics.map(d => d.message));
            expect(issues.map(i => (i.location as { path: string }).path)).toEqual(diagnostics.map(d => `x/${d.file}`));
            const sarif = JSON.parse(sarifReport(diagnostics, '0.0.0', 'x/'));
            expect(sarif.runs[0].results.map((r: { message: { text: string } }) => r.message.text)).toEqual(diagnostics.map(d => d.message));
        }));
    });
});

describe('repository-relative paths', () => {
    test('a workspace in a subfolder of a git repository is named from its root; outside a repository, from itself', () => {
        const repo = repositoryWithWorkspace();
        expect(repositoryPrefix(join(repo, 'arsitektur'))).toBe('arsitektur/');
        expect(repositoryPrefix(repo)).toBe('');
        expect(repositoryPrefix(mkdtempSync(join(tmpdir(), 'spbe-no-repo-')))).toBe('');
    });

    test('SARIF in a repository: repository-relative URIs on the SRCROOT base', () => {
        const repo = repositoryWithWorkspace();
        const r = runCli(['validate', 'arsitektur', '--format', 'sarif'], { cwd: repo });
        const run = JSON.parse(r.stdout).runs[0];
        expect(Object.keys(run.originalUriBaseIds)).toEqual(['SRCROOT']);
        expect(run.results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: unknown } }> }) => x.locations[0].physicalLocation.artifactLocation))
            .toContainEqual({ uri: 'arsitektur/opd/a.spbe', uriBaseId: 'SRCROOT' });
    }, spawningTestTimeout);
});
