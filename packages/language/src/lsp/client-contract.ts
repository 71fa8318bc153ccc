import type { Range } from 'vscode-languageserver-protocol';

/**
 * The ids and result shapes the editor features share with the client; a module with no runtime
 * dependency, so that the VS Code extension can import it without bundling Langium.
 */

/**
 * The commands the extension contributes to the Command Palette; package.json's
 * `contributes.commands` lists exactly these ids (test/vscode/command-ids.test.ts keeps them equal).
 */
export const SpbePaletteCommands = {
    OpenPreview: 'spbe.openPreview',
    ValidateWorkspace: 'spbe.validateWorkspace',
    GenerateRoadmap: 'spbe.generateRoadmap',
    BuildSite: 'spbe.buildSite',
    GenerateDocument: 'spbe.generateDocument',
    ExportDiagram: 'spbe.exportDiagram',
    CompareWithRevision: 'spbe.compareWithRevision',
    ImportInventory: 'spbe.importInventory',
    ExportInventory: 'spbe.exportInventory',
    NewWorkspace: 'spbe.newWorkspace',
    RestartServer: 'spbe.restartServer',
    ShowOutput: 'spbe.showOutput',
    ShowProblems: 'spbe.showProblems'
} as const;

/**
 * Every client-side command id, the one place each is spelled: the palette's, plus those that only
 * the server's code lenses and the rule links run. The extension registers each of them.
 */
export const SpbeCommands = {
    ...SpbePaletteCommands,
    /** Lists an OPD's cross-OPD references; arguments: the document URI and the OPD code. */
    ShowOpdDependencies: 'spbe.showOpdDependencies',
    /** Opens a diagnostic code's rule page; argument: the code. */
    ShowRule: 'spbe.showRule'
} as const;

/**
 * Commands the server itself executes (`workspace/executeCommand`); the language client registers
 * them, and a quick fix runs one after its edit is applied.
 */
export namespace SpbeServerCommands {
    /** Re-checks the whole workspace (fast and slow checks) on the open documents' current text. */
    export const RecheckWorkspace = 'spbe.server.recheckWorkspace';
}

export interface ValidationSummary {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
}

/** Whether an OPD's reference is to (`uses`) or from (`usedBy`) another OPD. */
export type OpdDependencyDirection = 'usedBy' | 'uses';

/**
 * What the owner allows for one cross-OPD reference: `open` data (sifat terbuka), `granted`
 * (bagiPakai / pengguna lists the user), `notGranted` (a finding), `national` (the built-in
 * library), `notRequired` (kinds and places that need no sharing), `unclassified` (data without sifat).
 */
export type SharingStatus = 'open' | 'granted' | 'notGranted' | 'national' | 'notRequired' | 'unclassified';

/** One reference between two OPDs, at the position of the reference in the user's file. */
export interface OpdDependencyEntry {
    readonly direction: OpdDependencyDirection;
    /** The OPD on the other side. */
    readonly otherOpd: string;
    /** The element holding the reference, `OPD.NAME`, and its kind keyword. */
    readonly from: string;
    readonly fromKind: string;
    /** The element referred to, `OPD.NAME`, its kind keyword and title. */
    readonly to: string;
    readonly toKind: string;
    readonly toTitle?: string;
    readonly status: SharingStatus;
    /** The status in words, in the server's language. */
    readonly statusText: string;
    readonly uri: string;
    readonly range: Range;
    /** The file as shown to the user (`opd/dinkes.spbe`). */
    readonly path: string;
}

/** The entries of one direction and one other OPD, with a heading ("Dipakai oleh DINKES — Dinas Kesehatan"). */
export interface OpdDependencyGroup {
    readonly direction: OpdDependencyDirection;
    readonly opd: string;
    readonly label: string;
    readonly entries: readonly OpdDependencyEntry[];
}

export interface OpdDependencies {
    readonly opd: string;
    /** "DINSOS: 6 referensi lintas-OPD", in the server's language. */
    readonly title: string;
    /** What to say when there are none. */
    readonly emptyText: string;
    /** "dipakai oleh" groups first, then "memakai"; OPDs by code. */
    readonly groups: readonly OpdDependencyGroup[];
    readonly count: number;
}

