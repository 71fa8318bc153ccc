import { diagramAppSentence, diagramAppWord, type Locale } from 'spbe-model';
import type { PreviewNode } from '../preview-model.js';

/**
 * The lines of a node's tooltip in `locale`, the first its title: kind (or caption), OPD, status
 * and lifetime, whether it begins or ends in the year shown, and its findings. Empty lines are left out.
 */
export function tooltipLines(node: PreviewNode, locale: Locale): string[] {
    return [
        node.title ?? node.label,
        node.elementId ? node.kindLabel : node.caption,
        diagramAppSentence('tooltipOpd', locale, { opd: node.opdTitle }),
        node.statusLabel ? diagramAppSentence('tooltipStatus', locale, { status: node.statusLabel, lifetime: node.lifetime ?? '' }) : '',
        node.appears ? diagramAppWord('appearsThisYear', locale) : '',
        node.retires ? diagramAppWord('retiresThisYear', locale) : '',
        node.findings.length ? diagramAppSentence('findingsHint', locale, { count: node.findings.length }) : ''
    ].filter(Boolean);
}
