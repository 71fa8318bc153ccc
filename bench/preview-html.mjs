// The preview page for the benchmark: the extension's markup with a stub for acquireVsCodeApi.
const nonce = 'YmVuY2g=';
export function previewHtml(scriptUri, styleUri) {
    return `<!DOCTYPE html><html class="preview-page"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src file:; script-src 'nonce-${nonce}'">
<link rel="stylesheet" href="${styleUri}"></head><body><div class="diagram-app">
<header><select id="view"></select><select id="opd"></select><span id="year-group"><input type="checkbox" id="year-all"><input type="range" id="year"><output id="year-label"></output></span>
<span id="gap-side"></span><select id="filter-opd"></select><select id="filter-kind"></select><input id="search">
<button id="fit"></button><button id="zoom-in"></button><button id="zoom-out"></button><button id="export-svg"></button><button id="export-png"></button></header>
<main class="stage"><svg id="canvas"><g id="scene"></g></svg><div id="tooltip" hidden></div><section id="findings" hidden></section></main><footer id="status"></footer></div>
<script nonce="${nonce}">window.acquireVsCodeApi = () => ({ postMessage() {}, getState() {}, setState() {} });</script>
<script nonce="${nonce}" src="${scriptUri}"></script></body></html>`;
}
