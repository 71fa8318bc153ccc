import type { PreviewNode, PreviewParams, PreviewPayload, PreviewView } from '../preview-model.js';
import type { GapSide, PreviewHost } from './preview-host.js';
import { PanZoom } from './pan-zoom.js';
import { renderScene } from './render-diagram.js';
import { statusLine } from './status-line.js';
import { tooltipLines } from './tooltip-lines.js';
import { diagramAppSentence, diagramAppWord, severityLabel, type Locale } from 'spbe-model';

/**
 * The diagram app: toolbar, scene, tooltip and findings panel of the page's markup, driven by
 * payloads its host sends. The host is VS Code (the live preview) or a static site (`spbe build site`).
 */
export function startPreview(host: PreviewHost, pageLocale: Locale): void {
    const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

    const svg = document.getElementById('canvas') as unknown as SVGSVGElement;
    const scene = document.getElementById('scene') as unknown as SVGGElement;
    const viewSelect = $<HTMLSelectElement>('view');
    const opdSelect = $<HTMLSelectElement>('opd');
    const yearAll = $<HTMLInputElement>('year-all');
    const yearSlider = $<HTMLInputElement>('year');
    const yearLabel = $<HTMLOutputElement>('year-label');
    const gapGroup = $<HTMLElement>('gap-side');
    const yearGroup = $<HTMLElement>('year-group');
    const filterOpd = $<HTMLSelectElement>('filter-opd');
    const filterKind = $<HTMLSelectElement>('filter-kind');
    const search = $<HTMLInputElement>('search');
    const status = $<HTMLElement>('status');
    const tooltip = $<HTMLElement>('tooltip');
    const findingsPanel = $<HTMLElement>('findings');

    const saved = host.getState();
    let params: PreviewParams = saved?.params ?? { view: 'layered' };
    let gapSide: GapSide = saved?.gapSide ?? 'both';
    let payload: PreviewPayload | undefined;
    let groups = new Map<string, SVGGElement>();
    /** Element id (`OPD.NAME`) → node id, for the editor's cursor. */
    let elementNodes = new Map<string, string>();
    let highlighted: string | null = null;
    let lastViewKey = '';
    let pendingPan = saved?.pan;
    /**
     * The language of what the app writes: the payload's (the server fills in its locale), so a status
     * line never mixes languages with the titles it shows; the page's until the first payload.
     */
    const locale = (): Locale => payload?.params.locale ?? pageLocale;

    const panZoom = new PanZoom(svg, scene, () => save());

    function save(): void {
        host.setState({ params, gapSide, pan: panZoom.state });
    }

    function request(next: PreviewParams): void {
        params = next;
        save();
        status.textContent = diagramAppWord('loading', locale());
        host.postMessage({ type: 'request', params });
    }

    function option(select: HTMLSelectElement, value: string, label: string): void {
        const o = document.createElement('option');
        o.value = value;
        o.textContent = label;
        select.append(o);
    }

    function fillSelect(select: HTMLSelectElement, first: [string, string] | undefined, entries: Array<[string, string]>, value: string): void {
        const current = [...select.options].map(o => `${o.value}\n${o.textContent}`).join('\u0001');
        const wanted = [...(first ? [first] : []), ...entries].map(([v, l]) => `${v}\n${l}`).join('\u0001');
        if (current !== wanted) {
            select.replaceChildren();
            if (first) {
                option(select, first[0], first[1]);
            }
            entries.forEach(([v, l]) => option(select, v, l));
        }
        select.value = value;
    }

    function syncControls(p: PreviewPayload): void {
        const features = host.features;
        for (const o of [...viewSelect.options]) {
            o.hidden = o.disabled = !features.views.includes(o.value as PreviewView);
        }
        viewSelect.hidden = features.views.length < 2;
        viewSelect.value = params.view;
        fillSelect(opdSelect, undefined, p.opds.map(o => [o.code, o.title]), params.opd ?? p.opds[0]?.code ?? '');
        opdSelect.hidden = params.view !== 'opd' || !features.opdChoice;
        fillSelect(filterOpd, ['', diagramAppWord('allOpds', locale())], p.opds.map(o => [o.code, o.title]), params.opds?.[0] ?? '');
        fillSelect(filterKind, ['', diagramAppWord('allDomains', locale())], p.kinds.map(k => [k, p.kindLabels[k] ?? k]), params.kinds?.[0] ?? '');
        filterOpd.hidden = filterKind.hidden = !features.filters;
        const periode = p.periode;
        yearGroup.hidden = !periode || params.view === 'gap' || !features.years;
        gapGroup.hidden = !periode || params.view !== 'gap';
        if (periode) {
            yearSlider.min = String(periode.start);
            yearSlider.max = String(periode.end);
            yearAll.checked = params.year === undefined;
            yearSlider.disabled = params.year === undefined;
            yearSlider.value = String(params.year ?? periode.start);
            yearLabel.textContent = params.year === undefined ? '' : diagramAppSentence('asOfYear', locale(), { year: params.year });
            for (const input of gapGroup.querySelectorAll<HTMLInputElement>('input[name="gap"]')) {
                input.checked = input.value === gapSide;
            }
        }
    }

    function applySearch(): void {
        const query = search.value.trim().toLowerCase();
        for (const node of payload?.nodes ?? []) {
            const g = groups.get(node.id)!;
            const match = !query || `${node.label} ${node.elementId ?? node.id} ${node.caption}`.toLowerCase().includes(query);
            g.classList.toggle('dimmed', !match);
            g.classList.toggle('match', Boolean(query) && match);
        }
    }

    /** The drawn group of an element (`OPD.NAME`) or node id. */
    function groupOf(id: string | null): SVGGElement | undefined {
        return id === null ? undefined : groups.get(id) ?? groups.get(elementNodes.get(id) ?? '');
    }

    function applyHighlight(): void {
        scene.querySelectorAll('.node.highlighted').forEach(g => g.classList.remove('highlighted'));
        groupOf(highlighted)?.classList.add('highlighted');
    }

    function showTooltip(node: PreviewNode | undefined, event?: MouseEvent): void {
        if (!node || !event) {
            tooltip.hidden = true;
            return;
        }
        const lines = tooltipLines(node, locale());
        tooltip.replaceChildren(...lines.map((line, i) => {
            const div = document.createElement('div');
            div.textContent = line;
            if (i === 0) {
                div.className = 'title';
            }
            return div;
        }));
        tooltip.hidden = false;
        tooltip.style.left = `${Math.min(event.clientX + 14, window.innerWidth - 320)}px`;
        tooltip.style.top = `${event.clientY + 14}px`;
    }

    function showFindings(node: PreviewNode): void {
        const heading = document.createElement('h2');
        heading.textContent = diagramAppSentence('findingsOf', locale(), { id: node.elementId ?? node.id, count: node.findings.length });
        const close = document.createElement('button');
        close.textContent = diagramAppWord('close', locale());
        close.addEventListener('click', () => { findingsPanel.hidden = true; });
        const list = document.createElement('ul');
        for (const f of node.findings) {
            const item = document.createElement('li');
            item.className = f.severity;
            const button = document.createElement('button');
            button.textContent = `${severityLabel(f.severity, locale())} · ${f.code}: ${f.message}`;
            button.addEventListener('click', () => host.postMessage({ type: 'reveal', id: node.id }));
            item.append(button);
            list.append(item);
        }
        findingsPanel.replaceChildren(heading, list, close);
        findingsPanel.hidden = false;
        close.focus();
    }

    function activate(node: PreviewNode): void {
        if (node.kind === 'group') {
            request({ ...params, view: 'opd', opd: node.opd });
            return;
        }
        if (node.elementId) {
            highlighted = node.elementId;
            applyHighlight();
            host.postMessage({ type: 'reveal', id: node.id });
        }
    }

    function render(next: PreviewPayload): void {
        payload = next;
        params = next.params;
        elementNodes = new Map(next.nodes.flatMap(n => (n.elementId ? [[n.elementId, n.id] as const] : [])));
        groups = renderScene(scene, next, locale(), {
            activate,
            focus: (node, g) => {
                const box = g.getBBox();
                panZoom.centre(box.x + box.width / 2, box.y + box.height / 2);
                showTooltip(undefined);
            },
            hover: showTooltip,
            showFindings
        });
        syncControls(next);
        applySearch();
        applyHighlight();
        const viewKey = `${next.params.view}:${next.params.opd ?? ''}:${next.params.opds?.join(',') ?? ''}`;
        if (pendingPan) {
            panZoom.restore(pendingPan);
            pendingPan = undefined;
        } else if (viewKey !== lastViewKey) {
            panZoom.fit(next.width, next.height);
        }
        lastViewKey = viewKey;
        status.textContent = statusLine(next, locale());
        document.body.dataset.ready = 'true';
        save();
    }

    viewSelect.addEventListener('change', () => {
        const view = viewSelect.value as PreviewView;
        request({ ...params, view, opd: view === 'opd' ? params.opd ?? payload?.opds[0]?.code : undefined, year: view === 'gap' ? undefined : params.year });
    });
    opdSelect.addEventListener('change', () => request({ ...params, opd: opdSelect.value }));
    yearAll.addEventListener('change', () => request({ ...params, year: yearAll.checked ? undefined : Number(yearSlider.value) }));
    yearSlider.addEventListener('input', () => { yearLabel.textContent = diagramAppSentence('asOfYear', locale(), { year: yearSlider.value }); });
    yearSlider.addEventListener('change', () => request({ ...params, year: Number(yearSlider.value) }));
    gapGroup.addEventListener('change', event => {
        gapSide = (event.target as HTMLInputElement).value as GapSide;
        const periode = payload?.periode;
        request({ ...params, year: gapSide === 'asis' ? periode?.start : gapSide === 'tobe' ? periode?.end : undefined });
    });
    filterOpd.addEventListener('change', () => request({ ...params, opds: filterOpd.value ? [filterOpd.value] : undefined }));
    filterKind.addEventListener('change', () => request({ ...params, kinds: filterKind.value ? [filterKind.value] : undefined }));
    search.addEventListener('input', applySearch);
    search.addEventListener('keydown', event => {
        if (event.key === 'Enter') {
            scene.querySelector<SVGGElement>('.node.match')?.focus();
        }
    });
    $('fit').addEventListener('click', () => payload && panZoom.fit(payload.width, payload.height));
    $('zoom-in').addEventListener('click', () => panZoom.zoom(1.25));
    $('zoom-out').addEventListener('click', () => panZoom.zoom(0.8));
    $('export-svg').hidden = $('export-png').hidden = !host.features.exports;
    $('export-svg').addEventListener('click', () => host.postMessage({ type: 'export', format: 'svg' }));
    $('export-png').addEventListener('click', () => host.postMessage({ type: 'export', format: 'png' }));
    svg.addEventListener('keydown', event => {
        const step = 60;
        const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
        if (moves[event.key] && (event.target as Element) === svg) {
            event.preventDefault();
            panZoom.panBy(...moves[event.key]);
        }
    });
    document.addEventListener('keydown', event => {
        if (event.key === 'Escape') {
            findingsPanel.hidden = true;
            tooltip.hidden = true;
        }
    });

    host.onMessage(message => {
        if (message.type === 'payload') {
            render(message.payload);
        } else if (message.type === 'highlight') {
            highlighted = message.id;
            applyHighlight();
            const g = groupOf(highlighted);
            if (g) {
                const box = g.getBBox();
                panZoom.centre(box.x + box.width / 2, box.y + box.height / 2);
            }
        } else if (message.type === 'error') {
            status.textContent = message.message;
        }
    });

    // A restored webview asks for the view it showed; a new one waits for the view its command chose.
    host.postMessage({ type: 'ready' });
    if (saved) {
        host.postMessage({ type: 'request', params });
    }
}
