import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { enumValues, InventorySheets, inventoryTemplate } from 'spbe-generators';

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
        expect((data.getRow(1).values as string[]).slice(1)).toEqual(['OPD', 'ID', 'Nama *', 'Kode Referensi', 'Sifat Data *', 'Jenis Data', 'Validitas Data',
            'Produsen Data', 'Wali Data', 'Bagi Pakai', 'Status', 'Dihentikan Tahun', 'Uraian/Deskripsi', 'Catatan']);
        expect(String(workbook.getWorksheet('Petunjuk')!.getCell('A1').value)).toMatch(/petunjuk pengisian/);
    });

    test('every enumeration column has a dropdown listing exactly the language\'s values', async () => {
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
                    expect(listValues(v.formulae[0] as string)).toEqual(enumValues(column.rule!));
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

    test('--domain limits the domain sheets', async () => {
        const workbook = await open(await inventoryTemplate(['aplikasi', 'data']));
        expect(workbook.worksheets.map(w => w.name)).toEqual(['Petunjuk', 'OPD', 'Data', 'Aplikasi', 'Referensi']);
    });
});
