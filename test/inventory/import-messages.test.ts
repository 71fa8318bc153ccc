import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from 'spbe-server';
import { importInventory, UserError, type ImportRequest } from 'spbe-server';
import { filledWorkbook, workspaceCopy } from './inventory-fixture.js';

/** The refusal of `request`, in both languages. */
async function refusal(request: Omit<ImportRequest, 'locale'>): Promise<{ id: string; en: string }> {
    const error = await importInventory({ ...request, locale: 'id' }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    return { id: (error as UserError).in('id'), en: (error as UserError).in('en') };
}

describe('import: every refusal in both languages', () => {
    test('a missing file, an OPD declared elsewhere, an existing file without --force, a file outside, a wrong type', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({ 'Aplikasi': [{ 'OPD': 'DISDUKCAPIL', 'Nama': 'Aplikasi Keuangan', 'Fungsi': 'keuangan' }] });
        expect(await refusal({ files: ['nothere.xlsx'], workspace: ws, opds: ['X'] })).toEqual({
            id: 'Tidak dapat membaca nothere.xlsx: berkas tidak ada', en: 'Cannot read nothere.xlsx: file not found'
        });
        expect(await refusal({ files: [file], workspace: ws, opds: ['DINKES'], output: join(ws, 'opd/baru.spbe') })).toEqual({
            id: 'OPD DINKES sudah dideklarasikan di opd/dinkes.spbe; impor ke berkas itu (dengan --force) atau hapus dulu deklarasinya',
            en: 'OPD DINKES is already declared in opd/dinkes.spbe; import into that file (with --force) or remove it first'
        });
        const exists = await refusal({ files: [file], workspace: ws, opds: ['KOMINFO'] });
        expect(exists.id).toMatch(/kominfo\.spbe sudah ada; beri --force untuk mengganti blok OPD KOMINFO di dalamnya \(isi lain berkas tetap\)$/);
        expect(exists.en).toMatch(/kominfo\.spbe exists; pass --force to replace OPD KOMINFO's block in it \(the rest of the file is kept\)$/);
        const outside = await refusal({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], output: join(ws, '..', 'luar.spbe') });
        expect(outside.id).toMatch(/luar\.spbe berada di luar ruang kerja /);
        expect(outside.en).toMatch(/luar\.spbe is outside the workspace /);
        const notSpbe = await refusal({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], output: join(ws, 'opd/baru.txt') });
        expect(notSpbe.id).toMatch(/baru\.txt: keluaran harus berkas \.spbe$/);
        expect(notSpbe.en).toMatch(/baru\.txt: the output must be a \.spbe file$/);
        const several = await refusal({ files: [file], workspace: ws, opds: ['A', 'B'], output: join(ws, 'opd/baru.spbe') });
        expect(several.id).toMatch(/^-o menyebut satu berkas/);
        expect(several.en).toMatch(/^-o names one file/);
    });

    test('a year problem names the year format in the chosen language', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({ 'Aplikasi': [{ 'Nama': 'Aplikasi Keuangan', 'Fungsi': 'keuangan', 'Dihentikan Tahun': '25' }] });
        const message = async (locale: 'id' | 'en') => (await importInventory({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], dryRun: true, locale }))
            .problems.find(p => p.reason === 'bad-year')?.message;
        expect(await message('id')).toBe("'25' bukan tahun yang masuk akal; tulis tahun empat angka dari 1945 sampai 2100.");
        expect(await message('en')).toBe("'25' is not a plausible year; write a four-digit year from 1945 to 2100.");
    });

    test('a problem without a sheet or row shows the file alone, never an empty []', () => {
        const problem = { file: 'inventaris.xlsx', sheet: '', row: 0, column: '', header: '', value: 'NOPE', reason: 'no-rows' as const, message: 'Tidak ada baris untuk OPD NOPE di berkas ini.' };
        expect(formatProblem(problem, 'id')).toBe('inventaris.xlsx: Tidak ada baris untuk OPD NOPE di berkas ini.');
        expect(formatProblem({ ...problem, sheet: 'Aplikasi', row: 4 }, 'en')).toBe('inventaris.xlsx [Aplikasi] row 4: Tidak ada baris untuk OPD NOPE di berkas ini.');
    });
});
