import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPreviewPayload, type PreviewParams, type PreviewPayload } from 'spbe-generators';
import { findingsByElement } from 'spbe-language';
import { loadWorkspace, type LoadedWorkspace } from 'spbe-server';
import { previewHtml } from '../../packages/vscode/src/extension/preview/preview-html.js';
import { chromiumArgs, chromiumPath, hasChromium } from '../helpers/chromium.js';
import { repoRoot } from '../helpers/run-cli.js';
import { HostileTitle, hostileWorkspace } from '../generator/hostile-fixture.js';

const script = join(repoRoot, 'packages/vscode/out/webview/preview.js');
const style = join(repoRoot, 'packages/vscode/media/preview.css');

/** The webview page as VS Code would serve it, with `acquireVsCodeApi` recording what the app posts. */
function harness(locale: 'id' | 'en' = 'id'): string {
    const nonce = 'dGVzdG5vbmNl';
    const html = previewHtml({ cspSource: 'file:', nonce, scriptUri: pathToFileURL(script).href, styleUri: pathToFileURL(style).href, locale });
    const stub = `<script nonce="${nonce}">window.__posted = []; let state; window.acquireVsCodeApi = () => ({ postMessage: m => window.__posted.push(m), getState: () => state, setState: s => { state = s; } });</script>`;
    const dir = mkdtempSync(join(tmpdir(), 'spbe-preview-'));
    const file = join(dir, 'preview.html');
    writeFileSync(file, html.replace(`<script nonce="${nonce}" src=`, `${stub}\n<script nonce="${nonce}" src=`));
    return file;
}

async function payloadOf(workspace: LoadedWorkspace, params: PreviewParams): Promise<PreviewPayload> {
    return buildPreviewPayload(workspace.model(), params, findingsByElement(workspace.documents));
}

interface Session {
    readonly page: Page;
    readonly errors: string[];
    readonly requests: string[];
    readonly dialogs: string[];
    posted(): Promise<Array<{ type: string; [k: string]: unknown }>>;
    send(payload: PreviewPayload): Promise<void>;
}

