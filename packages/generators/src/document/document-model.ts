import type { Locale } from 'spbe-model';

/**
 * The format-neutral submittable document (spec §6 v2): what the DOCX and the PDF renderer both draw,
 * so that the two files always say the same thing. Every text here is already in words (titles,
 * labels, Indonesian number and date typography); a renderer never formats a value itself.
 */

/** One cell of a table: its text (lines separated by `\n`) and whether it is a number (right-aligned). */
export interface DocumentCell {
    readonly text: string;
    readonly numeric?: boolean;
}

export interface DocumentColumn {
    readonly header: string;
    /** Relative width; a renderer shares the page width among the columns in these proportions. */
    readonly width: number;
    readonly numeric?: boolean;
}

/** A table row; `total` rows (sums) are drawn bold. */
export interface DocumentRow {
    readonly cells: readonly DocumentCell[];
    readonly total?: boolean;
}

export type DocumentBlock =
    | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
    | { readonly kind: 'paragraph'; readonly text: string }
    | { readonly kind: 'list'; readonly items: readonly string[] }
    | { readonly kind: 'table'; readonly columns: readonly DocumentColumn[]; readonly rows: readonly DocumentRow[] }
    /**
     * A diagram: `image` names an entry of `DocumentImages`; absent from it, the caption and `missing` (a notice) stand in.
     * With `continuedCaption`, the diagram may come as strips (`layered`, `layered-2`, …; see `svgSlices`), each on its page, the later ones under that caption.
     */
    | { readonly kind: 'image'; readonly image: DiagramImageKey; readonly caption: string; readonly missing: string; readonly continuedCaption?: string };

/** A chapter (BAB) or appendix: a level-1 heading on a new page, in portrait or landscape. */
export interface DocumentChapter {
    /** `BAB I` / `Lampiran A`: the numbering word, shown above the title. */
    readonly number: string;
    readonly title: string;
    readonly landscape: boolean;
    readonly blocks: readonly DocumentBlock[];
}

/** The signature block: `Ditetapkan di Kediri` / `pada tanggal 14 Maret 2025` / `WALI KOTA KEDIRI,` / name. */
export interface SignatureBlock {
    readonly place: string;
    readonly date: string;
    readonly office: string;
    readonly name: string;
}

export interface SubmittableDocument {
    readonly locale: Locale;
    /** The document's title (file metadata and cover). */
    readonly title: string;
    /** The lampiran header, line by line (`LAMPIRAN PERATURAN WALI KOTA KEDIRI`, `NOMOR … TAHUN …`, `TENTANG …`). */
    readonly lampiran: readonly string[];
    /** "CONTOH — BUKAN DOKUMEN RESMI" on every page of an `ilustrasi` workspace; undefined otherwise. */
    readonly banner: string | undefined;
    /** What page 1 must say first: the errors notice of a workspace generated with `--allow-errors`. */
    readonly firstPageNotices: readonly string[];
    /** Cover lines, biggest first: title, pemda, periode. */
    readonly cover: readonly string[];
    readonly contentsTitle: string;
    /** Heading levels the table of contents lists: 1 (chapters) or 2 (chapters and their sections). */
    readonly contentsDepth: 1 | 2;
    readonly chapters: readonly DocumentChapter[];
    readonly signature: SignatureBlock;
}

/** `gantt-2`, `gantt-3`…: the Gantt's further parts (one landscape page each); `layered-2`…: strips of a tall diagram. */
export type DiagramImageKey = 'gantt' | `gantt-${number}` | 'layered' | `layered-${number}` | 'integrasi' | `integrasi-${number}`;

/**
 * A diagram to embed, in one or both forms, and the size it is laid out at, in pixels (the SVG's at the
 * server's `documentScale`, or a PNG's own from its header): the page size follows from it, and a PNG with
 * more or fewer pixels (drawn for the printed size) is scaled to it. The PDF draws the SVG
 * as vector (crisp at any zoom, no rasterizing), else the PNG; the DOCX embeds the PNG. A renderer without
 * the form it draws shows the block's `missing` notice instead.
 */
export interface DocumentImage {
    readonly svg?: string;
    readonly png?: Uint8Array;
    readonly width: number;
    readonly height: number;
}

export type DocumentImages = Partial<Record<DiagramImageKey, DocumentImage>>;

/** The DejaVu Sans TTF files the PDF embeds (passed in as bytes: the generators never read files). */
export interface DocumentFonts {
    readonly normal: Uint8Array;
    readonly bold: Uint8Array;
}
