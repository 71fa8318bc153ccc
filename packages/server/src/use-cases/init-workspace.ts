import { scaffoldWorkspace } from '../workspace/scaffold-workspace.js';

/** The untrusted parameters of `spbe init` / `spbe/initWorkspace`. */
export interface InitParams {
    /** The folder to create the workspace in (resolved by the caller). */
    readonly folder: string;
    readonly name?: unknown;
    readonly title?: unknown;
    /** The first year of the five-year periode. */
    readonly year?: unknown;
    /** Written files must stay inside this folder (the server's open workspace folder). */
    readonly boundary?: string;
}

/**
 * Creates a new workspace that validates clean. The parameters pass `checkScaffoldOptions` (the
 * identifier rule of spbe-model, title, year); a folder with `.spbe` files is refused. Throws
 * `ScaffoldRefusedError`; returns the written paths.
 */
export async function initWorkspace(params: InitParams): Promise<string[]> {
    return scaffoldWorkspace({ folder: params.folder, name: params.name, title: params.title, startYear: params.year, boundary: params.boundary });
}
