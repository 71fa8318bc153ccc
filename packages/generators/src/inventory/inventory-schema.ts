import { enumLabel, KeywordRules } from 'spbe-model';
import type { ElementKind } from 'spbe-model';

/**
 * The inventory workbook: one sheet per element kind, its columns named as the SIA-SPBE fields
 * (spbe-domain.md §2) and mapped onto `.spbe` properties. Template, import and export all read
 * this one table, so a column can never mean two things.
 */

export type ColumnType =
    | 'opd'        // the owning OPD (the row's OPD)
    | 'name'       // the element's identifier
    | 'title'
    | 'text'       // a string property
    | 'enum'       // one keyword of `rule`
    | 'enumList'   // comma-separated keywords of `rule`
    | 'int'
    | 'date'       // YYYY-MM-DD
    | 'code'       // a national or local reference code
    | 'ref'        // one element of `target`
    | 'refList'    // comma-separated elements of `target`
    | 'opdRef'     // one OPD code
    | 'opdGrant'   // `semua` or comma-separated OPD codes
    | 'flag'       // a bare keyword: "Ya" sets it, "Tidak" or blank leaves it out
    | 'doc'        // the doc comment
    | 'line';      // a SIA-SPBE field with no `.spbe` property: one "Header: value" line of `deskripsi`

export interface InventoryColumn {
    readonly header: string;
    /** The `.spbe` property it fills (absent for opd/name/title/doc/line). */
    readonly property?: string;
    readonly type: ColumnType;
    /** Grammar rule listing the allowed keywords (`enum`, `enumList`). */
    readonly rule?: string;
    /** Element kind a reference must point at (`ref`, `refList`); `element` for any kind. */
    readonly target?: ElementKind | 'element';
    readonly required?: boolean;
    /**
     * What the cell must hold beyond its type: `year`, a four-digit year within `PlausibleYears`;
     * `quantity`, a non-negative number written the Indonesian way (`1.500`, `2,5`), optionally with a
     * unit (`100 Mbps`), several separated by `;` or a line break.
     */
    readonly value?: 'year' | 'quantity';
    readonly width: number;
    readonly note: string;
}

export interface InventorySheet {
    readonly kind: ElementKind;
    readonly sheet: string;
    /** File name stem of the sheet as CSV (`inventaris-aplikasi.csv`). */
    readonly slug: string;
    readonly columns: readonly InventoryColumn[];
}

const leading: InventoryColumn[] = [
    { header: 'OPD', type: 'opd', width: 14, note: 'Kode OPD pemilik (mis. DISKOMINFO). Saat impor boleh kosong: diisi OPD yang diimpor.' },
    { header: 'ID', type: 'name', width: 22, note: 'Pengenal unik dalam OPD (huruf, angka, _). Kosong: dibuat dari Nama.' },
    // Not required: an element may have no title (the language allows it); a row with neither ID nor Nama is an import problem.
    { header: 'Nama', type: 'title', width: 40, note: 'Nama atau uraian singkat. Boleh kosong bila ID diisi (elemen tanpa judul).' },
    { header: 'Kode Referensi', property: 'ref', type: 'code', width: 16, note: 'Kode Referensi Arsitektur (Perpres 132/2022) atau kodeLokal pemda.' }
];

const trailing: InventoryColumn[] = [
    { header: 'Status', property: 'status', type: 'enum', rule: 'Status', width: 12, note: 'Eksisting (bawaan), Rencana atau Dihentikan.' },
    { header: 'Dihentikan Tahun', property: 'hingga', type: 'int', value: 'year', width: 12, note: 'Tahun terakhir elemen yang dihentikan (1945–2100).' },
    { header: 'Uraian/Deskripsi', property: 'deskripsi', type: 'text', width: 40, note: 'Uraian lengkap.' },
    { header: 'Catatan', type: 'doc', width: 30, note: 'Catatan untuk arsitek (komentar dokumentasi).' }
];

function sheet(kind: ElementKind, name: string, slug: string, own: InventoryColumn[]): InventorySheet {
    return { kind, sheet: name, slug, columns: [...leading, ...own, ...trailing] };
}

/**
 * A SIA-SPBE field the language has no property for (spbe-domain.md §2.3–2.6): kept as a
 * "Header: value" line at the end of `deskripsi` (see description-lines.ts), so no filled cell is lost.
 */
function line(header: string, note: string, value?: InventoryColumn['value']): InventoryColumn {
    return { header, type: 'line', value, width: 22, note: `${note} Disimpan sebagai baris "${header}: …" di Uraian/Deskripsi.` };
}

/**
 * The years a year cell may hold: from 1945 (the Republic's founding, before any of its
 * pemda's systems) to 2100 (far beyond any periode or retirement a plan names). A year outside is a
 * typing slip (`20019`, `219`), not an era.
 */
export const PlausibleYears = { first: 1945, last: 2100 } as const;

const refsNote = 'Pisahkan dengan koma. Elemen OPD lain ditulis OPD.NAMA; elemen nasional ditulis nasional.NAMA.';

