// Child process: the live preview of a synthetic city (37 OPDs): building the payload from the
// current model (diagram + layout + findings), then drawing it in the webview in headless Chromium.
// Prints the median of several runs after one warm-up, the way the server answers repeated requests.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { buildPreviewPayload } from '../packages/generators/out/index.js';
import { findingsByElement } from '../packages/language/out/index.js';
import { loadWorkspace } from '../packages/server/out/index.js';

const dir = process.argv[2];
const runs = 5;
const workspace = await loadWorkspace(dir);
const model = workspace.model();
const findings = findingsByElement(workspace.documents);
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const result = { elements: model.elements.filter(e => !e.builtin).length, views: {} };
for (const params of [{ view: 'layered' }, { view: 'layered', year: 2027 }, { view: 'integrasi' }, { view: 'opd', opd: model.opds.find(o => !o.builtin).code }]) {
    await buildPreviewPayload(model, params, findings);
    const times = [];
    let payload;
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        payload = await buildPreviewPayload(model, params, findings);
        times.push(performance.now() - start);
    }
    result.views[`${params.view}${params.year ? ` ${params.year}` : ''}`] = { nodes: payload.nodes.length, buildMs: Math.round(median(times)), bytes: JSON.stringify(payload).length };
}

// Drawing: the webview page fed the layered payload, timed from postMessage to the drawn scene.
const chromiumPath = '/usr/bin/chromium';
if (existsSync(chromiumPath)) {
    const { chromium } = await import('playwright-core');
    const { previewHtml } = await import('./preview-html.mjs');
    const repo = fileURLToPath(new URL('..', import.meta.url));
    const page = await (await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] })).newPage({ viewport: { width: 1400, height: 900 } });
    const file = join(mkdtempSync(join(tmpdir(), 'spbe-preview-bench-')), 'p.html');
    writeFileSync(file, previewHtml(pathToFileURL(join(repo, 'packages/vscode/out/webview/preview.js')).href, pathToFileURL(join(repo, 'packages/vscode/media/preview.css')).href));
    await page.goto(pathToFileURL(file).href);
    const payload = await buildPreviewPayload(model, { view: 'layered' }, findings);
    const times = [];
    for (let i = 0; i < runs + 1; i++) {
        times.push(await page.evaluate(p => new Promise(resolve => {
            document.body.dataset.ready = '';
            const start = performance.now();
            const observer = new MutationObserver(() => {
                if (document.body.dataset.ready === 'true') {
                    observer.disconnect();
                    requestAnimationFrame(() => resolve(performance.now() - start));
                }
            });
            observer.observe(document.body, { attributes: true });
            window.postMessage({ type: 'payload', payload: p }, '*');
        }), payload));
    }
    result.renderMs = Math.round(median(times.slice(1)));
    await page.context().browser().close();
}
process.stdout.write(JSON.stringify(result) + '\n');
