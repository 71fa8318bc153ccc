import { generateRoadmap, RoadmapFormats } from 'spbe-generators';
import type { Locale } from 'spbe-model';
import { refuseErrors } from './error-gate.js';
import { writeEachFormat, type GeneratedFiles, type OutputTarget } from './output-target.js';
import { checkCsvSeparator, checkFormats, checkLocale, checkRoadmapFilters } from './request-checks.js';
import type { WorkspaceSource } from './workspace-source.js';

/** The untrusted parameters of `spbe generate roadmap` / `spbe/generateRoadmap`. */
export interface RoadmapParams {
    /** `md,html` (CLI) or `['md', 'html']` (server); each one of `RoadmapFormats`. */
    readonly formats: unknown;
    readonly opd?: unknown;
    readonly muatan?: unknown;
    readonly fromYear?: unknown;
    readonly toYear?: unknown;
    /** `id` or `en`; absent: `defaultLocale`. */
    readonly locale?: unknown;
    readonly csvSeparator?: unknown;
    /** `true` generates from a workspace with errors (documents may be incomplete); else it is refused. */
    readonly allowErrors?: unknown;
}

/**
 * The Peta Rencana documents, one or more formats. Checks the formats, locale and separator before
 * loading, refuses a workspace with errors unless `allowErrors` (`WorkspaceHasErrorsError`), checks
 * the filters against the model (`InvalidParameterError`), writes each format atomically.
 */
export async function generateRoadmapFiles(source: WorkspaceSource, target: OutputTarget, params: RoadmapParams, defaultLocale: Locale): Promise<GeneratedFiles> {
    const formats = checkFormats('roadmap', RoadmapFormats, params.formats);
    const locale = checkLocale(params.locale, defaultLocale);
    const csvSeparator = checkCsvSeparator(params.csvSeparator);
    const workspace = await source.validated();
    refuseErrors(workspace, params.allowErrors);
    const filters = checkRoadmapFilters(params, workspace.model);
    const files = await writeEachFormat(formats, target, format => generateRoadmap(workspace.model, format, { ...filters, locale, csvSeparator, workspaceErrors: workspace.counts.errors }));
    return { files, errors: workspace.counts.errors };
}
