/** A diagnostic attached to the element (`OPD.NAME`) it lies in: what the preview and reports show per element. */
export interface ElementFinding {
    readonly severity: 'error' | 'warning' | 'info';
    readonly code: string;
    readonly message: string;
    readonly line: number;
}

/**
 * Every finding of a workspace by where it lies: in an element (`OPD.NAME`), elsewhere in an OPD's
 * block (`opd-missing-pic`: by OPD code), or outside any OPD (the pemda, the Peta Rencana, a file's
 * syntax). Each finding is in exactly one of the three, so their sum is the workspace's total.
 */
export interface PlacedFindings {
    readonly elements: ReadonlyMap<string, readonly ElementFinding[]>;
    readonly opds: ReadonlyMap<string, readonly ElementFinding[]>;
    readonly workspace: readonly ElementFinding[];
}
