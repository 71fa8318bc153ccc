import type { ElementKind, IndexResult, Locale, SourceRef } from 'spbe-model';
import { allowErrorsNotice, term } from 'spbe-model';

/**
 * What changed between two versions of a workspace, as plain data: the renderers (text, Markdown,
 * HTML, JSON) and the editor read only this.
 */

export interface PropertyChange {
    readonly property: string;
    /** Absent when the property was added. */
    readonly old?: string;
    /** Absent when the property was removed. */
    readonly new?: string;
}

export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed';

export interface ElementChange {
    readonly change: ChangeKind;
    /** `OPD.NAME` on the new side (the old side for `removed`). */
    readonly id: string;
    readonly opd: string;
    readonly kind: ElementKind;
    readonly title?: string;
    /** The old `OPD.NAME` of a renamed element. */
    readonly renamedFrom?: string;
    readonly properties: readonly PropertyChange[];
    /** Where the element is declared: the new side, or the old side for `removed`. */
    readonly source?: SourceRef;
}

/**
 * A budget amount in whole rupiah; (v2 §6) null where the amount was written but could not be read
 * (the item's `anggaranDropped`), so no report shows it as Rp0.
 */
export type DiffAmount = number | null;

/** A budget total and how many of its amounts could not be read (`amount` is null when any). */
export interface DiffTotal { readonly amount: DiffAmount; readonly unread: number }

export interface BudgetYearChange {
    readonly year: number;
    readonly old: DiffAmount;
    readonly new: DiffAmount;
}

export interface ItemChange {
    readonly change: ChangeKind;
    readonly name: string;
    readonly title?: string;
    readonly renamedFrom?: string;
    /** `tahun` moved: the old and new year ranges ("2025–2026"). */
    readonly rescheduled?: { readonly old: string; readonly new: string };
    /** Per-year and total budget deltas; only the years whose amount changed are listed. */
    readonly rebudgeted?: { readonly years: readonly BudgetYearChange[]; readonly oldTotal: DiffTotal; readonly newTotal: DiffTotal };
    /** `penanggungJawab` or `pelaksana` changed. */
    readonly reassigned?: readonly PropertyChange[];
    /** Every other property change. */
    readonly properties: readonly PropertyChange[];
    readonly source?: SourceRef;
}

export interface CrossOpdReferenceChange {
    readonly change: 'added' | 'removed';
    /** `OPD.NAME` of the element that refers. */
    readonly from: string;
    readonly property: string;
    /** `OPD.NAME`, or an OPD code for grants such as `bagiPakai`. */
    readonly target: string;
    readonly source?: SourceRef;
}

export interface OpdChange {
    readonly change: 'added' | 'removed' | 'changed';
    readonly code: string;
    readonly title?: string;
    readonly properties: readonly PropertyChange[];
    readonly source?: SourceRef;
}

/** One diagnostic, positioned on the side it belongs to (introduced: new; resolved: old). */
export interface FindingEntry {
    readonly code: string;
    readonly severity: string;
    readonly file: string;
    readonly line: number;
    readonly message: string;
}

export interface FindingCodeChange {
    readonly code: string;
    readonly introduced: readonly FindingEntry[];
    readonly resolved: readonly FindingEntry[];
}

/** One side's index as the diff reports it; `assessedShare` is the assessed fraction 0..1 of the instrument's weight. */
export type IndexValue = Pick<IndexResult, 'score' | 'predicate' | 'predicateLabel' | 'provisional' | 'assessedShare'>;

export interface IndexChange {
    readonly change: 'added' | 'removed' | 'changed';
    readonly framework: string;
    readonly year: number;
    readonly old?: number;
    readonly new?: number;
    /** The index of each side in full: predikat (provisional when partial) and the assessed share (fraction 0..1). */
    readonly oldIndex?: IndexValue;
    readonly newIndex?: IndexValue;
    /** Indicator levels that changed ("I07: 2 → 3"). */
    readonly levels: readonly PropertyChange[];
    readonly source?: SourceRef;
}

export interface DiffSummary {
    readonly elements: Readonly<Record<ChangeKind, number>>;
    /** Per domain (element kind): added, removed, changed and renamed counts. */
    readonly byKind: Readonly<Partial<Record<ElementKind, Readonly<Record<ChangeKind, number>>>>>;
    readonly items: {
        readonly added: number; readonly removed: number; readonly changed: number; readonly renamed: number;
        readonly rescheduled: number; readonly rebudgeted: number; readonly reassigned: number;
    };
    readonly budget: { readonly old: DiffTotal; readonly new: DiffTotal };
    readonly crossOpdReferences: { readonly added: number; readonly removed: number };
    readonly findings: { readonly introduced: number; readonly resolved: number };
    readonly opds: { readonly added: number; readonly removed: number; readonly changed: number };
}

/**
 * What the reports show instead of identifiers (spec §6 v2), from both sides (the new side wins):
 * element id → title, OPD code → title, roadmap item name → `kode · title`. The JSON report leaves
 * it out: it keeps the identifiers.
 */
export interface DiffNames {
    readonly elements: Readonly<Record<string, string>>;
    readonly opds: Readonly<Record<string, string>>;
    readonly items: Readonly<Record<string, string>>;
}

export interface WorkspaceDiff {
    /** Labels of the two sides ("git HEAD~3", a folder…). */
    readonly oldLabel: string;
    readonly newLabel: string;
    readonly pemdaTitle?: string;
    /** What the reports people read must say first (v2 §6): an `ilustrasi` side, and each side's error count. */
    readonly marks?: { readonly ilustrasi: boolean; readonly oldErrors: number; readonly newErrors: number };
    readonly pemda: readonly PropertyChange[];
    readonly opds: readonly OpdChange[];
    readonly elements: readonly ElementChange[];
    readonly crossOpdReferences: readonly CrossOpdReferenceChange[];
    readonly items: readonly ItemChange[];
    readonly findings: readonly FindingCodeChange[];
    readonly index: readonly IndexChange[];
    readonly summary: DiffSummary;
    /** Absent: the reports show identifiers as written. */
    readonly names?: DiffNames;
}

export function isEmptyDiff(diff: WorkspaceDiff): boolean {
    return diff.pemda.length === 0 && diff.opds.length === 0 && diff.elements.length === 0 && diff.crossOpdReferences.length === 0
        && diff.items.length === 0 && diff.findings.length === 0 && diff.index.length === 0;
}

/** The example banner and errors notices a diff report shows before anything else, in `locale`. */
export function diffNotices(diff: WorkspaceDiff, locale: Locale): string[] {
    const marks = diff.marks;
    if (!marks) {
        return [];
    }
    return [
        ...(marks.ilustrasi ? [term('example', locale)] : []),
        ...(marks.oldErrors > 0 ? [`${diff.oldLabel}: ${allowErrorsNotice(marks.oldErrors, locale)}`] : []),
        ...(marks.newErrors > 0 ? [`${diff.newLabel}: ${allowErrorsNotice(marks.newErrors, locale)}`] : [])
    ];
}
