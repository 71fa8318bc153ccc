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

export interface RoadmapItemInfo {
    readonly name: string;
    readonly title?: string;
    readonly doc?: string;
    readonly deskripsi?: string;
    readonly muatan?: string;
    readonly penanggungJawab?: string;
    readonly pelaksana: readonly string[];
    readonly tahun?: Period;
    readonly targets: ReadonlyArray<{ readonly year: number; readonly text: string }>;
    readonly anggaran: ReadonlyArray<{ readonly year: number; readonly amount: number }>;
    readonly sumberDana?: string;
    readonly kegiatan?: string;
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
