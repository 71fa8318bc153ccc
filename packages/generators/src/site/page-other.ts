import { escapeHtml as e } from '../output/escape.js';
import { diagramDataPath, diagramMarkup } from './site-diagrams.js';
import { sitePage } from './site-layout.js';
import type { SiteContext } from './site-context.js';

/** Diagram: the preview's app with the layered, integration and gap views and the year slider. */
export function diagramPage(c: SiteContext): string {
    const path = c.paths.diagram;
    const body = `<p>${e(c.w('diagramViews'))}</p>\n${diagramMarkup(c, c.w('diagram'), true)}`;
    return sitePage(c.frame(path, c.w('diagram'), 'diagram', { scripts: [diagramDataPath(), 'assets/diagram-app.js'], styles: ['assets/preview.css'] }), body);
}

/** Cari: the search form and its results, filled by the page script from the index shipped with the site. */
export function searchPage(c: SiteContext): string {
    const path = c.paths.search;
    const body = `<form class="search-form" role="search" aria-label="${e(c.w('results'))}" action="" method="get">
<label for="q">${e(c.w('searchLabel'))}</label>
<input type="search" id="q" name="q" autocomplete="off" placeholder="${e(c.w('searchPlaceholder'))}">
<button type="submit">${e(c.w('search'))}</button>
</form>
<p id="search-status" role="status" data-none="${e(c.w('searchNone'))}" data-count="${e(c.w('resultCount'))}">${e(c.w('searchNoScript'))}</p>
<ol id="search-results" aria-label="${e(c.w('results'))}"></ol>`;
    return sitePage(c.frame(path, c.w('search'), 'search', { scripts: ['assets/search-index.js'] }), body);
}