export const InventorySheets: readonly InventorySheet[] = [
    sheet('probis', 'Proses Bisnis', 'proses-bisnis', [
        { header: 'Kategori', property: 'kategori', type: 'enum', rule: 'KategoriProbis', width: 14, note: 'Inti, Manajemen atau Pendukung.' },
        { header: 'Induk Proses Bisnis', property: 'induk', type: 'ref', target: 'probis', width: 20, note: 'Proses bisnis induk.' }
    ]),
    sheet('layanan', 'Layanan', 'layanan', [
        { header: 'Jenis Layanan', property: 'jenis', type: 'enum', rule: 'JenisLayanan', width: 14, note: 'Layanan Publik atau Administrasi Pemerintahan.' },
        { header: 'Metode Layanan', property: 'metode', type: 'enum', rule: 'MetodeLayanan', width: 14, note: 'Daring, Luring atau Hibrida.' },
        { header: 'Target Layanan', property: 'pengguna', type: 'enumList', rule: 'PenggunaLayanan', width: 22, note: 'Masyarakat, ASN, Badan Usaha, Instansi Pemerintah (pisahkan dengan koma).' },
        { header: 'Proses Bisnis Terkait', property: 'probis', type: 'refList', target: 'probis', width: 24, note: refsNote },
        { header: 'Aplikasi Pendukung', property: 'aplikasi', type: 'refList', target: 'aplikasi', width: 24, note: refsNote },
        { header: 'Data Terkait', property: 'data', type: 'refList', target: 'data', width: 24, note: refsNote },
        line('Tujuan Layanan', 'Tujuan layanan (SIA-SPBE).'),
        line('Fungsi Layanan', 'Fungsi layanan (SIA-SPBE).'),
        line('Unit Pelaksana', 'Unit kerja pelaksana layanan (SIA-SPBE).'),
        line('Potensi Risiko', 'Potensi risiko layanan (SIA-SPBE).'),
        line('Mitigasi Risiko', 'Mitigasi risiko layanan (SIA-SPBE).')
    ]),
    sheet('data', 'Data', 'data', [
        { header: 'Sifat Data', property: 'sifat', type: 'enum', rule: 'SifatData', required: true, width: 12, note: 'Terbuka, Terbatas atau Tertutup (wajib).' },
        { header: 'Data Pribadi', property: 'pribadi', type: 'flag', width: 12, note: 'Ya bila memuat data pribadi (UU 27/2022); Tidak atau kosong bila tidak.' },
        { header: 'Jenis Data', property: 'jenis', type: 'enum', rule: 'JenisData', width: 12, note: 'Statistik, Geospasial, Keuangan atau Lainnya.' },
        { header: 'Validitas Data', property: 'pemutakhiran', type: 'enum', rule: 'Pemutakhiran', width: 14, note: 'Periode pemutakhiran.' },
        { header: 'Produsen Data', property: 'produsen', type: 'opdRef', width: 16, note: 'Kode OPD penghasil data.' },
        { header: 'Wali Data', property: 'walidata', type: 'opdRef', width: 16, note: 'Kode OPD walidata.' },
        { header: 'Bagi Pakai', property: 'bagiPakai', type: 'opdGrant', width: 24, note: 'semua, atau kode OPD yang boleh memakai (pisahkan dengan koma).' }
    ]),
    sheet('aplikasi', 'Aplikasi', 'aplikasi', [
        { header: 'Fungsi', property: 'fungsi', type: 'enum', rule: 'Fungsi', width: 16, note: 'Fungsi aplikasi (untuk pemeriksaan duplikasi).' },
        { header: 'Basis Aplikasi', property: 'basis', type: 'enumList', rule: 'Basis', width: 16, note: 'Web, Mobile, Desktop (pisahkan dengan koma).' },
        { header: 'Tipe Lisensi', property: 'lisensi', type: 'text', width: 16, note: 'Mis. open source, proprietary.' },
        { header: 'Basis Data', property: 'basisData', type: 'text', width: 14, note: 'DBMS yang dipakai.' },
        { header: 'URL', property: 'url', type: 'text', width: 26, note: 'Alamat aplikasi.' },
        { header: 'Hosting', property: 'hosting', type: 'ref', target: 'infrastruktur', width: 20, note: 'Infrastruktur tempat aplikasi berjalan.' },
        { header: 'Data yang Digunakan', property: 'data', type: 'refList', target: 'data', width: 24, note: refsNote },
        { header: 'Pengguna (OPD)', property: 'pengguna', type: 'opdGrant', width: 22, note: 'semua, atau kode OPD pengguna (pisahkan dengan koma).' },
        line('Luaran', 'Luaran (keluaran) aplikasi (SIA-SPBE).'),
        line('Pengembang', 'Pengembang atau unit pengembang aplikasi.'),
        line('Tahun Pembuatan', 'Tahun aplikasi dibuat (empat angka, 1945–2100).', 'year'),
        line('Dasar Hukum', 'Dasar hukum aplikasi (mis. Perwali).')
    ]),
    sheet('infrastruktur', 'Infrastruktur', 'infrastruktur', [
        { header: 'Jenis Infrastruktur', property: 'jenis', type: 'enum', rule: 'JenisInfrastruktur', required: true, width: 18, note: 'Salah satu dari 12 objek infrastruktur SIA-SPBE (wajib).' },
        { header: 'Lokasi', property: 'lokasi', type: 'text', width: 24, note: 'Alamat fasilitas.' },
        { header: 'Klasifikasi Tier', property: 'tier', type: 'int', width: 10, note: 'Tier pusat data (1–4).' },
        { header: 'Kepemilikan', property: 'kepemilikan', type: 'enum', rule: 'Kepemilikan', width: 14, note: 'Milik Sendiri, Sewa atau Pakai Bersama.' },
        { header: 'Terhubung Dengan', property: 'terhubung', type: 'refList', target: 'infrastruktur', width: 24, note: refsNote },
        line('Kapasitas', 'Kapasitas memori, prosesor atau penyimpanan (SIA-SPBE): angka tidak negatif dengan satuan, mis. 16 GB; 2,5 TB.', 'quantity'),
        line('Bandwidth', 'Bandwidth intranet/internet (SIA-SPBE): angka tidak negatif dengan satuan, mis. 100 Mbps.', 'quantity'),
        line('Jenis Lisensi', 'Jenis dan validitas lisensi perangkat lunak platform (SIA-SPBE).')
    ]),
    sheet('keamanan', 'Keamanan', 'keamanan', [
        { header: 'Jenis Keamanan', property: 'jenis', type: 'enum', rule: 'JenisKeamanan', required: true, width: 20, note: 'Salah satu dari 7 objek keamanan SIA-SPBE (wajib).' },
        { header: 'Tanggal Kegiatan', property: 'tanggal', type: 'date', width: 14, note: 'TTTT-BB-HH.' },
        { header: 'Objek', property: 'objek', type: 'refList', target: 'element', width: 24, note: refsNote },
        { header: 'Hasil', property: 'hasil', type: 'text', width: 24, note: 'Hasil audit atau kegiatan.' },
        { header: 'Tindak Lanjut', property: 'tindakLanjut', type: 'text', width: 24, note: 'Tindak lanjut.' },
        line('Jenis Audit', 'Jenis audit keamanan (SIA-SPBE).'),
        line('Nilai Kematangan', 'Nilai kematangan keamanan (SIA-SPBE).')
    ]),
    sheet('integrasi', 'Integrasi', 'integrasi', [
        { header: 'Dari Aplikasi', property: 'dari', type: 'ref', target: 'aplikasi', required: true, width: 20, note: 'Aplikasi sumber (wajib).' },
        { header: 'Ke Aplikasi', property: 'ke', type: 'ref', target: 'aplikasi', required: true, width: 20, note: 'Aplikasi tujuan (wajib).' },
        { header: 'Melalui (SPLP)', property: 'via', type: 'ref', target: 'infrastruktur', width: 20, note: 'Sistem penghubung layanan yang dilalui.' },
        { header: 'Data yang Dipertukarkan', property: 'data', type: 'refList', target: 'data', width: 24, note: refsNote }
    ])
];

