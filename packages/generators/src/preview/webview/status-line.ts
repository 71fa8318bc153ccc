import { diagramAppSentence, diagramAppWord, NasionalOpd, type Locale } from 'spbe-model';
import type { PreviewPayload } from '../preview-model.js';

/**
 * The preview's footer in `locale`: the view, then what is drawn. Element views count elements; the
 * integration map counts OPD boxes and the dependencies between them. Findings are those of what is drawn.
 * Both say so, and how many drawn elements are national, since Beranda counts the workspace's own.
 */
export function statusLine(p: PreviewPayload, locale: Locale): string {
    const findings = p.nodes.reduce((sum, n) => sum + n.findings.length, 0);
    const shown = p.params.view === 'integrasi'
        ? diagramAppSentence('opdsAndLinks', locale, { opds: p.nodes.filter(n => n.kind === 'opd').length, links: p.edges.length })
        : diagramAppSentence('elements', locale, {
            count: p.nodes.filter(n => n.elementId).length,
            national: p.nodes.filter(n => n.elementId && n.opd === NasionalOpd).length
        });
    return [p.title, p.subtitle, shown, diagramAppSentence('findingsDrawn', locale, { count: findings }),
        p.collapsed ? diagramAppWord('collapsed', locale) : '', `${p.buildMs} ms`].filter(Boolean).join(' · ');
}
