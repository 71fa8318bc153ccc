import { diagramFileName, exportDiagramText, type DiagramFormat, type DiagramSpec } from 'spbe-generators';
import type { OutputFile } from 'spbe-generators';
import type { SpbeModel } from 'spbe-model';
import { renderPng } from './render-png.js';

/** One diagram file in any format, PNG included (rasterized from the SVG with the bundled font). */
export async function exportDiagram(model: SpbeModel, spec: DiagramSpec, format: DiagramFormat, fontFiles?: string[]): Promise<OutputFile> {
    const name = diagramFileName(spec, format);
    if (format === 'png') {
        return { name, content: await renderPng(await exportDiagramText(model, spec, 'svg'), { fontFiles }) };
    }
    return { name, content: await exportDiagramText(model, spec, format) };
}
