import type * as ast from '../generated/ast.js';
import { EvaluationFrameworks, type Locale } from 'spbe-model';
import { penilaianLens } from './spbe-code-lens-provider.js';

/**
 * The hover of a `penilaian` (its keyword, year or framework), as Markdown: the index of this assessment
 * as the code lens says it (score, predikat — provisional when partial — and the assessed share of the
 * weight), then the framework's title. Reads the block alone, as the code lens does.
 */
export function penilaianHoverText(penilaian: ast.Penilaian, locale: Locale): string {
    const title = EvaluationFrameworks[penilaian.framework]?.title ?? penilaian.framework;
    return [`**penilaian ${penilaian.year} ${penilaian.framework}**`, penilaianLens(penilaian, locale), title].join('\n\n');
}
