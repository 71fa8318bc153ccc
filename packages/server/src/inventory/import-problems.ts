import { sentenceLookup, term, type BilingualSentence, type Locale } from 'spbe-model';
import { PlausibleYears } from 'spbe-generators';

export type ImportReason =
    | 'missing-column' | 'missing-value' | 'bad-enum' | 'bad-number' | 'bad-year' | 'bad-quantity' | 'bad-date' | 'unknown-code' | 'invalid-name'
    | 'duplicate-name' | 'unresolved-reference' | 'wrong-kind' | 'unknown-opd' | 'formula' | 'skipped-reference'
    | 'no-rows' | 'validation' | 'invalid-opd' | 'date-cell' | 'inexact-number';

/** One problem of an import, placed where the PIC can find it: file, sheet, row, column and value. */
export interface ImportProblem {
    readonly file: string;
    readonly sheet: string;
    /** 1-based row in the sheet; 1 is the header row; 0 when the problem is not one row's. */
    readonly row: number;
    /** Column letter (`E`) and header (`Fungsi`); empty when the problem is the whole row's. */
    readonly column: string;
    readonly header: string;
    readonly value: string;
    readonly reason: ImportReason;
    readonly message: string;
}

export interface ProblemArgs {
    readonly column?: string;
    readonly value?: string;
    readonly allowed?: string;
    readonly kind?: string;
    readonly actual?: string;
    readonly other?: string;
    readonly detail?: string;
}

const texts: Record<ImportReason, BilingualSentence<ProblemArgs>> = {
    'missing-column': { id: a => `Kolom wajib '${a.column}' tidak ada di lembar ini.`, en: a => `The required column '${a.column}' is missing from this sheet.` },
    'missing-value': { id: a => `Kolom '${a.column}' wajib diisi.`, en: a => `'${a.column}' is required.` },
    'bad-enum': { id: a => `Nilai '${a.value}' tidak dikenal; pilih salah satu: ${a.allowed}.`, en: a => `Unknown value '${a.value}'; choose one of: ${a.allowed}.` },
    'bad-number': { id: a => `'${a.value}' bukan bilangan bulat ${a.detail ?? ''}`.trim() + '.', en: a => `'${a.value}' is not a whole number ${a.detail ?? ''}`.trim() + '.' },
    'bad-year': {
        id: a => `'${a.value}' bukan tahun yang masuk akal; tulis tahun empat angka dari ${PlausibleYears.first} sampai ${PlausibleYears.last}.`,
        en: a => `'${a.value}' is not a plausible year; write a four-digit year from ${PlausibleYears.first} to ${PlausibleYears.last}.`
    },
    'bad-quantity': {
        id: a => `'${a.value}' bukan jumlah yang sah; tulis angka tidak negatif cara Indonesia (1.500 atau 2,5), boleh diikuti satuan (100 Mbps), beberapa dipisah titik koma.`,
        en: a => `'${a.value}' is not a valid amount; write a non-negative number the Indonesian way (1.500 or 2,5), optionally with a unit (100 Mbps), several separated by semicolons.`
    },
    'bad-date': { id: a => `'${a.value}' bukan tanggal yang sah (TTTT-BB-HH).`, en: a => `'${a.value}' is not a valid date (YYYY-MM-DD).` },
    'unknown-code': { id: a => `Kode referensi '${a.value}' ${a.detail ?? 'tidak dikenal'}.`, en: a => `Reference code '${a.value}' ${a.detail ?? 'is unknown'}.` },
    'invalid-name': { id: a => `ID '${a.value}' tidak sah: ${a.detail}.`, en: a => `ID '${a.value}' is not valid: ${a.detail}.` },
    'invalid-opd': { id: a => `Kode OPD '${a.value}' tidak sah: ${a.detail}.`, en: a => `OPD code '${a.value}' is not valid: ${a.detail}.` },
    'duplicate-name': { id: a => `ID '${a.value}' sudah dipakai di ${a.other}.`, en: a => `ID '${a.value}' is already used in ${a.other}.` },
    'unresolved-reference': { id: a => `'${a.value}' tidak ditemukan: tidak ada ${a.kind} dengan nama itu di workspace maupun di berkas ini.`, en: a => `'${a.value}' not found: no ${a.kind} of that name in the workspace or in this file.` },
    'wrong-kind': { id: a => `'${a.value}' adalah ${a.actual}, bukan ${a.kind}.`, en: a => `'${a.value}' is a ${a.actual}, not a ${a.kind}.` },
    'unknown-opd': { id: a => `OPD '${a.value}' tidak ada di workspace maupun di lembar OPD.`, en: a => `OPD '${a.value}' is neither in the workspace nor in the OPD sheet.` },
    'formula': { id: () => 'Sel berisi rumus; tulis nilainya sebagai teks.', en: () => 'The cell holds a formula; type its value as text.' },
    'date-cell': {
        id: a => `Sel berformat tanggal (${a.value}), padahal kolom '${a.column}' berisi teks; ketik nilainya sebagai teks.`,
        en: a => `The cell is formatted as a date (${a.value}) but '${a.column}' holds text; type its value as text.`
    },
    'inexact-number': {
        id: a => `Sel berisi angka ${a.value} yang terlalu besar untuk disimpan tepat oleh lembar kerja; ketik nilainya sebagai teks.`,
        en: a => `The cell holds the number ${a.value}, too large for the spreadsheet to keep exactly; type its value as text.`
    },
    'skipped-reference': { id: a => `'${a.value}' merujuk ke ${a.other} yang dilewati karena bermasalah.`, en: a => `'${a.value}' refers to ${a.other}, which was skipped because of its problems.` },
    'no-rows': { id: a => `Tidak ada baris untuk OPD ${a.value} di berkas ini.`, en: a => `No rows for OPD ${a.value} in this file.` },
    'validation': { id: a => a.detail ?? '', en: a => a.detail ?? '' }
};

const problemText = sentenceLookup(texts);

export function problemMessage(reason: ImportReason, args: ProblemArgs, locale: Locale): string {
    return problemText(reason, locale, args);
}

/** `inventaris.xlsx [Aplikasi] baris 5, kolom E (Fungsi) 'keungan': …`; without a sheet, `inventaris.xlsx: …` */
export function formatProblem(p: ImportProblem, locale: Locale): string {
    const rowWord = term('row', locale);
    const columnWord = term('column', locale);
    const where = [p.row > 0 ? `${rowWord} ${p.row}` : '', p.column ? `${columnWord} ${p.column} (${p.header})` : ''].filter(Boolean).join(', ');
    // Cell values may hold line breaks or bidi controls; the report shows them inert.
    // eslint-disable-next-line no-control-regex
    const value = p.value && !p.message.includes(p.value) ? ` '${p.value.replace(/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '\uFFFD').slice(0, 80)}'` : '';
    // A problem of the whole file (no rows for an OPD, a finding in a workspace file) has no sheet to show.
    const place = [p.file, p.sheet ? `[${p.sheet}]` : '', where].filter(Boolean).join(' ');
    return `${place}${value}: ${p.message}`;
}
