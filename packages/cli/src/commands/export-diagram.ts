import { cliOutputTarget, diskWorkspace, exportDiagramFiles } from 'spbe-server';
import { printPaths } from './text-output.js';

export interface ExportDiagramOptions {
    readonly view: string;
    readonly year?: number;
    readonly format: string;
    readonly output?: string;
    readonly expand?: boolean;
}

/** `spbe export diagram`: exit 1 when the workspace has errors (the diagram is drawn anyway), else 0. */
export async function exportDiagramCommand(dir: string, options: ExportDiagramOptions, out: (text: string) => void): Promise<number> {
    const result = await exportDiagramFiles(diskWorkspace(dir), cliOutputTarget(dir, options.output),
        { formats: options.format, view: options.view, year: options.year, expand: options.expand });
    printPaths(result.files, out);
    return result.errors > 0 ? 1 : 0;
}
