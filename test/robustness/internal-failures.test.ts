import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { InternalFailureError, loadWorkspace } from 'spbe-server';
import { WorkspaceFacts } from '../../packages/language/src/analysis/workspace-facts.js';
import { SpbeDocumentValidator } from '../../packages/language/src/validation/spbe-document-validator.js';
import { main } from '../../packages/cli/src/main.js';
import { createTestServices } from '../helpers/test-services.js';
import { WorkspaceValidation } from '../../packages/language/src/lsp/workspace-validation.js';
import { SpbeSettings } from '../../packages/language/src/spbe-settings.js';

const source = 'opd A "A" {\n    pic "P"\n    aplikasi X "X" { hosting I }\n    infrastruktur I "I" { jenis server tier 7 }\n}\n';

function workspace(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-internal-'));
    for (const [path, content] of Object.entries(files)) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), content);
    }
    return dir;
}

afterEach(() => {
    vi.restoreAllMocks();
});

describe('an internal failure is never a clean result', () => {
    test('a check that throws is contained: one internal-error naming the check (with a count), the other findings stay', async () => {
        const t = createTestServices();
        t.services.validation.ValidationRegistry.register({
            Aplikasi: function checkThatOverflows() { throw new RangeError('Maximum call stack size exceeded'); }
        }, undefined, 'fast');
        const loaded = await t.load({ 'a.spbe': source + 'opd B { pic "Q"\n aplikasi Y { } }\n' });
        const failures = loaded.withCode('internal-error');
        expect(failures).toHaveLength(1);
        expect(failures[0].message).toMatch(/Pemeriksaan checkThatOverflows gagal .*2 kali.*Maximum call stack size exceeded/);
        expect(failures[0].severity).toBe(1);
        expect(loaded.codes()).toContain('invalid-value');
    });

    test('a reference whose resolution throws is an internal-error, not an unresolved name', async () => {
        const t = createTestServices();
        vi.spyOn(t.services.references.ScopeProvider, 'getScope').mockImplementation(() => { throw new Error('scope exploded'); });
        const loaded = await t.load({ 'a.spbe': source });
        expect(loaded.codes()).not.toContain('unresolved-reference');
        expect(loaded.withCode('internal-error')[0].message).toMatch(/penautan referensi.*scope exploded/);
    });

    test('validation failing as a whole keeps the syntax findings and adds an internal-error on the file', async () => {
        const t = createTestServices();
        vi.spyOn(SpbeDocumentValidator.prototype as unknown as { validateAst: () => Promise<Diagnostic[]> }, 'validateAst')
            .mockRejectedValue(new RangeError('Maximum call stack size exceeded'));
        const loaded = await t.load({ 'a.spbe': 'opd A { pic }\n' });
        expect(loaded.codes()).toContain('syntax');
        const failure = loaded.withCode('internal-error');
        expect(failure).toHaveLength(1);
        expect(failure[0].range.start).toEqual({ line: 0, character: 0 });
        expect(failure[0].message).toMatch(/validasi/);
    });

    test('200,000 findings in one file are all kept (Langium spreads them into one call: stack overflow)', async () => {
        const t = createTestServices();
        const many = Array.from({ length: 200_000 }, (): Diagnostic => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', severity: 2, code: 'aplikasi-unused' }));
        vi.spyOn(SpbeDocumentValidator.prototype as unknown as { validateAst: () => Promise<Diagnostic[]> }, 'validateAst').mockResolvedValue(many);
        const loaded = await t.load({ 'a.spbe': source });
        expect(loaded.withCode('aplikasi-unused')).toHaveLength(200_000);
        expect(loaded.codes()).not.toContain('internal-error');
    });

    test('an OPD with 200,000 elements: the workspace facts list them all (push(...x) overflowed the stack)', () => {
        const elements = Array.from({ length: 200_000 }, (_, i) => ({ $type: 'Aplikasi', name: `A${i}` }));
        const document = { uri: URI.parse('file:///ws/a.spbe'), parseResult: { value: { $type: 'Workspace', declarations: [{ $type: 'Opd', name: 'A', elements }] } } };
        const facts = new WorkspaceFacts([document as unknown as LangiumDocument]);
        expect(facts.elements).toHaveLength(200_000);
    });

    test('loading throws InternalFailureError (stage, file, line) unless asked to keep the failures', async () => {
        vi.spyOn(WorkspaceFacts.prototype, 'usesOf').mockImplementation(() => { throw new RangeError('Maximum call stack size exceeded'); });
        const dir = workspace({ 'opd/a.spbe': 'opd A "A" {\n    pic "P"\n    aplikasi X "X" { status rencana }\n}\n', 'pemda.spbe': 'pemda P "P" { periode 2025..2029 }\n' });
        const error = await loadWorkspace(dir).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InternalFailureError);
        expect(error).toMatchObject({ stage: 'validation', file: 'opd/a.spbe', line: 3 });
        const kept = await loadWorkspace(dir, { keepInternalFailures: true });
        expect(kept.diagnostics.filter(d => d.code === 'internal-error')).toHaveLength(1);
    });

    test('spbe validate prints the report, then one line naming the stage and the file, and exits with 3 (id and en)', async () => {
        vi.spyOn(WorkspaceFacts.prototype, 'usesOf').mockImplementation(() => { throw new RangeError('Maximum call stack size exceeded'); });
        const dir = workspace({ 'opd/a.spbe': 'opd A "A" {\n    pic "P"\n    aplikasi X "X" { status rencana }\n}\n', 'pemda.spbe': 'pemda P "P" { periode 2025..2029 }\n' });
        const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
        const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
        expect(await main(['node', 'spbe', 'validate', dir])).toBe(3);
        expect(await main(['node', 'spbe', 'validate', dir, '--locale', 'en'])).toBe(3);
        const out = stdout.mock.calls.map(c => String(c[0])).join('');
        const err = stderr.mock.calls.map(c => String(c[0]));
        expect(out).toMatch(/opd\/a\.spbe:3:\d+ +galat +Pemeriksaan \w+ gagal.*\[internal-error\]/);
        expect(err).toHaveLength(2);
        expect(err[0]).toMatch(/^spbe: galat internal pada tahap validasi untuk opd\/a\.spbe:3: .*Maximum call stack size exceeded.*\n$/);
        expect(err[1]).toMatch(/^spbe: internal error in the validation stage for opd\/a\.spbe:3: .*\n$/);
        expect(err.join('')).not.toMatch(/\n\s+at /);
    });

    test('a server-side full validation that fails rejects its callers instead of retrying forever', async () => {
        const t = createTestServices();
        const validation = new WorkspaceValidation(t.services.shared, new SpbeSettings());
        await t.load({ 'a.spbe': source });
        vi.spyOn(t.services.shared.workspace.DocumentBuilder, 'build').mockRejectedValue(new RangeError('Maximum call stack size exceeded'));
        const outcome = await Promise.race([
            validation.validateAll().then(() => 'resolved', (error: Error) => error.message),
            new Promise(resolve => setTimeout(() => resolve('still waiting'), 5_000))
        ]);
        expect(outcome).toBe('Maximum call stack size exceeded');
    });
});
