/** Where the webview loads its bundled script and style from, and the CSP source and nonce. */
export interface PreviewHtmlOptions {
    readonly cspSource: string;
    readonly nonce: string;
    readonly scriptUri: string;
    readonly styleUri: string;
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The preview's page: a strict CSP (no inline script or style, no network: scripts only with the
 * nonce, styles and fonts only from the extension), the toolbar and an empty SVG the script fills.
 * Nothing from the model is in it; the script renders model strings as text.
 */
export function previewHtml(o: PreviewHtmlOptions): string {
    const csp = [`default-src 'none'`, `img-src ${o.cspSource} data:`, `style-src ${o.cspSource}`, `font-src ${o.cspSource}`, `script-src 'nonce-${o.nonce}'`].join('; ');
    return `<!DOCTYPE html>
<html lang="id" class="preview-page">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attr(o.styleUri)}">
<title>SPBE Preview</title>
</head>
<body>
<div class="diagram-app">
<header class="toolbar" role="toolbar" aria-label="Pratinjau arsitektur">
  <label>Tampilan <select id="view">
    <option value="layered">Arsitektur berlapis</option>
    <option value="opd">Satu OPD</option>
    <option value="integrasi">Peta integrasi lintas OPD</option>
    <option value="gap">Gap (as-is → to-be)</option>
  </select></label>
  <select id="opd" aria-label="OPD" hidden></select>
  <span id="year-group"><label><input type="checkbox" id="year-all"> semua tahun</label>
    <input type="range" id="year" aria-label="Tahun" step="1"> <output id="year-label" for="year"></output></span>
  <span id="gap-side" role="radiogroup" aria-label="Sisi gap" hidden>
    <label><input type="radio" name="gap" value="both"> keduanya</label>
    <label><input type="radio" name="gap" value="asis"> as-is</label>
    <label><input type="radio" name="gap" value="tobe"> to-be</label></span>
  <select id="filter-opd" aria-label="Saring OPD"></select>
  <select id="filter-kind" aria-label="Saring domain"></select>
  <input type="search" id="search" placeholder="Cari elemen…" aria-label="Cari elemen">
  <button id="fit" title="Sesuaikan ke layar">Pas</button>
  <button id="zoom-in" title="Perbesar" aria-label="Perbesar">+</button>
  <button id="zoom-out" title="Perkecil" aria-label="Perkecil">−</button>
  <button id="export-svg">Ekspor SVG</button>
  <button id="export-png">Ekspor PNG</button>
</header>
<main class="stage">
  <svg id="canvas" tabindex="0" role="application" aria-label="Diagram arsitektur; Tab berpindah antar elemen, Enter membuka deklarasinya, panah menggeser">
    <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>
    <g id="scene"></g>
  </svg>
  <div id="tooltip" role="tooltip" hidden></div>
  <section id="findings" aria-live="polite" hidden></section>
</main>
<footer id="status" aria-live="polite">Memuat…</footer>
</div>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>
`;
}
