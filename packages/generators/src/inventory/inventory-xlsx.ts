import type ExcelJSModule from 'exceljs';
import { stableZip } from '../output/stable-zip.js';
import { isUnverified, ReferenceCodeLists, DefaultReferenceVersion, RefPrefixByKind } from 'spbe-model';
import { kindType } from 'spbe-model';
import { columnLetter, enumChoices, FlagChoices, InventorySheets, OpdSheet, type InventoryColumn } from './inventory-schema.js';
import type { SheetRows } from './inventory-rows.js';

/** How many empty rows of a sheet carry the dropdowns and prompts beyond its data. */
const spareRows = 500;
const referenceSheet = 'Referensi';

/** Title of the hidden sheet's list behind every `flag` column. */
const flagList = 'Ya/Tidak';

/** The hidden sheet's lists: every enumeration (as labels), the flag words, then the reference codes of each domain. */
function referenceLists(): Array<{ title: string; values: string[]; names?: string[] }> {
    const rules = [...new Set([...InventorySheets, OpdSheet].flatMap(s => (s.columns as readonly InventoryColumn[]).flatMap(c => c.rule ? [c.rule] : [])))];
    const codes = ReferenceCodeLists[DefaultReferenceVersion].codes;
    return [
        ...rules.map(rule => ({ title: rule, values: [...enumChoices(rule)] })),
        { title: flagList, values: [FlagChoices.yes, FlagChoices.no] },
        ...InventorySheets.flatMap(s => {
            const prefix = RefPrefixByKind[kindType(s.kind)];
            if (!prefix) {
                return [];
            }
            const list = codes.filter(c => c.code.startsWith(`${prefix}.`));
            return [{
                title: `kode ${prefix}`,
                values: list.map(c => c.code),
                names: list.map(c => `${c.name}${isUnverified(c) ? ' (belum diverifikasi)' : ''}`)
            }];
        })
    ];
}

const instructions = [
    'Inventaris Arsitektur SPBE — petunjuk pengisian',
    '',
    '1. Isi satu baris per elemen pada lembar domainnya (Proses Bisnis, Layanan, Data, Aplikasi, Infrastruktur, Keamanan, Integrasi).',
    '2. Lembar OPD: satu baris per OPD (kode, nama, PIC, email, peran).',
    '3. Kolom ID boleh kosong: SPBE Tools membuatnya dari Nama (huruf besar, angka dan _), unik dalam OPD.',
    '4. Kolom berdaftar pilihan (Status, Sifat Data, Fungsi, …) hanya menerima nilai dari daftar; saat impor nama pengenalnya (mis. milikSendiri) juga diterima, huruf besar/kecil dan spasi bebas.',
    '5. Kolom SIA-SPBE tanpa padanan properti (mis. Pengembang, Tujuan Layanan) disimpan sebagai baris "Kolom: isi" di akhir Uraian/Deskripsi dan dibaca kembali saat impor.',
    '6. Rujukan ke elemen lain ditulis dengan ID-nya; elemen OPD lain ditulis OPD.ID, elemen nasional nasional.ID; beberapa rujukan dipisahkan koma.',
    '7. Kode Referensi mengikuti Perpres 132/2022; kode bertanda "(belum diverifikasi)" di lembar Referensi belum dicocokkan dengan lampiran resmi.',
    '8. Jangan menulis rumus: sel berisi rumus ditolak saat impor.',
    '9. Impor: spbe import <berkas.xlsx> --opd KODE. Setiap masalah dilaporkan dengan lembar, baris, kolom, nilai dan alasannya.',
    ''
];

/**
 * The inventory workbook (template or export): instructions, the OPD sheet, one sheet per domain
 * with dropdowns on every enumeration and a prompt on every column, and the hidden reference sheet.
 * Every value is written as a text cell, so nothing in it can become a formula. `notices` (v2 §6: the
 * example banner, the errors notice) stand first on every visible sheet, one bold red row each, above
 * the header; the importer skips them.
 */
