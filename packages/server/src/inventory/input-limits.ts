import { sentenceLookup, type BilingualSentence, type Locale } from 'spbe-model';

/**
 * What an inventory file may be before it is read. An inventory is typed by people: the largest real
 * one (a province, every OPD) has a few thousand rows and a few dozen columns, so these limits leave
 * a wide margin for honest files and stop a hostile one before it can take the memory of the machine.
 */
export const InventoryLimits = {
    /** Bytes of one .xlsx or .csv file on disk. */
    fileBytes: 64 * 1024 * 1024,
    /**
     * Bytes of all the entries of a workbook once inflated (declared and actual). exceljs holds about
     * 13× the inflated XML in memory (a 100k-row sheet: 27 MB inflated, 343 MB RSS), so this keeps a
     * workbook near 2 GB at most; a real inventory inflates to a few MB.
     */
    inflatedBytes: 160 * 1024 * 1024,
    /** Inflated ÷ compressed size of one entry, checked for entries above 1 MB; spreadsheet XML stays well below it. */
    compressionRatio: 200,
    /** Entries in a workbook's zip. */
    zipEntries: 10_000,
    /** Columns of a sheet (XFD, the last column of Excel, is 16384). */
    columns: 256,
    /** Rows of a sheet, header included. */
    rows: 250_000
} as const;

export type LimitName = 'file-size' | 'inflated-size' | 'compression-ratio' | 'zip-entries' | 'columns' | 'rows'
    | 'not-zip' | 'encoding' | 'csv-syntax' | 'range-grid' | 'range-cells';

/**
 * An inventory file refused before (or while) reading it: names the file, the line when there is
 * one, the limit or the problem, and what to do. Nothing has been written when it is thrown.
 */
export class InventoryInputError extends Error {
    constructor(readonly file: string, readonly limit: LimitName, message: string, readonly line?: number) {
        super(message);
    }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export interface LimitArgs {
    readonly actual?: number;
    readonly detail?: string;
    readonly sheet?: string;
    readonly cell?: string;
}

const texts: Record<LimitName, BilingualSentence<LimitArgs>> = {
    'file-size': {
        id: a => `berkas ${mb(a.actual ?? 0)}, melebihi batas ${mb(InventoryLimits.fileBytes)} untuk inventaris; bagi inventaris per OPD atau per lembar.`,
        en: a => `the file is ${mb(a.actual ?? 0)}, above the ${mb(InventoryLimits.fileBytes)} limit for an inventory; split it per OPD or per sheet.`
    },
    'inflated-size': {
        id: () => `isi workbook melebihi ${mb(InventoryLimits.inflatedBytes)} setelah didekompresi (zip bomb?); buka di Excel dan simpan ulang hanya lembar inventaris.`,
        en: () => `the workbook inflates to more than ${mb(InventoryLimits.inflatedBytes)} (a zip bomb?); open it in Excel and save only the inventory sheets again.`
    },
    'compression-ratio': {
        id: a => `bagian ${a.detail} mengembang lebih dari ${InventoryLimits.compressionRatio}× ukuran terkompresinya (zip bomb?); simpan ulang workbook dari Excel.`,
        en: a => `the part ${a.detail} inflates to more than ${InventoryLimits.compressionRatio}× its compressed size (a zip bomb?); save the workbook again from Excel.`
    },
    'zip-entries': {
        id: a => `workbook berisi ${a.actual} bagian, melebihi batas ${InventoryLimits.zipEntries}; simpan ulang dari Excel.`,
        en: a => `the workbook holds ${a.actual} parts, above the ${InventoryLimits.zipEntries} limit; save it again from Excel.`
    },
    'columns': {
        id: a => `lembar ${a.sheet} memakai kolom sampai ${a.cell}, melebihi batas ${InventoryLimits.columns} kolom; hapus sel di luar kolom inventaris lalu simpan ulang.`,
        en: a => `sheet ${a.sheet} uses columns up to ${a.cell}, above the ${InventoryLimits.columns}-column limit; delete the cells beyond the inventory's columns and save again.`
    },
    'rows': {
        id: a => `lembar ${a.sheet} memakai ${a.actual} baris, melebihi batas ${InventoryLimits.rows}; hapus baris kosong di bawah data atau bagi per OPD.`,
        en: a => `sheet ${a.sheet} uses ${a.actual} rows, above the ${InventoryLimits.rows}-row limit; delete the empty rows below the data or split it per OPD.`
    },
    'range-grid': {
        id: a => `${a.sheet} berisi ${a.detail}, di luar kisi Excel (kolom XFD, baris 1048576); hapus penggabungan sel, validasi data, format kolom atau nama yang memuat rentang ini, atau salin data inventaris ke workbook baru.`,
        en: a => `${a.sheet} holds ${a.detail}, outside Excel's grid (column XFD, row 1048576); remove the merge, data validation, column format or name with this range, or copy the inventory data into a new workbook.`
    },
    'range-cells': {
        id: a => `penggabungan sel, validasi data dan nama di workbook ini mencakup lebih dari ${a.actual} sel (sampai ${a.detail} di ${a.sheet}); batasi rentangnya pada baris data (mis. Data > Validasi Data > Hapus Semua pada kolom utuh), atau salin data inventaris ke workbook baru.`,
        en: a => `the merges, data validations and names of this workbook cover more than ${a.actual} cells (up to ${a.detail} in ${a.sheet}); limit them to the data rows (e.g. Data > Data Validation > Clear All on whole columns), or copy the inventory data into a new workbook.`
    },
    'not-zip': {
        id: a => `bukan workbook XLSX yang dapat dibaca (${a.detail}); simpan ulang sebagai "Excel Workbook (.xlsx)".`,
        en: a => `not a readable XLSX workbook (${a.detail}); save it again as "Excel Workbook (.xlsx)".`
    },
    'encoding': {
        id: a => `berkas CSV berenkode ${a.detail}; simpan ulang sebagai "CSV UTF-8 (Comma delimited)".`,
        en: a => `the CSV file is encoded as ${a.detail}; save it again as "CSV UTF-8 (Comma delimited)".`
    },
    'csv-syntax': {
        id: a => `CSV tidak sah: ${a.detail}; periksa tanda kutip pada baris ini atau simpan ulang dari Excel.`,
        en: a => `invalid CSV: ${a.detail}; check the quotes on this line or save the file again from Excel.`
    }
};

const limitText = sentenceLookup(texts);

/** `inventaris.xlsx: …` or `inventaris-aplikasi.csv:12: …`, in the user's language. */
export function inventoryInputError(file: string, limit: LimitName, args: LimitArgs, locale: Locale, line?: number): InventoryInputError {
    return new InventoryInputError(file, limit, `${file}${line ? `:${line}` : ''}: ${limitText(limit, locale, args)}`, line);
}
