import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { ImportRequest } from '../inventory/import-inventory.js';
import type { PreviewParams, PreviewPayload } from 'spbe-generators';

export type { PreviewBand, PreviewEdge, PreviewNode, PreviewParams, PreviewPayload, PreviewView } from 'spbe-generators';
/** The generators' format names: clients key their pickers on these, so a format added to a generator must be offered. */
export type { DiagramFormat, DocumentFormat, DocumentJenis, InventoryFormat, RoadmapFormat } from 'spbe-generators';
export type { ElementFinding } from 'spbe-model';
export { SpbeCommands, SpbePaletteCommands, SpbeServerCommands } from 'spbe-language/contract';
export type { ValidationSummary, OpdDependencies, OpdDependencyDirection, OpdDependencyEntry, OpdDependencyGroup, SharingStatus } from 'spbe-language/contract';
import type { ValidationSummary, OpdDependencies } from 'spbe-language/contract';

/**
 * Messages between the VS Code client and the language server, declared once. The client's
 * commands call these so that the editor and the CLI share one implementation.
 */

/** The text of a read-only built-in document (`spbe-builtin:` URIs), for go-to-definition. */
export namespace BuiltinContentRequest {
    export const type = new RequestType<{ uri: string }, string | undefined, void>('spbe/builtinContent');
}


/** Runs every check (fast and slow) on the whole workspace now, whatever `slowChecks` says. */
export namespace ValidateWorkspaceRequest {
    export const type = new RequestType0<ValidationSummary, void>('spbe/validateWorkspace');
}

export interface InitWorkspaceParams {
    /** Absolute folder path. */
    readonly folder: string;
    readonly name: string;
    readonly title: string;
    readonly year: number;
}

/** Scaffolds a new workspace (what `spbe init` does); returns the written file paths. */
export namespace InitWorkspaceRequest {
    export const type = new RequestType<InitWorkspaceParams, string[], void>('spbe/initWorkspace');
}

/** Sent by the server after each build with the workspace's counts, for the status bar. */
export namespace ValidationSummaryNotification {
    export const type = new NotificationType<ValidationSummary>('spbe/validationSummary');
}

export interface GenerateRoadmapParams {
    /** Absolute output folder. */
    readonly outputDir: string;
    readonly formats: readonly string[];
    readonly opd?: string;
    readonly muatan?: string;
    readonly fromYear?: number;
    readonly toYear?: number;
    readonly locale?: 'id' | 'en';
    /** CSV field separator; default: the locale's (`;` in Indonesian, `,` in English). */
    readonly csvSeparator?: ',' | ';';
    /**
     * Generate even when the workspace has errors (the documents may be incomplete), like
     * `spbe generate roadmap --allow-errors`; otherwise such a workspace is refused, as on the command line.
     */
    readonly allowErrors?: boolean;
}

export interface GenerateResult {
    readonly files: readonly string[];
    /** Errors in the workspace when the documents were generated (they may be incomplete). */
    readonly errors: number;
}

/** Generates the Peta Rencana documents from the current workspace (what `spbe generate roadmap` does). */
export namespace GenerateRoadmapRequest {
    export const type = new RequestType<GenerateRoadmapParams, GenerateResult, void>('spbe/generateRoadmap');
}

export interface BuildSiteParams {
    /** Absolute folder the site replaces (inside an open workspace folder). */
    readonly outputDir: string;
    readonly locale?: 'id' | 'en';
    /** `/spbe/` or `https://host/spbe/`: pages name their canonical address from it. */
    readonly baseUrl?: string;
    /** Build even when the workspace has errors (every page says so), like `spbe build site --allow-errors`. */
    readonly allowErrors?: boolean;
}

export interface BuildSiteResult {
    readonly dir: string;
    /** The start page (`index.html`). */
    readonly index: string;
    readonly files: number;
    readonly errors: number;
}

/** Builds the static portal of the current workspace (what `spbe build site` does). */
export namespace BuildSiteRequest {
    export const type = new RequestType<BuildSiteParams, BuildSiteResult, void>('spbe/buildSite');
}

export interface GenerateDocumentParams {
    /** Absolute output folder. */
    readonly outputDir: string;
    /** `peta-rencana` and/or `arsitektur`. */
    readonly jenis: readonly string[];
    /** `docx` and/or `pdf`. */
    readonly formats: readonly string[];
    readonly opd?: string;
    readonly locale?: 'id' | 'en';
    /** Generate even when the workspace has errors (page 1 then says so), like `spbe generate dokumen --allow-errors`. */
    readonly allowErrors?: boolean;
}

/** Writes the submittable documents (Peta Rencana SPBE, Arsitektur SPBE) as DOCX/PDF, what `spbe generate dokumen` does. */
export namespace GenerateDocumentRequest {
    export const type = new RequestType<GenerateDocumentParams, GenerateResult, void>('spbe/generateDocument');
}

