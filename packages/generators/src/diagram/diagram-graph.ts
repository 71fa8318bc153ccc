import type { Locale } from 'spbe-model';
/** A diagram before layout: what every diagram format renders (plain data, from the semantic model). */

export type NodeState = 'normal' | 'added' | 'retired' | 'planned' | 'neighbour';

export interface DiagramNode {
    readonly id: string;
    /** Main text: the title (or the name when there is none). */
    readonly label: string;
    /** Small text above the label, in words: the kind and the OPD's title (its code where space forbids). */
    readonly caption: string;
    /**
     * The caption with the OPD's title however wide (`Aplikasi · Dinas Komunikasi dan Informatika`):
     * the text formats (Mermaid, PlantUML, DOT) size their boxes to it, so no space forbids the title
     * there. Absent when `caption` already says it.
     */
    readonly wordsCaption?: string;
    /** probis, layanan, data, aplikasi, infrastruktur, keamanan, opd, or group (a collapsed set). */
    readonly kind: string;
    /** Owning OPD code (for colour); `nasional` for the library. */
    readonly opd: string;
    /** Band index in the layered views (0 layanan … 4 infrastruktur, 5 keamanan side band); undefined elsewhere. */
    readonly band?: number;
    readonly state: NodeState;
    readonly tooltip: string;
    /** `OPD.NAME` of the element, for navigation (absent for OPD and group nodes). */
    readonly elementId?: string;
}

export type EdgeKind = 'probis' | 'aplikasi' | 'data' | 'hosting' | 'terhubung' | 'induk' | 'objek' | 'integrasi'
    | 'data-use' | 'app-use' | 'integrasi-splp' | 'integrasi-direct';

/**
 * What in the model an edge draws: a reference (`element` names `property` → `target`, all element
 * ids) or a whole `integrasi` element. Absent for aggregates (the integration map, collapsed views).
 */
export type EdgeOrigin =
    | { readonly kind: 'reference'; readonly element: string; readonly property: string; readonly target: string }
    | { readonly kind: 'integrasi'; readonly element: string };

export interface DiagramEdge {
    readonly id: string;
    readonly source: string;
    readonly target: string;
    readonly kind: EdgeKind;
    readonly label?: string;
    readonly origin?: EdgeOrigin;
}

export interface DiagramGraph {
    readonly title: string;
    readonly subtitle: string;
    readonly view: string;
    readonly nodes: readonly DiagramNode[];
    readonly edges: readonly DiagramEdge[];
    /** Band names, in order, for the layered views. */
    readonly bands: readonly string[];
    /** OPD codes in colour order (for the legend). */
    readonly opds: readonly string[];
    /** OPD code → its title (the code when it has none): what containers and the legend show. */
    readonly opdTitles: Readonly<Record<string, string>>;
    /** True when the view was collapsed to OPD level because it was too large. */
    readonly collapsed: boolean;
    /** The language of every word the graph and its renderings show (titles, captions, legend). */
    readonly locale: Locale;
}
