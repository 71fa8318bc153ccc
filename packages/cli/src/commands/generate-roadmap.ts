import * as path from 'node:path';
import { generateRoadmap, RoadmapFormats, type CsvSeparator } from 'spbe-generators';
import { type Locale } from 'spbe-model';
import { checkFormats, checkRoadmapFilters, displayPath, loadWorkspace, writeOutputs } from 'spbe-server';
import { textReport } from '../report/text-report.js';

export interface GenerateRoadmapOptions {
    readonly format: string;
    readonly output?: string;
    readonly opd?: string;
    readonly muatan?: string;
    readonly from?: number;
    readonly to?: number;
    readonly lang: Locale;
    readonly csvSeparator?: CsvSeparator;
    readonly allowErrors?: boolean;
}

/**
 * `spbe generate roadmap`: the Peta Rencana documents in one or more formats (comma-separated).
 * A workspace with errors yields incomplete documents, so it is refused unless --allow-errors.
 */
export async function generateRoadmapCommand(dir: string, options: GenerateRoadmapOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const formats = checkFormats('roadmap', RoadmapFormats, options.format);
    const workspace = await loadWorkspace(dir, { locale: options.lang });
    const errors = workspace.diagnostics.filter(d => d.severity === 'error');
    if (errors.length > 0 && !options.allowErrors) {
        err(textReport(errors, workspace.root, workspace.files.length, options.lang));
        err(`spbe: the workspace has ${errors.length} error(s); fix them or pass --allow-errors to generate anyway.\n`);
        return 1;
    }
    const model = workspace.model();
    const filters = checkRoadmapFilters({ opd: options.opd, muatan: options.muatan, fromYear: options.from, toYear: options.to }, model);
    // The default folder `<dir>/out` must really be inside the workspace (an `out` symlink is refused).
    const outputDir = path.resolve(options.output ?? path.join(dir, 'out'));
    const boundary = options.output === undefined ? dir : undefined;
    for (const format of formats) {
        const files = await generateRoadmap(model, format, { ...filters, locale: options.lang, csvSeparator: options.csvSeparator });
        for (const written of await writeOutputs(files, outputDir, boundary)) {
            out(`${displayPath(written)}\n`);
        }
    }
    return 0;
}