export interface ExportDiagramParams {
    readonly outputDir: string;
    /** layered, integrasi, gap or opd:<KODE> */
    readonly view: string;
    readonly year?: number;
    readonly formats: readonly string[];
    readonly expand?: boolean;
    /** Only these OPDs and element kinds (what the preview's filters show). */
    readonly opds?: readonly string[];
    readonly kinds?: readonly string[];
    /** Language of titles, legends and labels, like `spbe export diagram --locale`; default: the server's. */
    readonly locale?: 'id' | 'en';
}

/** Exports a diagram of the current workspace (what `spbe export diagram` does). */
export namespace ExportDiagramRequest {
    export const type = new RequestType<ExportDiagramParams, GenerateResult, void>('spbe/exportDiagram');
}

/** What the export prompts offer: the workspace's OPDs (code and title) and the periode's first and last year. */
export interface DiagramChoices {
    readonly opds: ReadonlyArray<{ readonly code: string; readonly title: string }>;
    readonly periode?: { readonly start: number; readonly end: number };
}

export namespace DiagramChoicesRequest {
    export const type = new RequestType0<DiagramChoices, void>('spbe/diagramChoices');
}

export interface CompareRevisionParams {
    /** Absolute folder whose files are compared with their git revision. */
    readonly folder: string;
    readonly base: string;
    readonly locale?: 'id' | 'en';
    /** The webview's script nonce: the report is rendered for that webview. */
    readonly nonce: string;
    /** Open documents with unsaved changes (absolute path, current text): compared instead of the saved file. */
    readonly overlays?: ReadonlyArray<{ readonly file: string; readonly text: string }>;
}

export interface CompareRevisionResult {
    readonly html: string;
    readonly empty: boolean;
    readonly oldLabel: string;
}

/** The review report between a git revision and the working tree as the editor has it (what `spbe diff --base` does, plus unsaved editors). */
export namespace CompareRevisionRequest {
    export const type = new RequestType<CompareRevisionParams, CompareRevisionResult, void>('spbe/compareRevision');
}

/** What `spbe import` takes, less the output file and the locale (the server's). */
export type ImportInventoryParams = Pick<ImportRequest, 'files' | 'workspace' | 'opds' | 'force' | 'partial' | 'dryRun'>;

export interface ImportInventoryResult {
    /** `replaces`: the file exists and only the OPD's block in it changes; `changed: false`: the OPD is unchanged, the file untouched. */
    readonly files: ReadonlyArray<{ readonly opd: string; readonly file: string; readonly elements: number; readonly replaces: boolean; readonly changed: boolean }>;
    /** Each problem as one line: file [sheet] row, column (header) 'value': reason. */
    readonly problems: readonly string[];
    /** Warnings the workspace reports in the new files (`file:line message [code]`). */
    readonly notes: readonly string[];
    readonly written: boolean;
    readonly skippedRows: number;
    /** Domains whose sheet was not in the files, one line each: the OPD's existing elements of them are kept. */
    readonly kept: readonly string[];
    /**
     * Per file that is (with `dryRun`: would be) written, the unified diff of its text before and after,
     * cut at `ImportDiffLines` lines (`omitted`: how many more it has). Empty when problems block the import.
     */
    readonly diffs: ReadonlyArray<{ readonly file: string; readonly created: boolean; readonly diff: string; readonly omitted: number }>;
}

/** Lines of each file's diff the import request returns (a long diff would flood the editor's output). */
export const ImportDiffLines = 2000;

/** Imports OPD inventories (what `spbe import` does); with `dryRun` it only reports. */
export namespace ImportInventoryRequest {
    export const type = new RequestType<ImportInventoryParams, ImportInventoryResult, void>('spbe/importInventory');
}

/** The OPD codes an inventory's rows name, for the OPD pick. */
export namespace InventoryOpdsRequest {
    export const type = new RequestType<{ files: readonly string[] }, string[], void>('spbe/inventoryOpds');
}

export interface ExportInventoryParams {
    readonly outputDir: string;
    readonly formats: readonly string[];
    /** CSV field separator; default: the locale's (`;` in Indonesian, `,` in English). */
    readonly csvSeparator?: ',' | ';';
    /** Language of the headings, like `spbe export inventory --locale`; default: the server's. */
    readonly locale?: 'id' | 'en';
}

/** The workspace as the inventory workbook or CSVs (what `spbe export inventory` does). */
export namespace ExportInventoryRequest {
    export const type = new RequestType<ExportInventoryParams, GenerateResult, void>('spbe/exportInventory');
}

/** The live preview of a view, built from the current model (waits for a running build to finish). */
export namespace PreviewRequest {
    export const type = new RequestType<PreviewParams, PreviewPayload, void>('spbe/preview');
}

/** The element (`OPD.NAME`) declared at a position, for the preview to follow the cursor. */
export namespace ElementAtRequest {
    export const type = new RequestType<{ uri: string; line: number; character: number }, string | null, void>('spbe/elementAt');
}

/** An OPD's cross-OPD references, grouped for the editor's list (the OPD code lens opens it); null for an unknown OPD. */
export namespace OpdDependenciesRequest {
    export const type = new RequestType<{ uri: string; opd: string }, OpdDependencies | null, void>('spbe/opdDependencies');
}

/** Names the editor shows for the diagram views (the same as the diagrams' titles). */
export { DiagramViewTitles } from 'spbe-model';
