import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AllIssueCodes } from 'spbe-model';
import { runCli } from '../helpers/run-cli.js';

function workspace(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-cli-'));
    for (const [name, text] of Object.entries(files)) {
        writeFileSync(join(dir, name), text);
    }
    return dir;
}

const withError = () => workspace({ 'a.spbe': 'pemda P { periode 2025..2029 }\nopd A { pic "a" aplikasi X { hosting NOPE } }' });

describe('spbe validate', () => {
    test('the Kota Kediri example: exit 0 (warnings only) and a summary line', () => {
        const r = runCli(['validate', 'examples/kota-kediri']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/^examples\/kota-kediri\/opd\/bkpsdm\.spbe:18:14 {2}peringatan {2}Aplikasi BKPSDM\.SIPARWA .* \[duplicate-application\]$/m);
        expect(r.stdout.trim().split('\n').at(-1)).toBe('40 berkas diperiksa: 0 galat, 11 peringatan, 1 info.');
    });

    test('exit 1 when there are errors', () => {
        const r = runCli(['validate', withError()]);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain("a.spbe:2:38  galat  Tidak ditemukan infrastruktur bernama 'NOPE'.  [unresolved-reference]");
    });

    test('--max-warnings like eslint', () => {
        expect(runCli(['validate', 'examples/kota-kediri', '--max-warnings', '11']).code).toBe(0);
        expect(runCli(['validate', 'examples/kota-kediri', '--max-warnings', '10']).code).toBe(1);
        expect(runCli(['validate', 'examples/kota-kediri', '--max-warnings', 'many']).code).toBe(2);
    });

    test('--format json: the documented shape, 1-based positions, sorted by file then line', () => {
        const r = runCli(['validate', 'examples/kota-kediri', '--format', 'json', '--locale', 'en']);
        expect(r.code).toBe(0);
        const findings = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
        expect(findings).toHaveLength(12);
        for (const f of findings) {
            expect(Object.keys(f)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
            expect(AllIssueCodes).toContain(f.code);
        }
        expect(findings.find(f => f.code === 'duplicate-application')).toEqual({
            file: 'opd/bkpsdm.spbe', line: 18, column: 14, endLine: 18, endColumn: 21, severity: 'warning', code: 'duplicate-application',
            message: "Application BKPSDM.SIPARWA has the same function 'Staff performance' as RSUD_GAMBIRAN.SIMKIN_RS in another OPD."
        });
        const keys = findings.map(f => `${f.file}\u0000${String(f.line).padStart(6, '0')}`);
        expect(keys).toEqual([...keys].sort());
    });

    test('--format sarif: SARIF 2.1.0 with rules, levels and 1-based regions', () => {
        const r = runCli(['validate', withError(), '--format', 'sarif']);
        expect(r.code).toBe(1);
        const sarif = JSON.parse(r.stdout);
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
        const run = sarif.runs[0];
        expect(run.tool.driver.name).toBe('spbe');
        expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([...AllIssueCodes]);
        expect(run.results.length).toBeGreaterThan(0);
        for (const result of run.results) {
            expect(['error', 'warning', 'note']).toContain(result.level);
            expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
            expect(typeof result.message.text).toBe('string');
            const location = result.locations[0].physicalLocation;
            expect(location.artifactLocation).toEqual({ uri: 'a.spbe', uriBaseId: 'WORKSPACE' });
            expect(location.region.startLine).toBeGreaterThanOrEqual(1);
            expect(location.region.startColumn).toBeGreaterThanOrEqual(1);
        }
        expect(run.results.find((x: { ruleId: string }) => x.ruleId === 'unresolved-reference').level).toBe('error');
    });

    test('a missing folder or a folder without sources: a clear message and exit 2, no stack trace', () => {
        const missing = runCli(['validate', '/no/such/folder', '--locale', 'en']);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toBe('spbe: Folder not found: /no/such/folder; check the path\n');
        expect(runCli(['validate', '/no/such/folder']).stderr).toBe('spbe: Folder tidak ditemukan: /no/such/folder; periksa jalurnya\n');
        const empty = runCli(['validate', mkdtempSync(join(tmpdir(), 'spbe-empty-')), '--locale', 'en']);
        expect(empty.code).toBe(2);
        expect(empty.stderr).toMatch(/^spbe: No \.spbe files below /);
    });

    test('bad usage exits 2; --help and --version exit 0', () => {
        expect(runCli(['validate', '--format', 'xml']).code).toBe(2);
        expect(runCli(['nonsense']).code).toBe(2);
        expect(runCli(['--help']).code).toBe(0);
        expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    });
});

describe('spbe init', () => {
    test('scaffolds a workspace that validates with no findings at all', () => {
        const dir = join(mkdtempSync(join(tmpdir(), 'spbe-init-')), 'kota');
        const init = runCli(['init', dir, '--name', 'KotaBaru', '--title', 'Pemerintah "Kota" Baru', '--year', '2026']);
        expect(init.code).toBe(0);
        expect(init.stdout.trim().split('\n').map(l => l.slice(dir.length + 1))).toEqual(['pemda.spbe', 'opd/setda.spbe', 'opd/diskominfo.spbe', 'peta-rencana.spbe']);
        const r = runCli(['validate', dir, '--format', 'json']);
        expect(JSON.parse(r.stdout)).toEqual([]);
        expect(r.code).toBe(0);
    });

    test('refuses a folder that already has .spbe files and changes nothing', () => {
        const dir = workspace({ 'pemda.spbe': '// mine' });
        const r = runCli(['init', dir, '--locale', 'en']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('already contains .spbe files');
        expect(execFileSync('cat', [join(dir, 'pemda.spbe')], { encoding: 'utf-8' })).toBe('// mine');
    });

    test('rejects a pemda name that is not an identifier or is a keyword', () => {
        expect(runCli(['init', mkdtempSync(join(tmpdir(), 'spbe-init-')), '--name', 'Kota Baru']).code).toBe(2);
        const keyword = runCli(['init', mkdtempSync(join(tmpdir(), 'spbe-init-')), '--name', 'opd', '--locale', 'en']);
        expect(keyword.code).toBe(2);
        expect(keyword.stderr).toContain("'opd' is a keyword of the language");
    });
});
