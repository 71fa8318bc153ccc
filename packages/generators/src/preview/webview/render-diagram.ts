import { diagramAppSentence, findingsSummary, type Locale } from 'spbe-model';
import type { PreviewNode, PreviewPayload } from '../preview-model.js';

const svgNs = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
    const element = document.createElementNS(svgNs, tag);
    for (const [name, value] of Object.entries(attributes)) {
        element.setAttribute(name, String(value));
    }
    if (text !== undefined) {
        // Model strings only ever become text nodes: a title can never be markup.
        element.textContent = text;
    }
    return element;
}

/** Only colours from the server's palette are used as colours; anything else falls back to grey. */
function safeColour(colour: string): string {
    return /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : '#6E7781';
}

export interface SceneHandlers {
    readonly activate: (node: PreviewNode) => void;
    readonly focus: (node: PreviewNode, target: SVGGElement) => void;
    readonly hover: (node: PreviewNode | undefined, event?: MouseEvent) => void;
    readonly showFindings: (node: PreviewNode) => void;
}

/** Draws bands, edges and nodes into `scene`, naming findings in `locale`; returns each node's group element by node id. */
export function renderScene(scene: SVGGElement, payload: PreviewPayload, locale: Locale, handlers: SceneHandlers): Map<string, SVGGElement> {
    scene.replaceChildren();
    for (const band of payload.bands) {
        const g = el('g', { class: `band ${band.side ? 'side' : band.index % 2 ? 'odd' : 'even'}` });
        g.append(el('rect', { x: band.x, y: band.y, width: band.width, height: band.height, rx: 6 }));
        g.append(band.side
            ? el('text', { x: band.x + 10, y: band.y + 14 }, band.label)
            : el('text', { x: 18, y: band.y + band.height / 2 + 4 }, band.label));
        scene.append(g);
    }
    // Layered views: each OPD's cell of a band, framed in the OPD's colour and headed by its title (its code when the title does not fit).
    for (const c of payload.containers ?? []) {
        const g = el('g', { class: 'container' });
        g.append(el('rect', { x: c.x, y: c.y, width: c.width, height: c.height, rx: 6, fill: 'none', stroke: safeColour(c.colour) }));
        g.append(el('text', { x: c.x + 8, y: c.y + 15, fill: safeColour(c.colour), 'font-weight': 'bold', 'font-size': 11 }, c.title));
        scene.append(g);
    }
    const edges = el('g', { class: 'edges' });
    for (const edge of payload.edges) {
        if (edge.points.length < 2) {
            continue;
        }
        const line = el('polyline', {
            class: `edge kind-${edge.kind.replace(/[^a-z-]/g, '')}`,
            points: edge.points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '),
            'marker-end': 'url(#arrow)', 'data-source': edge.source, 'data-target': edge.target
        });
        line.append(el('title', {}, edge.tooltip));
        edges.append(line);
        if (edge.count !== undefined && edge.points.length >= 3) {
            // A bundle's count beside its trunk (the vertical middle segment), as in the export.
            const [[x, y1], [, y2]] = [edge.points[1], edge.points[2]];
            edges.append(el('text', { class: 'count', x: x + 3, y: (y1 + y2) / 2 + 4, 'font-size': 10, 'font-weight': 'bold' }, String(edge.count)));
        }
    }
    scene.append(edges);
    const groups = new Map<string, SVGGElement>();
    for (const node of payload.nodes) {
        const errors = node.findings.filter(f => f.severity === 'error').length;
        const warnings = node.findings.filter(f => f.severity === 'warning').length;
        const classes = ['node', `state-${node.state.replace(/[^a-z]/g, '')}`, `kind-${node.kind.replace(/[^a-z]/g, '')}`];
        if (node.appears) {
            classes.push('appears');
        }
        if (node.retires) {
            classes.push('retires');
        }
        const g = el('g', {
            class: classes.join(' '), tabindex: 0, role: 'button', 'data-id': node.id,
            // The name is the words drawn in the box (caption, label, findings count) in that order, so
            // speech and sight agree; a label cut short ("…") is followed by the whole title.
            'aria-label': [node.caption, node.labelLines.join(' '), node.labelLines.join(' ') === node.label ? '' : `(${node.label})`,
                findingsSummary(errors, warnings, locale)].filter(Boolean).join(' ')
        });
        g.append(el('rect', { class: 'box', x: node.x, y: node.y, width: node.width, height: node.height, rx: 5 }));
        g.append(el('rect', { class: 'stripe', x: node.x, y: node.y, width: 6, height: node.height, rx: 2, fill: safeColour(node.colour) }));
        // The server sized the node for its caption and wrapped label (the same as the export): nothing is cut.
        // Spaces between the drawn lines (not rendered: each line is placed) keep the words apart in the text a screen reader or checker reads.
        g.append(el('text', { class: 'caption', x: node.x + 12, y: node.y + 17 }, node.caption), ' ');
        const label = el('text', { class: 'label' });
        node.labelLines.forEach((line, i) => label.append(...(i ? [' '] : []), el('tspan', { x: node.x + 12, y: node.y + 35 + i * 15 }, line)));
        g.append(label, ' ');
        if (errors + warnings > 0) {
            const marker = el('g', { class: `marker ${errors ? 'error' : 'warning'}`, role: 'button', 'aria-label': diagramAppSentence('findings', locale, { count: errors + warnings }) });
            marker.append(el('circle', { cx: node.x + node.width - 4, cy: node.y + 4, r: 8 }));
            marker.append(el('text', { x: node.x + node.width - 4, y: node.y + 8, 'text-anchor': 'middle' }, String(errors + warnings)));
            marker.addEventListener('click', event => { event.stopPropagation(); handlers.showFindings(node); });
            g.append(marker);
        }
        g.addEventListener('click', () => handlers.activate(node));
        g.addEventListener('keydown', event => {
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                handlers.activate(node);
            }
        });
        g.addEventListener('focus', () => handlers.focus(node, g));
        g.addEventListener('mouseenter', event => handlers.hover(node, event));
        g.addEventListener('mousemove', event => handlers.hover(node, event));
        g.addEventListener('mouseleave', () => handlers.hover(undefined));
        scene.append(g);
        groups.set(node.id, g);
    }
    return groups;
}
