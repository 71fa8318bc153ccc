import { diagramAppWord, type DiagramAppWord, type Locale } from 'spbe-model';

/** Where the webview loads its bundled script and style from, the CSP source and nonce, and the page's language. */
export interface PreviewHtmlOptions {
    readonly cspSource: string;
    readonly nonce: string;
    readonly scriptUri: string;
    readonly styleUri: string;
    /** `spbe.locale` resolved (`uiLocale()`), the language the server answers the preview's requests in. */
    readonly locale: Locale;
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The preview's page: a strict CSP (no inline script or style, no network: scripts only with the
 * nonce, styles and fonts only from the extension), the toolbar and an empty SVG the script fills.
 * Nothing from the model is in it; the script renders model strings as text. Its words are the
 * diagram app's table (spbe-model) in `o.locale`, which `data-locale` passes on to the script.
 */
export function previewHtml(o: PreviewHtmlOptions): string {
    const w = (key: DiagramAppWord) => attr(diagramAppWord(key, o.locale));
    const csp = [`default-src 'none'`, `img-src ${o.cspSource} data:`, `style-src ${o.cspSource}`, `font-src ${o.cspSource}`, `script-src 'nonce-${o.nonce}'`].join('; ');
    return `<!DOCTYPE html>
<html lang="${o.locale}" class="preview-page">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attr(o.styleUri)}">
<title>${w('pageTitle')}</title>
</head>
<body>
<div class="diagram-app" data-locale="${o.locale}">
<header class="toolbar" role="toolbar" aria-label="${w('toolbar')}">
  <label>${w('view')} <select id="view">
    <option value="layered">${w('viewLayered')}</option>
    <option value="opd">${w('viewOpd')}</option>
    <option value="integrasi">${w('viewIntegrasi')}</option>
    <option value="gap">${w('viewGap')}</option>
  </select></label>
  <select id="opd" aria-label="OPD" hidden></select>
  <span id="year-group"><label><input type="checkbox" id="year-all"> ${w('allYears')}</label>
    <input type="range" id="year" aria-label="${w('yearShown')}" step="1"> <output id="year-label" for="year"></output></span>
  <span id="gap-side" role="radiogroup" aria-label="${w('gapSide')}" hidden>
    <label><input type="radio" name="gap" value="both"> ${w('gapBoth')}</label>
    <label><input type="radio" name="gap" value="asis"> as-is</label>
    <label><input type="radio" name="gap" value="tobe"> to-be</label></span>
  <select id="filter-opd" aria-label="${w('filterOpd')}"></select>
  <select id="filter-kind" aria-label="${w('filterKind')}"></select>
  <input type="search" id="search" placeholder="${w('highlight')}" aria-label="${w('highlightLabel')}">
  <button id="fit" title="${w('fitTitle')}">${w('fit')}</button>
  <button id="zoom-in" title="${w('zoomIn')}" aria-label="${w('zoomIn')}">+</button>
  <button id="zoom-out" title="${w('zoomOut')}" aria-label="${w('zoomOut')}">−</button>
  <button id="export-svg">${w('exportSvg')}</button>
  <button id="export-png">${w('exportPng')}</button>
</header>
<main class="stage">
  <svg id="canvas" tabindex="0" role="application" aria-label="${w('canvasEditor')}">
    <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>
    <g id="scene"></g>
  </svg>
  <div id="tooltip" role="tooltip" hidden></div>
  <section id="findings" aria-live="polite" hidden></section>
</main>
<footer id="status" aria-live="polite">${w('loading')}</footer>
</div>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>
`;
}