/** The OPD sheet: one row per OPD (code, title, PIC, email, roles). */
export const OpdSheet = {
    sheet: 'OPD',
    slug: 'opd',
    columns: [
        { header: 'Kode OPD', type: 'name', required: true, width: 16, note: 'Kode OPD (huruf, angka, _).' },
        { header: 'Nama OPD', type: 'title', width: 44, note: 'Nama lengkap perangkat daerah.' },
        { header: 'PIC', property: 'pic', type: 'text', width: 30, note: 'Penanggung jawab pengisian.' },
        { header: 'Email', property: 'email', type: 'text', width: 28, note: 'Email PIC.' },
        { header: 'Peran', property: 'peran', type: 'enumList', rule: 'Peran', width: 30, note: 'Walidata, Koordinator Forum Satu Data, Pengelola Pusat Data, CSIRT (pisahkan dengan koma).' }
    ] satisfies InventoryColumn[]
} as const;

/** The keywords a data-type rule of the grammar allows (`SifatData` → terbuka, terbatas, tertutup). */
export function enumValues(rule: string): readonly string[] {
    return KeywordRules[rule] ?? [];
}

/** What a PIC picks in an enumeration column: the Indonesian labels of the rule's keywords ("Milik Sendiri"). */
export function enumChoices(rule: string): readonly string[] {
    return enumValues(rule).map(v => enumLabel(rule, v, 'id'));
}

/** The two words of a `flag` column; import also reads Yes/No, true/false, 1/0 and any case. */
export const FlagChoices = { yes: 'Ya', no: 'Tidak' } as const;

export function sheetOfKind(kind: ElementKind): InventorySheet {
    return InventorySheets.find(s => s.kind === kind)!;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
    let n = index + 1;
    let letters = '';
    while (n > 0) {
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
        n = Math.floor((n - 1) / 26);
    }
    return letters;
}
