import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstNode, Cancellation, ValidationOptions } from 'langium';
import { describe, expect, test, vi } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { ImportCheckError, importInventory } from 'spbe-server';
import { importCommand } from '../../packages/cli/src/commands/inventory.js';
import { workspaceCopy } from './inventory-fixture.js';

/**
 * A validator whose checks crash on any document naming `MELEDAK` outside the checks' own guard, the
 * way a stack overflow in a walk over a 100k-element OPD does: Langium logs it and keeps the
 * diagnostics found so far, so the file would look clean.
 */
vi.mock('../../packages/language/src/validation/spbe-document-validator.ts', async importOriginal => {
    const original = await importOriginal<typeof import('../../packages/language/src/validation/spbe-document-validator.js')>();
    class CrashingValidator extends original.SpbeDocumentValidator {
        protected override async validateAst(node: AstNode, options: ValidationOptions, token?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
            const text = node.$document?.textDocument.getText() ?? '';
            if (text.includes('MELEDAK')) {
                throw new RangeError('Maximum call stack size exceeded');
            }
            if (text.includes('BANJIR')) {
                // As many findings as a 150k-element OPD: Langium's `push(...found)` overflows the stack.
                const finding = { severity: 1 as const, range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } }, message: 'temuan', code: 'uji' };
                return new Array(250_000).fill(finding);
            }
            return super.validateAst(node, options, token);
        }
    }
    return { ...original, SpbeDocumentValidator: CrashingValidator };
});

describe('spbe import: a check that fails before writing refuses the import', () => {
    test('the crash is reported with its stage and file, and nothing is written (it used to pass as clean)', async () => {
        const ws = workspaceCopy();
        const before = readdirSync(join(ws, 'opd')).sort();
        const kominfo = readFileSync(join(ws, 'opd/kominfo.spbe'));
        const csv = join(mkdtempSync(join(tmpdir(), 'spbe-crash-')), 'inventaris-aplikasi.csv');
        writeFileSync(csv, 'OPD,ID,Nama,Fungsi\nBARU,MELEDAK,Aplikasi,sektoral\n');
        const attempt = importInventory({ files: [csv], workspace: ws, opds: ['BARU'], locale: 'en' });
        await expect(attempt).rejects.toBeInstanceOf(ImportCheckError);
        await expect(importInventory({ files: [csv], workspace: ws, opds: ['BARU'], locale: 'en' }))
            .rejects.toThrow('the check before writing failed (validation, opd/baru.spbe): Maximum call stack size exceeded; nothing was written.');
        expect(readdirSync(join(ws, 'opd')).sort()).toEqual(before);
        expect(readFileSync(join(ws, 'opd/kominfo.spbe')).equals(kominfo)).toBe(true);
    });

    test('findings lost after the checks (a spread of 250k findings overflowing the stack): refused, or the findings block it; never written as clean', async () => {
        const ws = workspaceCopy();
        const csv = join(mkdtempSync(join(tmpdir(), 'spbe-crash-')), 'inventaris-aplikasi.csv');
        writeFileSync(csv, 'OPD,ID,Nama,Fungsi\nBARU,BANJIR,Aplikasi,sektoral\n');
        const outcome = await importInventory({ files: [csv], workspace: ws, opds: ['BARU'], locale: 'en' }).catch((error: Error) => error);
        if (outcome instanceof Error) {
            expect(outcome).toBeInstanceOf(ImportCheckError);
            expect(outcome.message).toMatch(/^the check before writing failed \(validation, opd\/baru\.spbe\): /);
        } else {
            expect(outcome.written).toBe(false);
            expect(outcome.problems.length).toBeGreaterThan(0);
        }
        expect(readdirSync(join(ws, 'opd')).sort()).toEqual(['dinkes.spbe', 'kominfo.spbe']);
    });

    test('the same import without the crash is written: the refusal comes from the failure, not from the rows', async () => {
        const ws = workspaceCopy();
        const csv = join(mkdtempSync(join(tmpdir(), 'spbe-crash-')), 'inventaris-aplikasi.csv');
        writeFileSync(csv, 'OPD,ID,Nama,Fungsi\nBARU,TENANG,Aplikasi,sektoral\n');
        const outcome = await importInventory({ files: [csv], workspace: ws, opds: ['BARU'], locale: 'en' });
        expect([outcome.problems, outcome.written]).toEqual([[], true]);
    });

    test('spbe import: exit 3 and one line naming the stage and the file, in the user\'s language; no stack trace', async () => {
        const ws = workspaceCopy();
        const csv = join(mkdtempSync(join(tmpdir(), 'spbe-crash-')), 'inventaris-aplikasi.csv');
        writeFileSync(csv, 'OPD,ID,Nama,Fungsi\nBARU,MELEDAK,Aplikasi,sektoral\n');
        const errors: string[] = [];
        const spy = vi.spyOn(process.stderr, 'write').mockImplementation(chunk => { errors.push(String(chunk)); return true; });
        const out: string[] = [];
        try {
            const code = await importCommand([csv], { opd: 'BARU', workspace: ws, format: 'text', locale: 'id' }, text => out.push(text));
            expect(code).toBe(3);
        } finally {
            spy.mockRestore();
        }
        expect(out).toEqual([]);
        expect(errors.filter(e => e.startsWith('spbe:'))).toEqual(['spbe: pemeriksaan sebelum menulis gagal (validasi, opd/baru.spbe): Maximum call stack size exceeded; tidak ada berkas yang ditulis.\n']);
    });
});
