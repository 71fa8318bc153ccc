/**
 * The semantic model: plain, serializable data built from the linked workspace. Generators, the CLI
 * and the editor's views read only this; nothing here points back into the AST.
 */

export type ElementKind = 'probis' | 'layanan' | 'data' | 'aplikasi' | 'infrastruktur' | 'keamanan' | 'integrasi';
export type ElementStatus = 'eksisting' | 'rencana' | 'dihentikan';

/** 0-based LSP-style position of a declaration's name. */
export interface SourceRef {
    readonly uri: string;
    readonly line: number;
    readonly character: number;
    readonly endLine: number;
    readonly endCharacter: number;
}

export interface Period {
    readonly start: number;
    readonly end: number;
}

/**
 * When an element exists (spec §4). `null` bounds are open (before/after the periode);
 * `exists: false` means it exists in no year (a plan nobody realizes, a retirement with no year).
 */
export interface Lifetime {
    readonly exists: boolean;
    readonly from: number | null;
    readonly to: number | null;
}

export interface PemdaInfo {
    readonly name: string;
    readonly title?: string;
    readonly periode?: Period;
    readonly referensi: string;
    readonly evaluasi?: string;
    readonly koordinator?: string;
    readonly ditetapkan?: { readonly dasar: string; readonly tanggal?: string };
    readonly reviu: readonly string[];
    readonly kodeLokal: ReadonlyArray<{ readonly code: string; readonly title: string }>;
    /** (v2) `kota`, `kabupaten` or `provinsi`: as written, else read from the title (`jenisFromTitle`); undefined when neither says. */
    readonly jenis?: 'kota' | 'kabupaten' | 'provinsi';
    /** (v2) `true` when `jenis` was read from the title rather than written. */
    readonly jenisFromTitle: boolean;
    /** (v2) Who signs the documents, as written. */
    readonly kepalaDaerah?: string;
    /** (v2) Where documents are enacted: as written, else the title minus "Pemerintah Kota/Kabupaten/Provinsi"; undefined when neither gives one. */
    readonly tempat?: string;
    /** (v2) The workspace is an example, not an official architecture (every output says so). */
    readonly ilustrasi: boolean;
    readonly source?: SourceRef;
}

export interface OpdInfo {
    readonly code: string;
    readonly title?: string;
    readonly pic?: string;
    readonly email?: string;
    readonly peran: readonly string[];
    /** The read-only `nasional` library. */
    readonly builtin: boolean;
    readonly source?: SourceRef;
}

/** A reference from an element to another element (`target` is `OPD.NAME`) or to an OPD (`target` is its code). */
export interface Relation {
    readonly property: string;
    readonly target: string;
    readonly targetIsOpd: boolean;
}

export interface ElementInfo {
    /** `OPD.NAME` */
    readonly id: string;
    readonly opd: string;
    readonly name: string;
    readonly kind: ElementKind;
    readonly title?: string;
    readonly doc?: string;
    readonly deskripsi?: string;
    readonly status: ElementStatus;
    readonly hingga?: number;
    readonly ref?: string;
    /** Scalar and enumeration properties as written (`sifat`, `fungsi`, `jenis`, `basis`…). */
    readonly attributes: Readonly<Record<string, string | number | readonly string[]>>;
    readonly relations: readonly Relation[];
    /** (v2) For `data`: `true` when it holds personal data (the `pribadi` flag, UU 27/2022); undefined for other kinds. */
    readonly pribadi?: boolean;
    /** `true` when `bagiPakai`/`pengguna` is `semua`. */
    readonly sharedWithAll: boolean;
    readonly lifetime: Lifetime;
    readonly builtin: boolean;
    readonly source?: SourceRef;
}

export interface IndicatorTargetInfo {
    readonly framework: string;
    readonly indicator: string;
    readonly level: number;
}

/** A measured value of an `indikatorKinerja` (spec §3.4 v2): a year and a number (decimals allowed). */
export interface MeasuredValue {
    readonly year: number;
    readonly value: number;
}

/** (v2) A performance indicator of a roadmap item. Values the parser could not read are left out. */
export interface IndikatorKinerjaInfo {
    /** The indicator as written (`"Persentase OPD yang memakai SRIKANDI"`). */
    readonly name: string;
    /** The unit (`"%"`); required by the language (`missing-property` when absent). */
    readonly satuan?: string;
    /** The baseline, when written. */
    readonly awal?: MeasuredValue;
    /** Yearly targets in the order written, one per year (a repeated year keeps the first). */
    readonly targets: readonly MeasuredValue[];
}

export interface RoadmapItemInfo {
    readonly name: string;
    /** (v2) The kode rincian documents show in the No./Kode column: as written, else derived (`AP.01`); undefined without muatan. */
    readonly kode?: string;
    /** (v2) `true` when `kode` was derived from the muatan and the item's place, not written. */
    readonly kodeDerived: boolean;
    /** (v2) `tinggi`, `sedang` or `rendah`, when written. */
    readonly prioritas?: 'tinggi' | 'sedang' | 'rendah';
    readonly title?: string;
    readonly doc?: string;
    readonly deskripsi?: string;
    readonly muatan?: string;
    readonly penanggungJawab?: string;
    readonly pelaksana: readonly string[];
    readonly tahun?: Period;
    readonly targets: ReadonlyArray<{ readonly year: number; readonly text: string }>;
    /** Whole rupiah, each exact (at most `Number.MAX_SAFE_INTEGER`, and so is their workspace total). */
    readonly anggaran: ReadonlyArray<{ readonly year: number; readonly amount: number }>;
    /**
     * (v2) Years whose `anggaran` was written but is not in `anggaran`: unreadable, with a decimal part,
     * or too large to carry exactly (each has an error diagnostic). An output shows these as missing,
     * never as a number.
     */
    readonly anggaranDropped: readonly number[];
    readonly sumberDana?: string;
    /** (v2) Kepmendagri kegiatan / sub-kegiatan codes as written (v1's single `kegiatan` is a list of one). */
    readonly kegiatan: readonly string[];
    /** (v2) Performance indicators, in the order written. */
    readonly indikatorKinerja: readonly IndikatorKinerjaInfo[];
    readonly mewujudkan: readonly string[];
    readonly menghentikan: readonly string[];
    readonly setelah: readonly string[];
    readonly indikator: readonly IndicatorTargetInfo[];
    readonly source?: SourceRef;
}

export interface AssessmentInfo {
    readonly year: number;
    readonly framework: string;
    readonly scores: ReadonlyArray<{ readonly indicator: string; readonly level: number }>;
    readonly source?: SourceRef;
}

export interface SpbeModel {
    readonly pemda?: PemdaInfo;
    readonly opds: readonly OpdInfo[];
    readonly elements: readonly ElementInfo[];
    readonly items: readonly RoadmapItemInfo[];
    readonly assessments: readonly AssessmentInfo[];
}
