import { diagramAppWord, type DiagramAppWord, type ElementFinding } from 'spbe-model';
import { buildPreviewPayload } from '../preview/preview-payload.js';
import type { PreviewParams, PreviewPayload, PreviewView } from '../preview/preview-model.js';
import { sharePayloads, siteDiagramKey, type HostFeatures, type SiteDiagrams } from '../preview/site-diagram-data.js';
import { escapeHtml as e } from '../output/escape.js';
import { relativeLink } from './site-paths.js';
import type { SiteContext } from './site-context.js';

/**
 * Element boxes a layered or gap view of the site draws before OPD cells fold ("+N elemen
 * lainnya"): the site ships one payload per view and year, so a 5,000-element city stays within
 * the size budget; every element still has its OPD's diagram and page.
 */
const SiteCollapseAbove = 600;

/** Elements a workspace may have for its OPD pages to show the OPD view with neighbours (see `siteDiagrams`). */
const OpdViewLimit = 1500;

/** The diagrams of the portal: the Diagram page's views and each OPD's diagram, as page data scripts. */
export interface SiteDiagramFiles {
    /** `assets/diagram/semua.js`: layered, integrasi and gap, for every year. */
    readonly overview: string;
    /** Per OPD code: `assets/diagram/opd-<CODE>.js`. */
    readonly opds: ReadonlyMap<string, string>;
}

/** Where the data script of a page's diagram is. */
export function diagramDataPath(opd?: string): string {
    return opd === undefined ? 'assets/diagram/semua.js' : `assets/diagram/opd-${opd}.js`;
}

/** A payload without what a published site must not carry: the architect's file paths. */
function published(payload: PreviewPayload): PreviewPayload {
    return { ...payload, nodes: payload.nodes.map(({ source: _source, ...node }) => node) };
}

/** The script that gives a page its diagrams: `window.SpbeSiteDiagrams = {…}` (JSON is valid JavaScript). */
function dataScript(c: SiteContext, pagePath: string, features: HostFeatures, initial: PreviewParams, payloads: readonly PreviewPayload[]): string {
    const links: Record<string, string> = {};
    for (const p of payloads) {
        for (const n of p.nodes) {
            if (n.elementId && c.elements.has(n.elementId)) {
                links[n.elementId] = relativeLink(pagePath, c.paths.element(n.elementId));
            }
            if (c.opds.has(n.opd)) {
                links[`opd:${n.opd}`] = relativeLink(pagePath, c.paths.opd(n.opd));
            }
        }
    }
    const data: SiteDiagrams = { features, initial, payloads: sharePayloads(payloads.map(p => [siteDiagramKey(p.params), published(p)])), links };
    return `window.SpbeSiteDiagrams = ${JSON.stringify(data)};\n`;
}

/** Every payload of the site, computed once (the layout is the slow part). */
export async function siteDiagrams(c: SiteContext, findings: ReadonlyMap<string, readonly ElementFinding[]>): Promise<SiteDiagramFiles> {
    const model = c.model;
    const periode = model.pemda?.periode;
    const years = periode ? Array.from({ length: periode.end - periode.start + 1 }, (_, i) => periode.start + i) : [];
    // The site's language for everything the payloads say (titles, kinds, lifetimes, tooltips).
    const locale = c.locale;
    const views: PreviewParams[] = [
        ...(['layered', 'integrasi'] as const).flatMap(view => [{ view, locale }, ...years.map(year => ({ view, year, locale }))]),
        { view: 'gap', locale }, ...(periode ? [{ view: 'gap' as const, year: periode.start, locale }, { view: 'gap' as const, year: periode.end, locale }] : [])
    ];
    const options = { collapseAbove: SiteCollapseAbove, layouts: new Map() };
    const overview: PreviewPayload[] = [];
    for (const params of views) {
        overview.push(await buildPreviewPayload(model, params, findings, options));
    }
    const overviewViews: PreviewView[] = ['layered', 'integrasi', 'gap'];
    const opds = new Map<string, string>();
    // A city-sized workspace gets each OPD's column of the layered view (placed directly, in
    // milliseconds); a smaller one the OPD view with its neighbours in other OPDs (laid out by ELK,
    // which takes seconds per OPD once an OPD has hundreds of elements).
    const withNeighbours = model.elements.filter(x => !x.builtin).length <= OpdViewLimit;
    for (const o of model.opds.filter(x => !x.builtin)) {
        const params: PreviewParams = withNeighbours ? { view: 'opd', opd: o.code, locale } : { view: 'layered', opds: [o.code], locale };
        const payload = await buildPreviewPayload(model, params, findings, options);
        opds.set(o.code, dataScript(c, c.paths.opd(o.code), { views: [params.view], opdChoice: false, years: false, filters: false, exports: false }, params, [payload]));
    }
    return {
        overview: dataScript(c, c.paths.diagram, { views: overviewViews, opdChoice: false, years: years.length > 0, filters: false, exports: false }, { view: 'layered', locale }, overview),
        opds
    };
}

