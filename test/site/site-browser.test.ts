import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, diskSiteSource } from 'spbe-server';
import { chromiumArgs, chromiumPath, hasChromium } from '../helpers/chromium.js';
import { kediri } from './site-fixture.js';

/**
 * The portal in Debian's Chromium, opened from file:// as a user would open it: the site of Kota
 * Kediri built with the real browser bundles (`npm run build` makes them). Without Chromium every
 * test of the suite fails in CI (test/e2e/setup.sh installs it before the tests run), and the suite
 * is skipped elsewhere; with it, nothing is counted as skipped.
 */
const required = Boolean(process.env.CI);

interface Visit {
    readonly page: Page;
    readonly errors: string[];
    readonly outside: string[];
}

describe.skipIf(!hasChromium && !required)('the portal in headless Chromium, from file://', () => {
    let browser: Browser;
    let root: string;
    let rootUrl: string;

    async function open(relative: string): Promise<Visit> {
        // A context per page: axe-core opens its own page in the page's context.
        const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
        const errors: string[] = [];
        const outside: string[] = [];
        page.on('console', m => { if (m.type() === 'error') { errors.push(m.text()); } });
        page.on('pageerror', e => errors.push(String(e)));
        await page.route('**/*', route => {
            const url = route.request().url();
            if (!url.startsWith(rootUrl)) {
                outside.push(url);
                return route.abort();
            }
            return route.continue();
        });
        await page.goto(rootUrl + relative);
        return { page, errors, outside };
    }

    beforeAll(async () => {
        if (!hasChromium) {
            throw new Error(`Chromium is missing at ${chromiumPath}: run test/e2e/setup.sh (npm test does) before the portal's browser tests.`);
        }
        root = join(mkdtempSync(join(tmpdir(), 'spbe-portal-')), 'site');
        await buildSite(diskSiteSource(kediri, 'id'), { dir: root }, {}, 'id');
        rootUrl = pathToFileURL(root).href + '/';
        browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    }, 180_000);
    afterAll(async () => {
        await browser?.close();
        if (root) {
            rmSync(dirname(root), { recursive: true, force: true });
        }
    });

    test('every page loads without a console error or a request outside the site, and every internal link resolves', async () => {
        const queue = ['index.html'];
        const seen = new Set(queue);
        const ids = new Map<string, Set<string>>();
        const fragments: Array<{ from: string; path: string; fragment: string }> = [];
        let links = 0;
        while (queue.length > 0) {
            const relative = queue.shift()!;
            const visit = await open(relative);
            await visit.page.waitForLoadState('load');
            ids.set(relative, new Set(await visit.page.$$eval('[id]', elements => elements.map(x => x.id))));
            const hrefs = await visit.page.$$eval('a[href]', anchors => anchors.map(a => (a as HTMLAnchorElement).href));
            for (const href of hrefs) {
                expect(href.startsWith(rootUrl), `${relative} → ${href}`).toBe(true);
                const [file, fragment] = href.slice(rootUrl.length).split('#');
                const path = file.split('?')[0];
                expect(existsSync(join(root, path)), `${relative} → ${href}`).toBe(true);
                if (fragment) {
                    fragments.push({ from: relative, path, fragment });
                }
                if (path.endsWith('.html') && !seen.has(path)) {
                    seen.add(path);
                    queue.push(path);
                }
                links++;
            }
            expect(visit.errors, relative).toEqual([]);
            expect(visit.outside, relative).toEqual([]);
            await visit.page.context().close();
        }
        // Every page was visited, so every fragment can be checked against the ids its page has once its scripts ran.
        for (const { from, path, fragment } of fragments) {
            expect(ids.get(path)?.has(decodeURIComponent(fragment)), `${from} → ${path}#${fragment}`).toBe(true);
        }
        expect(seen.size).toBeGreaterThanOrEqual(42);
        expect(links).toBeGreaterThan(1000);
    }, 600_000);

    test('search finds an element by a word of its title', async () => {
        const { page, errors } = await open('cari.html?q=kependudukan');
        const result = page.locator('#search-results a', { hasText: 'Data Kependudukan (NIK dan KK)' });
        await expect.poll(() => result.count()).toBe(1);
        await page.fill('#q', 'bantuan sosial');
        await expect.poll(() => page.locator('#search-results a', { hasText: 'Sistem Informasi Bantuan Sosial' }).count()).toBe(1);
        await page.locator('#search-results a', { hasText: 'Sistem Informasi Bantuan Sosial' }).click();
        await page.waitForURL(/opd\/DINSOS\.html#e-SIBANSOS$/);
        expect(errors).toEqual([]);
        await page.context().close();
    });

    test('the header search goes to the results page', async () => {
        const { page } = await open('index.html');
        await page.fill('#site-q', 'penduduk');
        await page.keyboard.press('Enter');
        await page.waitForURL(/cari\.html\?q=penduduk$/);
        await expect.poll(() => page.locator('#search-results a', { hasText: 'Data Kependudukan (NIK dan KK)' }).count()).toBe(1);
        await page.context().close();
    });

    test('a click on an element of the OPD diagram opens its section; on the Diagram page, its OPD\'s page', async () => {
        const { page, errors } = await open('opd/DISPENDUKCAPIL.html');
        await page.waitForSelector('body[data-ready="true"]');
        await page.locator('#scene .node[data-id="DISPENDUKCAPIL.DT_KEPENDUDUKAN"]').click();
        await page.waitForURL(/DISPENDUKCAPIL\.html#e-DT_KEPENDUDUKAN$/);
        expect(errors).toEqual([]);
        await page.context().close();
        const overview = await open('diagram.html');
        await overview.page.waitForSelector('body[data-ready="true"]');
        const before = await overview.page.locator('#status').textContent();
        await overview.page.selectOption('#view', 'integrasi');
        await expect.poll(() => overview.page.locator('#status').textContent()).not.toBe(before);
        await overview.page.selectOption('#view', 'layered');
        await overview.page.uncheck('#year-all');
        await expect.poll(() => overview.page.locator('#status').textContent()).toMatch(/elemen/);
        await overview.page.locator('#scene .node[data-id="DINSOS.SIBANSOS"]').click();
        await overview.page.waitForURL(/opd\/DINSOS\.html#e-SIBANSOS$/);
        expect(overview.errors).toEqual([]);
        expect(overview.outside).toEqual([]);
        await overview.page.context().close();
    });

    test('keyboard: skip link, navigation, sorting a table and opening a diagram element all work without a mouse', async () => {
        const { page } = await open('index.html');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
        await page.keyboard.press('Enter');
        expect(page.url()).toMatch(/#isi$/);
        const sort = page.locator('table.sortable th button').last();
        await sort.focus();
        await page.keyboard.press('Enter');
        expect(await page.locator('table.sortable th').last().getAttribute('aria-sort')).toBe('ascending');
        await page.locator('nav a', { hasText: 'Peta Rencana' }).focus();
        await page.keyboard.press('Enter');
        await page.waitForURL(/peta-rencana\.html$/);
        await page.context().close();
        const opd = await open('opd/DINSOS.html');
        await opd.page.waitForSelector('body[data-ready="true"]');
        await opd.page.locator('#scene .node[data-id="DINSOS.SIBANSOS"]').focus();
        await opd.page.keyboard.press('Enter');
        await opd.page.waitForURL(/DINSOS\.html#e-SIBANSOS$/);
        await opd.page.context().close();
    });

    test('at 1280 px wide, Beranda and the widest pages fit: no sideways scrolling', async () => {
        for (const relative of ['index.html', 'peta-rencana.html', 'temuan.html', 'diagram.html', 'opd/DISKOMINFO.html', 'opd/DISPENDUKCAPIL.html']) {
            const { page } = await open(relative);
            await page.waitForLoadState('load');
            const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
            expect(clientWidth, relative).toBeGreaterThan(1200);
            expect(scrollWidth, relative).toBeLessThanOrEqual(clientWidth);
            await page.context().close();
        }
    }, 120_000);

    test('axe-core finds no serious or critical violation on Beranda, an OPD page and Peta Rencana', async () => {
        for (const relative of ['index.html', 'opd/DISPENDUKCAPIL.html', 'peta-rencana.html']) {
            const { page } = await open(relative);
            await page.waitForLoadState('load');
            if (relative.startsWith('opd/')) {
                await page.waitForSelector('body[data-ready="true"]');
            }
            const results = await new AxeBuilder({ page }).analyze();
            const bad = results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
            expect(bad, relative).toEqual([]);
            await page.context().close();
        }
    }, 120_000);
});