export async function inventoryXlsx(sheets: readonly SheetRows[], title: string, notices: readonly string[] = []): Promise<Uint8Array> {
    const ExcelJS = ((await import('exceljs')) as unknown as { default: typeof ExcelJSModule }).default;
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'SPBE Tools';
    workbook.title = title;
    workbook.created = new Date(Date.UTC(2000, 0, 1));
    workbook.modified = workbook.created;

    const guide = workbook.addWorksheet('Petunjuk');
    guide.getColumn(1).width = 28;
    guide.getColumn(2).width = 28;
    guide.getColumn(3).width = 90;
    addNotices(guide, notices);
    instructions.forEach(line => guide.addRow([line]));
    guide.getRow(notices.length + 1).font = { bold: true, size: 14 };
    guide.addRow(['Lembar', 'Kolom', 'Keterangan']).font = { bold: true };
    for (const sheet of [OpdSheet, ...InventorySheets]) {
        for (const column of sheet.columns as readonly InventoryColumn[]) {
            guide.addRow([sheet.sheet, `${column.header}${column.required ? ' *' : ''}`, column.note]);
        }
    }

    const lists = referenceLists();
    const listRange = new Map<string, string>();
    lists.forEach((list, i) => {
        const letter = columnLetter(i * 2);
        listRange.set(list.title, `'${referenceSheet}'!$${letter}$2:$${letter}$${Math.max(2, list.values.length + 1)}`);
    });

    for (const data of sheets) {
        const headerRow = notices.length + 1;
        const ws = workbook.addWorksheet(data.sheet, { views: [{ state: 'frozen', ySplit: headerRow }] });
        ws.columns = data.columns.map(c => ({ width: c.width }));
        addNotices(ws, notices);
        const header = ws.addRow(data.columns.map(c => `${c.header}${c.required ? ' *' : ''}`));
        header.font = { bold: true };
        header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF3F8' } };
        for (const row of data.rows) {
            ws.addRow(row.map(v => v));
        }
        const last = data.rows.length + headerRow + spareRows;
        // exceljs supports range validations (one <dataValidation> per column) but does not declare them.
        const validations = (ws as unknown as { dataValidations: { add(range: string, v: Omit<ExcelJSModule.DataValidation, 'type'> & { type: ExcelJSModule.DataValidation['type'] | 'any' }): void } }).dataValidations;
        data.columns.forEach((column, i) => {
            const letter = columnLetter(i);
            const range = `${letter}${headerRow + 1}:${letter}${last}`;
            const prompt = { showInputMessage: true, promptTitle: column.header.slice(0, 32), prompt: column.note.slice(0, 255) };
            const kind = InventorySheets.find(s => s.sheet === data.sheet)?.kind;
            const codeList = column.type === 'code' && kind ? listRange.get(`kode ${RefPrefixByKind[kindType(kind)]}`) : undefined;
            if (column.type === 'enum' && column.rule) {
                validations.add(range, { type: 'list', allowBlank: !column.required, formulae: [listRange.get(column.rule)!], showErrorMessage: true, errorStyle: 'stop', error: `Pilih salah satu nilai ${column.header}.`, ...prompt });
            } else if (column.type === 'flag') {
                validations.add(range, { type: 'list', allowBlank: true, formulae: [listRange.get(flagList)!], showErrorMessage: true, errorStyle: 'stop', error: `Pilih ${FlagChoices.yes} atau ${FlagChoices.no}.`, ...prompt });
            } else if (codeList) {
                // Local codes (kodeLokal) extend the national list, so a code not in it is a warning, not a refusal.
                validations.add(range, { type: 'list', allowBlank: true, formulae: [codeList], showErrorMessage: true, errorStyle: 'warning', error: 'Kode tidak ada di daftar nasional; pastikan kode lokal ini dinyatakan di pemda (kodeLokal).', ...prompt });
            } else if (column.type === 'int') {
                validations.add(range, { type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 9999], showErrorMessage: true, errorStyle: 'stop', error: 'Isi dengan bilangan bulat.', ...prompt });
            } else {
                validations.add(range, { type: 'any', allowBlank: true, formulae: [], ...prompt });
            }
        });
        // Text cells throughout: a value like "=1+1" or "0012" stays exactly as written.
        for (let c = 1; c <= data.columns.length; c++) {
            ws.getColumn(c).numFmt = '@';
        }
        ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: data.columns.length } };
    }

    const ref = workbook.addWorksheet(referenceSheet, { state: 'hidden' });
    lists.forEach((list, i) => {
        ref.getCell(1, i * 2 + 1).value = list.title;
        ref.getCell(1, i * 2 + 2).value = list.names ? 'nama' : '';
        list.values.forEach((value, r) => {
            ref.getCell(r + 2, i * 2 + 1).value = value;
            if (list.names) {
                ref.getCell(r + 2, i * 2 + 2).value = list.names[r];
            }
        });
    });
    return stableZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** One bold red row per notice, in the first column. */
function addNotices(ws: ExcelJSModule.Worksheet, notices: readonly string[]): void {
    for (const notice of notices) {
        ws.addRow([notice]).font = { bold: true, color: { argb: 'FFC00000' } };
    }
}
