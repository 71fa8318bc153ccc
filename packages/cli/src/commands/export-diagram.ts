import * as path from 'node:path';
import { DiagramFormats, type DiagramFormat, type DiagramSpec } from 'spbe-language';
import { displayPath, exportDiagram, loadWorkspace, writeOutputs } from 'spbe-language/node';
import { UsageError } from '../usage-error.js';

export interface ExportDiagramOptions {
    readonly view: string;
    readonly year?: number;
    readonly format: string;
    readonly output?: string;
    readonly expand?: boolean;
}

/** `--view layered|integrasi|gap|opd:<KODE>` → a diagram spec, checked against the model. */
export function parseView(view: string, year: number | undefined, expand: boolean | undefined): DiagramSpec {
    const [kind, opd] = view.split(':');
    if (kind === 'opd' && opd) {
        return { view: 'opd', opd, year, expand };
    }
    if (kind === 'layered' || kind === 'integrasi' || kind === 'gap') {
        return { view: kind, year, expand };
    }
    throw new UsageError(`unknown view '${view}'; choose layered, integrasi, gap or opd:<KODE>`);
}

export async function exportDiagramCommand(dir: string, options: ExportDiagramOptions, out: (text: string) => void): Promise<number> {
    const formats = options.format.split(',').map(f => f.trim()).filter(Boolean);
    const unknown = formats.filter(f => !(DiagramFormats as readonly string[]).includes(f));
    if (formats.length === 0 || unknown.length > 0) {
        throw new UsageError(`unknown format ${unknown.join(', ') || "''"}; choose from ${DiagramFormats.join(', ')}`);
    }
    const spec = parseView(options.view, options.year, options.expand);
    const workspace = await loadWorkspace(dir);
    const model = workspace.model();
    if (spec.view === 'opd' && !model.opds.some(o => o.code === spec.opd)) {
        throw new UsageError(`no OPD '${spec.opd}' in ${dir}`);
    }
    const periode = model.pemda?.periode;
    if (spec.year !== undefined && periode && (spec.year < periode.start || spec.year > periode.end)) {
        throw new UsageError(`--year ${spec.year} is outside the periode ${periode.start}..${periode.end}`);
    }
    const outputDir = path.resolve(options.output ?? path.join(dir, 'out'));
    for (const format of formats) {
        const file = await exportDiagram(model, spec, format as DiagramFormat);
        for (const written of await writeOutputs([file], outputDir)) {
            out(`${displayPath(written)}\n`);
        }
    }
    return workspace.diagnostics.some(d => d.severity === 'error') ? 1 : 0;
}
