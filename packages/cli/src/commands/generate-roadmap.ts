import * as path from 'node:path';
import { generateRoadmap, RoadmapFormats, type Locale, type RoadmapFormat } from 'spbe-language';
import { displayPath, loadWorkspace, UnsafeWriteError, writeOutputs } from 'spbe-language/node';
import { textReport } from '../report/text-report.js';
import { UsageError } from '../usage-error.js';

export interface GenerateRoadmapOptions {
    readonly format: string;
    readonly output?: string;
    readonly opd?: string;
    readonly muatan?: string;
    readonly from?: number;
    readonly to?: number;
    readonly lang: Locale;
    readonly allowErrors?: boolean;
}

/**
 * `spbe generate roadmap`: the Peta Rencana documents in one or more formats (comma-separated).
 * A workspace with errors yields incomplete documents, so it is refused unless --allow-errors.
 */
export async function generateRoadmapCommand(dir: string, options: GenerateRoadmapOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const formats = options.format.split(',').map(f => f.trim()).filter(Boolean);
    const unknown = formats.filter(f => !(RoadmapFormats as readonly string[]).includes(f));
    if (formats.length === 0 || unknown.length > 0) {
        throw new UsageError(`unknown format ${unknown.join(', ') || "''"}; choose from ${RoadmapFormats.join(', ')}`);
    }
    const workspace = await loadWorkspace(dir, { locale: options.lang });
    const errors = workspace.diagnostics.filter(d => d.severity === 'error');
    if (errors.length > 0 && !options.allowErrors) {
        err(textReport(errors, workspace.root, workspace.files.length, options.lang));
        err(`spbe: the workspace has ${errors.length} error(s); fix them or pass --allow-errors to generate anyway.\n`);
        return 1;
    }
    const model = workspace.model();
    if (options.opd && !model.opds.some(o => o.code === options.opd)) {
        throw new UsageError(`no OPD '${options.opd}' in ${dir}`);
    }
    const outputDir = path.resolve(options.output ?? path.join(dir, 'out'));
    try {
        for (const format of formats) {
            const files = await generateRoadmap(model, format as RoadmapFormat, {
                opd: options.opd, muatan: options.muatan, fromYear: options.from, toYear: options.to, locale: options.lang
            });
            for (const written of await writeOutputs(files, outputDir)) {
                out(`${displayPath(written)}\n`);
            }
        }
    } catch (error) {
        if (error instanceof UnsafeWriteError) {
            throw new UsageError(error.message);
        }
        throw error;
    }
    return 0;
}
