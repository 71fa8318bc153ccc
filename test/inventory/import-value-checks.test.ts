import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, importInventory } from 'spbe-server';
import { filledWorkbook, workspaceCopy } from './inventory-fixture.js';

/**
 * Number and year cells the language keeps as `deskripsi` lines (Tahun Pembuatan, Kapasitas,
 * Bandwidth) and the retirement year: an absurd value is that cell's problem, in the user's language,
 * and its row is kept out like any other row with a problem.
 */
describe('inventory import: year and quantity cells', () => {
    const at = (p: { sheet: string; column: string; row: number }) => `${p.sheet}!${p.column}${p.row}`;

    test.each(['99999', '-5', '1.5', 'dua ribu', '1944', '2101', '219'])('Tahun Pembuatan %s is not a plausible year', async year => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({ 'Aplikasi': [{ 'Nama': 'Aplikasi Keuangan', 'Fungsi': 'keuangan', 'Tahun Pembuatan': year }] });
        const outcome = await importInventory({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], locale: 'en' });
        expect(outcome.problems.map(p => [at(p), p.reason, p.value])).toEqual([['Aplikasi!O2', 'bad-year', year]]);
        expect(outcome.problems[0].message).toBe(`'${year}' is not a plausible year; write a four-digit year from 1945 to 2100.`);
        expect(outcome.written).toBe(false);
        expect(existsSync(join(ws, 'opd/disdukcapil.spbe'))).toBe(false);
    });

    test('the Indonesian message, and the place as the other problems give it', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({ 'Aplikasi': [{ 'Nama': 'Aplikasi Keuangan', 'Fungsi': 'keuangan', 'Tahun Pembuatan': 'dua ribu' }] });
        const [problem] = (await importInventory({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], locale: 'id' })).problems;
        expect(formatProblem(problem, 'id')).toBe(
            "inventaris.xlsx [Aplikasi] baris 2, kolom O (Tahun Pembuatan): 'dua ribu' bukan tahun yang masuk akal; tulis tahun empat angka dari 1945 sampai 2100.");
    });

    test.each([
        ['Kapasitas', '-5'], ['Kapasitas', 'dua ribu'], ['Kapasitas', '1.5 TB'], ['Bandwidth', '100 Mbps; -1 Gbps'], ['Bandwidth', 'cepat']
    ])('%s %s is not a non-negative amount', async (header, value) => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({ 'Infrastruktur': [{ 'Nama': 'Server Dukcapil', 'Jenis Infrastruktur': 'server', [header]: value }] });
        const outcome = await importInventory({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], locale: 'en' });
        expect(outcome.problems.map(p => [p.sheet, p.header, p.reason, p.value])).toEqual([['Infrastruktur', header, 'bad-quantity', value]]);
        expect(outcome.problems[0].message).toMatch(/is not a valid amount; write a non-negative number the Indonesian way \(1\.500 or 2,5\)/);
    });

    test('plausible years and amounts in Indonesian writing are imported as written', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({
            'Aplikasi': [{ 'Nama': 'Aplikasi Keuangan', 'Fungsi': 'keuangan', 'Tahun Pembuatan': '1945', 'Status': 'dihentikan', 'Dihentikan Tahun': '2100' }],
            'Infrastruktur': [{ 'Nama': 'Server Dukcapil', 'Jenis Infrastruktur': 'server', 'Kapasitas': '16 GB; 2,5 TB\n1.500 GB', 'Bandwidth': '100Mbps' }]
        });
        const outcome = await importInventory({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], locale: 'en' });
        expect(outcome.problems).toEqual([]);
        expect(outcome.written).toBe(true);
    });

    test('a retirement year outside 1945..2100 is the same problem; --partial skips only that row', async () => {
        const ws = workspaceCopy();
        const file = await filledWorkbook({
            'Aplikasi': [
                { 'ID': 'LAMA', 'Nama': 'Aplikasi Lama', 'Fungsi': 'keuangan', 'Status': 'dihentikan', 'Dihentikan Tahun': '9999' },
                { 'ID': 'BARU', 'Nama': 'Aplikasi Baru', 'Fungsi': 'keuangan', 'Tahun Pembuatan': '20019' }
            ],
            'Infrastruktur': [{ 'ID': 'SRV', 'Nama': 'Server Dukcapil', 'Jenis Infrastruktur': 'server', 'Kapasitas': '32 GB' }]
        });
        const outcome = await importInventory({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], partial: true, locale: 'en' });
        expect(outcome.problems.map(p => [at(p), p.reason])).toEqual([['Aplikasi!R2', 'bad-year'], ['Aplikasi!O3', 'bad-year']]);
        expect(outcome.skippedRows).toBe(2);
        expect(outcome.written).toBe(true);
        expect(outcome.files[0].content).toContain('infrastruktur SRV "Server Dukcapil"');
        expect(outcome.files[0].content).not.toContain('aplikasi');
    });
});
