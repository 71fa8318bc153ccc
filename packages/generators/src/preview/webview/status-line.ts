import type { PreviewPayload } from '../preview-model.js';

/**
 * The preview's footer: the view, then what is drawn. Element views count elements; the integration
 * map counts OPD boxes and the dependencies between them. Findings are those of what is drawn.
 */
export function statusLine(p: PreviewPayload): string {
    const findings = p.nodes.reduce((sum, n) => sum + n.findings.length, 0);
    const shown = p.params.view === 'integrasi'
        ? `${p.nodes.filter(n => n.kind === 'opd').length} OPD · ${p.edges.length} hubungan`
        : `${p.nodes.filter(n => n.elementId).length} elemen`;
    return [p.title, p.subtitle, shown, `${findings} temuan`, p.collapsed ? 'diringkas per OPD' : '', `${p.buildMs} ms`].filter(Boolean).join(' · ');
}
