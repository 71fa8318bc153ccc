import { DiagramFormats } from 'spbe-generators';
import type { Locale } from 'spbe-model';
import { exportDiagram } from '../workspace/export-diagram.js';
import { writeEachFormat, type GeneratedFiles, type OutputTarget } from './output-target.js';
import { checkDiagramSpec, checkFormats, checkLocale, checkNameList } from './request-checks.js';
import type { WorkspaceSource } from './workspace-source.js';

/** The untrusted parameters of `spbe export diagram` / `spbe/exportDiagram`. */
export interface DiagramParams {
    readonly formats: unknown;
    /** `layered`, `integrasi`, `gap` or `opd:<KODE>`. */
    readonly view: unknown;
    readonly year?: unknown;
    readonly expand?: unknown;
    /** Only these OPDs / element kinds (the preview's filters); absent: all. */
    readonly opds?: unknown;
    readonly kinds?: unknown;
    /** Language of titles, legends and labels (`id`, `en`); absent: the caller's. */
    readonly locale?: unknown;
}

/**
 * An architecture diagram in one or more formats. The view and year are checked before loading,
 * the OPD and the year's place in the periode against the model — the same `InvalidParameterError`
 * texts for the CLI and the server. Generated also from a workspace with errors (it draws what is
 * declared); `errors` tells the caller.
 */
export async function exportDiagramFiles(source: WorkspaceSource, target: OutputTarget, params: DiagramParams, fontFiles?: string[], fallbackLocale: Locale = 'id'): Promise<GeneratedFiles> {
    const formats = checkFormats('diagram', DiagramFormats, params.formats);
    const locale = checkLocale(params.locale, fallbackLocale);
    checkDiagramSpec(params.view, params.year, params.expand);
    const opds = checkNameList('opds', params.opds);
    const kinds = checkNameList('kinds', params.kinds);
    const workspace = await source.validated();
    const spec = { ...checkDiagramSpec(params.view, params.year, params.expand, workspace.model), only: opds || kinds ? { opds, kinds } : undefined, locale,
        workspaceErrors: workspace.counts.errors };
    const files = await writeEachFormat(formats, target, async format => [await exportDiagram(workspace.model, spec, format, fontFiles)]);
    return { files, errors: workspace.counts.errors };
}
