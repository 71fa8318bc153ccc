/** A diagnostic attached to the element (`OPD.NAME`) it lies in: what the preview and reports show per element. */
export interface ElementFinding {
    readonly severity: 'error' | 'warning' | 'info';
    readonly code: string;
    readonly message: string;
    readonly line: number;
}
