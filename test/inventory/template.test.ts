import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { enumValues, InventorySheets, inventoryTemplate } from 'spbe-generators';
import { enumLabel } from 'spbe-model';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return workbook;
}

function validations(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation> {
    return (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
}

describe('spbe template: the blank inventory workbook', () => {
    test('instructions, the OPD sheet, one sheet per domain with the SIA-SPBE headers, a hidden reference sheet', async () => {
        const workbook = await open(await inventoryTemplate());
        expect(workbook.worksheets.map(w => w.name)).toEqual(['Petunjuk', 'OPD', 'Proses Bisnis', 'Layanan', 'Data', 'Aplikasi', 'Infrastruktur', 'Keamanan', 'Integrasi', 'Referensi']);
        expect(workbook.getWorksheet('Referensi')!.state).toBe('hidden');
        const data = workbook.getWorksheet('Data')!;
        expect((data.getRow(1).values as string[]).slice(1)).toEqual(['OPD', 'ID', 'Nama', 'Kode Referensi', 'Sifat Data *', 'Data Pribadi', 'Jenis Data', 'Validitas Data',
            'Produsen Data', 'Wali Data', 'Bagi Pakai', 'Status', 'Dihentikan Tahun', 'Uraian/Deskripsi', 'Catatan']);
        expect(String(workbook.getWorksheet('Petunjuk')!.getCell('A1').value)).toMatch(/petunjuk pengisian/);
    });

    test('every enumeration column has a dropdown listing exactly the Indonesian labels of the language\'s values', async () => {
        const workbook = await open(await inventoryTemplate());
        const reference = workbook.getWorksheet('Referensi')!;
        const listValues = (formula: string) => {
            const m = /'Referensi'!\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)/.exec(formula)!;
            const values: string[] = [];
            for (let r = 2; r <= Number(m[2]); r++) {
                values.push(String(reference.getCell(`${m[1]}${r}`).value));
            }
            return values;
        };
        for (const sheet of InventorySheets) {
            const ws = workbook.getWorksheet(sheet.sheet)!;
            const all = Object.entries(validations(ws));
            sheet.columns.forEach((column, i) => {
                const letter = String.fromCharCode(65 + i);
                const found = all.find(([address]) => address.startsWith(`${letter}2`) || address === `${letter}2`);
                expect(found, `${sheet.sheet} ${column.header}`).toBeDefined();
                const [, v] = found!;
                if (column.type === 'enum') {
                    expect(v.type).toBe('list');
                    expect(v.errorStyle ?? 'stop').toBe('stop');
                    const labels = enumValues(column.rule!).map(value => enumLabel(column.rule!, value, 'id'));
                    expect(listValues(v.formulae[0] as string)).toEqual(labels);
                    // Words, not identifiers: no camelCase value reaches the dropdown.
                    expect(labels.filter(l => /[a-z][A-Z]/.test(l)), column.header).toEqual([]);
                }
                if (column.type === 'flag') {
                    expect(v.type).toBe('list');
                    expect(listValues(v.formulae[0] as string)).toEqual(['Ya', 'Tidak']);
                }
                if (column.type === 'line') {
                    expect(v.prompt).toMatch(new RegExp(`"${column.header}: …"`));
                }
                if (column.type === 'code' && sheet.kind !== 'integrasi') {
                    expect(v.type).toBe('list');
                    expect(v.errorStyle).toBe('warning');
                    expect(listValues(v.formulae[0] as string).every(c => /^RA[A-Z]\./.test(c))).toBe(true);
                }
                expect(v.prompt).toBe(column.note);
            });
        }
        // Codes not confirmed by two sources say so next to the code.
        const unverified: string[] = [];
        reference.eachRow(row => row.eachCell(cell => { if (String(cell.value).includes('(belum diverifikasi)')) { unverified.push(String(cell.value)); } }));
        expect(unverified.length).toBeGreaterThan(0);
    });

    test('the SIA-SPBE columns of spbe-domain.md §2.3–2.6 are there, each with a prompt', async () => {
        const workbook = await open(await inventoryTemplate());
        const expected: Record<string, string[]> = {
            'Layanan': ['Tujuan Layanan', 'Fungsi Layanan', 'Unit Pelaksana', 'Potensi Risiko', 'Mitigasi Risiko'],
            'Aplikasi': ['Luaran', 'Pengembang', 'Tahun Pembuatan', 'Dasar Hukum'],
            'Infrastruktur': ['Kapasitas', 'Bandwidth', 'Jenis Lisensi'],
            'Keamanan': ['Jenis Audit', 'Nilai Kematangan'],
            'Data': ['Data Pribadi']
        };
        for (const [name, headers] of Object.entries(expected)) {
            const ws = workbook.getWorksheet(name)!;
            const row = (ws.getRow(1).values as string[]).slice(1);
            const all = validations(ws);
            for (const header of headers) {
                const i = row.indexOf(header);
                expect(i, `${name} ${header}`).toBeGreaterThanOrEqual(0);
                const letter = String.fromCharCode(65 + i);
                const v = Object.entries(all).find(([address]) => address.startsWith(`${letter}2`))?.[1];
                expect(v?.prompt, `${name} ${header}`).toBeTruthy();
            }
        }
    });

    test('--domain limits the domain sheets', async () => {
        const workbook = await open(await inventoryTemplate(['aplikasi', 'data']));
        expect(workbook.worksheets.map(w => w.name)).toEqual(['Petunjuk', 'OPD', 'Data', 'Aplikasi', 'Referensi']);
    });
});