/**
 * The diagram app's markup (the same element ids and words as VS Code's preview page), in the
 * site's language, which `data-locale` passes on to the app; the app fills it from the page's data
 * script. `label` names the diagram region.
 */
export function diagramMarkup(c: SiteContext, label: string, withViews: boolean): string {
    const t = (key: DiagramAppWord) => e(diagramAppWord(key, c.locale));
    const views = withViews
        ? `<label>${t('view')} <select id="view">
    <option value="layered">${t('viewLayered')}</option>
    <option value="opd">${t('viewOpd')}</option>
    <option value="integrasi">${t('viewIntegrasi')}</option>
    <option value="gap">${t('viewGap')}</option>
  </select></label>`
        : `<select id="view" aria-label="${t('view')}" hidden><option value="opd">opd</option><option value="layered">layered</option></select>`;
    return `<section class="diagram-app" data-locale="${c.locale}" aria-label="${e(label)}">
<div class="toolbar" role="toolbar" aria-label="${e(label)}">
  ${views}
  <select id="opd" aria-label="OPD" hidden></select>
  <span id="year-group"><label><input type="checkbox" id="year-all"> ${t('allYears')}</label>
    <input type="range" id="year" aria-label="${t('yearShown')}" step="1"> <output id="year-label" for="year"></output></span>
  <span id="gap-side" role="radiogroup" aria-label="${t('gapSide')}" hidden>
    <label><input type="radio" name="gap" value="both"> ${t('gapBoth')}</label>
    <label><input type="radio" name="gap" value="asis"> as-is</label>
    <label><input type="radio" name="gap" value="tobe"> to-be</label></span>
  <select id="filter-opd" aria-label="${t('filterOpd')}" hidden></select>
  <select id="filter-kind" aria-label="${t('filterKind')}" hidden></select>
  <input type="search" id="search" placeholder="${t('highlight')}" aria-label="${t('highlightLabel')}">
  <button type="button" id="fit" title="${t('fitTitle')}">${t('fit')}</button>
  <button type="button" id="zoom-in" title="${t('zoomIn')}" aria-label="${t('zoomIn')}">+</button>
  <button type="button" id="zoom-out" title="${t('zoomOut')}" aria-label="${t('zoomOut')}">−</button>
  <button type="button" id="export-svg" hidden>${t('exportSvg')}</button>
  <button type="button" id="export-png" hidden>${t('exportPng')}</button>
</div>
<div class="stage">
  <svg id="canvas" tabindex="0" role="application" aria-label="${e(label)}: ${e(c.w('diagramHelp'))}">
    <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>
    <g id="scene"></g>
  </svg>
  <div id="tooltip" role="tooltip" hidden></div>
  <div id="findings" aria-live="polite" hidden></div>
</div>
<p id="status" class="status" aria-live="polite">${t('loading')}</p>
</section>
<p class="hint">${e(c.w('diagramHelp'))}</p>`;
}
