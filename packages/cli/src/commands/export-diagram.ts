import * as path from 'node:path';
import { DiagramFormats } from 'spbe-generators';
import { checkDiagramSpec, checkFormats, displayPath, exportDiagram, loadWorkspace, writeOutputs } from 'spbe-server';

export interface ExportDiagramOptions {
    readonly view: string;
    readonly year?: number;
    readonly format: string;
    readonly output?: string;
    readonly expand?: boolean;
}

export async function exportDiagramCommand(dir: string, options: ExportDiagramOptions, out: (text: string) => void): Promise<number> {
    const formats = checkFormats('diagram', DiagramFormats, options.format);
    checkDiagramSpec(options.view, options.year, options.expand);
    const workspace = await loadWorkspace(dir);
    const model = workspace.model();
    const spec = checkDiagramSpec(options.view, options.year, options.expand, model);
    // The default folder `<dir>/out` must really be inside the workspace (an `out` symlink is refused).
    const outputDir = path.resolve(options.output ?? path.join(dir, 'out'));
    const boundary = options.output === undefined ? dir : undefined;
    for (const format of formats) {
        const file = await exportDiagram(model, spec, format);
        for (const written of await writeOutputs([file], outputDir, boundary)) {
            out(`${displayPath(written)}\n`);
        }
    }
    return workspace.diagnostics.some(d => d.severity === 'error') ? 1 : 0;
}
