import type { ElementFinding } from 'spbe-model';
import type { BandRect } from '../diagram/render-svg.js';
import type { SourceRef } from 'spbe-model';

/**
 * What the live preview shows, as plain data: the language server builds it from the semantic
 * model and the diagram layout; the webview only draws it. Everything in it is text to display.
 */

export type PreviewView = 'layered' | 'opd' | 'integrasi' | 'gap';

export interface PreviewParams {
    readonly view: PreviewView;
    /** For `opd`: which OPD. */
    readonly opd?: string;
    /** As of this year; for `gap`, the first year is the as-is side and the last the to-be side. */
    readonly year?: number;
    /** Only these OPDs and domains (element kinds). */
    readonly opds?: readonly string[];
    readonly kinds?: readonly string[];
    /** The language of titles, captions, tooltips and labels; Indonesian when absent (the server fills in its own). */
    readonly locale?: 'id' | 'en';
}

export interface PreviewNode {
    readonly id: string;
    readonly label: string;
    /** The label wrapped on words as the export draws it (the node's height fits these lines). */
    readonly labelLines: readonly string[];
    readonly caption: string;
    readonly kind: string;
    readonly opd: string;
    readonly colour: string;
    /** normal, planned, added, retired, neighbour */
    readonly state: string;
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    /** `OPD.NAME` for element nodes. */
    readonly elementId?: string;
    readonly title?: string;
    /** The kind in words (`Aplikasi`). */
    readonly kindLabel: string;
    /** The owning OPD's title (its code when it has none). */
    readonly opdTitle: string;
    /** Identifier of the status (`eksisting`), for styling. */
    readonly status?: string;
    /** The status in words (`Eksisting`). */
    readonly statusLabel?: string;
    /** "2025–2029", "sejak 2027", "hingga 2026". */
    readonly lifetime?: string;
    /** Begins to exist in the year shown (or is planned, without a year). */
    readonly appears: boolean;
    /** Exists for the last time in the year shown (or is retired, without a year). */
    readonly retires: boolean;
    readonly findings: readonly ElementFinding[];
    readonly source?: SourceRef;
}

export interface PreviewEdge {
    readonly id: string;
    readonly source: string;
    readonly target: string;
    readonly kind: string;
    readonly label?: string;
    /** `Sumber → Tujuan (jenis)`: the ends by their labels, the kind in words. */
    readonly tooltip: string;
    readonly points: ReadonlyArray<readonly [number, number]>;
    /** On one edge of a bundle (layered views): how many references the bundle carries. */
    readonly count?: number;
}

/** An OPD's container in one band of a layered view (px), with the OPD's colour. */
export interface PreviewContainer {
    readonly opd: string;
    /** What the container's heading shows: the OPD's title, or its code when the title does not fit. */
    readonly title: string;
    readonly colour: string;
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
}

/** A band background of a layered view, as the SVG export draws it. */
export type PreviewBand = BandRect;

export interface PreviewPayload {
    readonly params: PreviewParams;
    readonly title: string;
    readonly subtitle: string;
    readonly width: number;
    readonly height: number;
    /** Large views are drawn one node per OPD and band. */
    readonly collapsed: boolean;
    readonly bands: readonly PreviewBand[];
    /** Layered and gap views: each OPD's container per band, drawn under its elements. */
    readonly containers: readonly PreviewContainer[];
    readonly nodes: readonly PreviewNode[];
    readonly edges: readonly PreviewEdge[];
    readonly periode?: { readonly start: number; readonly end: number };
    readonly opds: ReadonlyArray<{ readonly code: string; readonly title: string; readonly colour: string }>;
    readonly kinds: readonly string[];
    /** Each of `kinds` in words (`probis` → `Proses Bisnis`), for the domain filter. */
    readonly kindLabels: Readonly<Record<string, string>>;
    /** Milliseconds the server spent building it (layout included). */
    readonly buildMs: number;
}