async function open(browser: Browser, locale: 'id' | 'en' = 'id'): Promise<Session> {
    const file = harness(locale);
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    await page.route('**/*', route => { requests.push(route.request().url()); return route.continue(); });
    page.on('console', m => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', e => errors.push(String(e)));
    page.on('dialog', d => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(pathToFileURL(file).href);
    return {
        page, errors, requests, dialogs,
        posted: () => page.evaluate(() => (window as unknown as { __posted: Array<{ type: string }> }).__posted),
        send: async payload => {
            await page.evaluate(p => { document.body.dataset.ready = ''; window.postMessage({ type: 'payload', payload: p }, '*'); }, payload);
            await page.waitForSelector('body[data-ready="true"]');
        }
    };
}

describe.skipIf(!hasChromium)('the preview webview, standalone in headless Chromium', () => {
    let browser: Browser;
    let kediri: LoadedWorkspace;
    beforeAll(async () => {
        browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
        kediri = await loadWorkspace(join(repoRoot, 'examples/kota-kediri'));
    });
    afterAll(async () => { await browser?.close(); });

    test('asks for its view, renders every node, and loads nothing but its own script and style', async () => {
        const s = await open(browser);
        expect(await s.posted()).toEqual([{ type: 'ready' }]);
        const payload = await payloadOf(kediri, { view: 'layered' });
        await s.send(payload);
        expect(await s.page.locator('#scene .node').count()).toBe(payload.nodes.length);
        expect(payload.nodes.length).toBeGreaterThan(100);
        expect(await s.page.locator('#status').textContent()).toMatch(/elemen/);
        mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
        await s.page.screenshot({ path: join(repoRoot, 'test-results', 'preview-kediri.png') });
        expect(s.errors).toEqual([]);
        expect(s.requests.map(u => u.split('/').pop())).toEqual(['preview.html', 'preview.css', 'preview.js']);
    });

    test('the layered view draws each OPD\'s container per band and its bundles\' counts, as the export does', async () => {
        const s = await open(browser);
        const payload = await payloadOf(kediri, { view: 'layered' });
        await s.send(payload);
        expect(payload.containers.length).toBeGreaterThan(100);
        expect(await s.page.locator('#scene .container').count()).toBe(payload.containers.length);
        const counts = payload.edges.filter(e => e.count !== undefined).map(e => String(e.count)).sort();
        expect(counts.length).toBeGreaterThan(0);
        expect((await s.page.locator('#scene .count').allTextContents()).sort()).toEqual(counts);
        expect(s.errors).toEqual([]);
    });

    test('the year slider asks for the architecture as of that year, and the answer changes what is shown', async () => {
        const s = await open(browser);
        await s.send(await payloadOf(kediri, { view: 'layered' }));
        await s.page.uncheck('#year-all');
        const requested = (await s.posted()).at(-1) as { params: PreviewParams };
        expect(requested).toEqual({ type: 'request', params: { view: 'layered', year: 2025 } });
        const first = await payloadOf(kediri, { view: 'layered', year: 2025 });
        await s.send(first);
        await s.page.locator('#year').fill('2029');
        await s.page.locator('#year').dispatchEvent('change');
        expect(((await s.posted()).at(-1) as { params: PreviewParams }).params.year).toBe(2029);
        const last = await payloadOf(kediri, { view: 'layered', year: 2029 });
        await s.send(last);
        const ids = async () => s.page.locator('#scene .node').evaluateAll(nodes => nodes.map(n => n.getAttribute('data-id')));
        const shown = await ids();
        expect(shown).toEqual(last.nodes.map(n => n.id));
        expect(new Set(shown)).not.toEqual(new Set(first.nodes.map(n => n.id)));
        // Elements that start existing in the year shown are marked.
        expect(await s.page.locator('#scene .node.appears').count()).toBe(last.nodes.filter(n => n.appears).length);
        expect(await s.page.locator('#year-label').textContent()).toBe('arsitektur per 2029');
    });

    test('in English (spbe.locale en) the app writes English: status, filters, year, tooltip, findings', async () => {
        const s = await open(browser, 'en');
        expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
        expect(await s.page.locator('#status').textContent()).toBe('Loading…');
        // The first year of the periode in which some element begins to exist (for its tooltip line).
        let payload = await payloadOf(kediri, { view: 'layered', year: 2026, locale: 'en' });
        for (let year = 2027; !payload.nodes.some(n => n.appears && n.elementId) && year <= 2029; year++) {
            payload = await payloadOf(kediri, { view: 'layered', year, locale: 'en' });
        }
        await s.send(payload);
        const status = await s.page.locator('#status').textContent();
        expect(status).toMatch(/\d+ elements drawn(, \d+ of them national)? · \d+ findings on what is drawn/);
        expect(await s.page.locator('#year-label').textContent()).toBe(`architecture as of ${payload.params.year}`);
        expect(await s.page.locator('#filter-opd option').first().textContent()).toBe('All OPDs');
        expect(await s.page.locator('#filter-kind option').first().textContent()).toBe('All domains');
        const appearing = payload.nodes.find(n => n.appears && n.elementId)!;
        await s.page.locator(`#scene .node[data-id="${appearing.id}"] .box`).hover();
        const tooltip = await s.page.locator('#tooltip').textContent();
        expect(tooltip).toContain('begins to exist this year');
        const withFindings = payload.nodes.find(n => n.findings.length > 0)!;
        await s.page.locator(`#scene .node[data-id="${withFindings.id}"] .marker`).click();
        await expect.poll(() => s.page.locator('#findings').isVisible()).toBe(true);
        expect(await s.page.locator('#findings button').last().textContent()).toBe('Close');
        const app = `${status}\n${tooltip}\n${await s.page.locator('#findings').textContent()}\n${await s.page.locator('.toolbar').innerText()}`;
        expect(app).not.toMatch(/\b(elemen|temuan|Memuat|arsitektur per|Semua|mulai ada|Tutup|galat|peringatan|Tampilan|Ekspor)\b/);
        expect(s.errors).toEqual([]);
    });

    test('a click, or Tab then Enter, posts a reveal of that node; a findings marker lists its findings', async () => {
        const s = await open(browser);
        const payload = await payloadOf(kediri, { view: 'opd', opd: 'DISKOMINFO' });
        await s.send(payload);
        await s.page.locator('#scene .node[data-id="DISKOMINFO.SURGA"] .box').click();
        expect((await s.posted()).at(-1)).toEqual({ type: 'reveal', id: 'DISKOMINFO.SURGA' });
        await s.page.locator('#scene .node').first().focus();
        await s.page.keyboard.press('Enter');
        expect((await s.posted()).at(-1)).toEqual({ type: 'reveal', id: payload.nodes[0].id });
        const withFindings = payload.nodes.find(n => n.findings.length > 0)!;
        await s.page.locator(`#scene .node[data-id="${withFindings.id}"] .marker`).click();
        await expect.poll(() => s.page.locator('#findings').isVisible()).toBe(true);
        expect(await s.page.locator('#findings li').first().textContent()).toContain(withFindings.findings[0].code);
        expect(s.errors).toEqual([]);
    });

    test('search dims what does not match; the OPD and domain filters ask for a filtered view', async () => {
        const s = await open(browser);
        const payload = await payloadOf(kediri, { view: 'layered' });
        await s.send(payload);
        await s.page.fill('#search', 'surga');
        expect(await s.page.locator('#scene .node.match').count()).toBe(payload.nodes.filter(n => `${n.label} ${n.elementId} ${n.caption}`.toLowerCase().includes('surga')).length);
        expect(await s.page.locator('#scene .node.dimmed').count()).toBeGreaterThan(100);
        await s.page.selectOption('#filter-opd', 'DISKOMINFO');
        expect(((await s.posted()).at(-1) as { params: PreviewParams }).params.opds).toEqual(['DISKOMINFO']);
        await s.page.selectOption('#filter-kind', 'aplikasi');
        expect(((await s.posted()).at(-1) as { params: PreviewParams }).params).toMatchObject({ opds: ['DISKOMINFO'], kinds: ['aplikasi'] });
        const filtered = await payloadOf(kediri, { view: 'layered', opds: ['DISKOMINFO'], kinds: ['aplikasi'] });
        // Every element of the filtered view is one of DISKOMINFO's applications (a summary node such as
        // "memakai nasional 1" has no element id).
        expect(filtered.nodes.filter(n => n.opd === 'DISKOMINFO' && n.elementId).every(n => n.kind === 'aplikasi')).toBe(true);
    });

    test('the integration map filtered on an OPD shows that OPD and its dependencies both ways; the footer counts them', async () => {
        const s = await open(browser);
        const all = await payloadOf(kediri, { view: 'integrasi' });
        await s.send(all);
        const opdBoxes = all.nodes.filter(n => n.kind === 'opd').length;
        expect(await s.page.locator('#status').textContent()).toContain(`${opdBoxes} OPD · ${all.edges.length} hubungan`);
        await s.page.selectOption('#filter-opd', 'BAPPEDA');
        const asked = ((await s.posted()).at(-1) as { params: PreviewParams }).params;
        expect(asked).toMatchObject({ view: 'integrasi', opds: ['BAPPEDA'] });
        const focused = await payloadOf(kediri, asked);
        await s.send(focused);
        const touching = all.edges.filter(e => e.source === 'BAPPEDA' || e.target === 'BAPPEDA');
        expect(focused.edges.map(e => e.id).sort()).toEqual(touching.map(e => e.id).sort());
        const shown = await s.page.locator('#scene .node').evaluateAll(nodes => nodes.map(n => n.getAttribute('data-id')));
        expect(new Set(shown)).toEqual(new Set(['BAPPEDA', ...touching.flatMap(e => [e.source, e.target])]));
        const findings = focused.nodes.reduce((sum, n) => sum + n.findings.length, 0);
        expect(findings).toBeGreaterThan(0);
        expect(await s.page.locator('#status').textContent()).toContain(`${shown.length} OPD · ${touching.length} hubungan · ${findings} temuan`);
        await s.page.screenshot({ path: join(repoRoot, 'test-results', 'preview-integrasi-bappeda.png') });
        expect(s.errors).toEqual([]);
    });

    test('hostile titles are text: nothing runs, nothing breaks the drawing', async () => {
        const s = await open(browser);
        const hostile = await loadWorkspace(hostileWorkspace());
        const payload = await payloadOf(hostile, { view: 'layered' });
        await s.send(payload);
        // The label is wrapped on words, one tspan per line.
        const lines = await s.page.locator('#scene .node text.label').first().locator('tspan').allTextContents();
        expect(lines.length).toBeGreaterThan(1);
        expect(HostileTitle.startsWith(lines.join(' ').replace(/…$/, ''))).toBe(true);
        expect(await s.page.locator('script').count()).toBe(2);
        expect(await s.page.locator('#scene foreignObject, #scene script, #scene a').count()).toBe(0);
        await s.page.locator('#scene .node').first().hover();
        expect(await s.page.locator('#tooltip .title').textContent()).toBe(HostileTitle);
        expect(s.dialogs).toEqual([]);
        expect(s.errors).toEqual([]);
    });
});
