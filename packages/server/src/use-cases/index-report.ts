import { indexWords, renderIndex, IndexFormats, type IndexFormat } from 'spbe-generators';
import { defaultFramework, EvaluationFrameworks, FrameworkIds, projectIndex, type Locale } from 'spbe-model';
import { localized } from '../workspace/user-error.js';
import { InvalidParameterError, checkLocale } from './request-checks.js';
import type { WorkspaceSource } from './workspace-source.js';

/** The untrusted parameters of `spbe index`. */
export interface IndexParams {
    /** One of `FrameworkIds`; absent: the pemda's `evaluasi`. */
    readonly framework?: unknown;
    /** One of `IndexFormats`; absent: text. */
    readonly format?: unknown;
    readonly locale?: unknown;
    /** The report's title when the workspace declares no pemda (the folder's name). */
    readonly fallbackTitle: string;
}

/** The Indeks SPBE / Indeks Pemdi report as text, and how many errors the workspace has. */
export async function indexReport(source: WorkspaceSource, params: IndexParams, defaultLocale: Locale): Promise<{ text: string; errors: number }> {
    const format = params.format ?? 'text';
    if (typeof format !== 'string' || !(IndexFormats as readonly string[]).includes(format)) {
        throw new InvalidParameterError(localized(`format indeks ${JSON.stringify(format)} tidak dikenal; pilih dari ${IndexFormats.join(', ')}`,
            `unknown index format ${JSON.stringify(format)}; choose from ${IndexFormats.join(', ')}`));
    }
    const locale = checkLocale(params.locale, defaultLocale);
    const workspace = await source.validated();
    const framework = params.framework ?? defaultFramework(workspace.model);
    if (typeof framework !== 'string' || !Object.hasOwn(EvaluationFrameworks, framework)) {
        throw new InvalidParameterError(localized(`kerangka ${String(framework)} tidak dikenal; pilih dari ${FrameworkIds.join(', ')}`, `unknown framework ${String(framework)}; choose from ${FrameworkIds.join(', ')}`));
    }
    const text = renderIndex(projectIndex(workspace.model, framework), format as IndexFormat, workspace.model.pemda?.title ?? params.fallbackTitle, locale,
        indexWords(workspace.model, locale, workspace.counts.errors));
    return { text, errors: workspace.counts.errors };
}
