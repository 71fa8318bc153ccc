import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, diskSiteSource } from 'spbe-server';
import { chromiumArgs, chromiumPath, hasChromium } from '../helpers/chromium.js';

/** A title of one 10,000-letter word: what a pasted hash or a stuck key gives. */
const longWord = `Aplikasi${'A'.repeat(10_000)}`;

/** The portal of a hostile workspace in Debian's Chromium, from file:// (skipped without Chromium, as site-browser). */
describe.skipIf(!hasChromium)('a hostile portal in headless Chromium', () => {
    let browser: Browser;
    let rootUrl: string;

    beforeAll(async () => {
        const workspace = mkdtempSync(join(tmpdir(), 'spbe-portal-hostile-ws-'));
        writeFileSync(join(workspace, 'ws.spbe'), `pemda P "Pemerintah Kota Uji" { periode 2026..2027 }
opd DINA "Dinas A" { pic "Ani"
    aplikasi APP_A "${longWord}" { status aktif }
    aplikasi APP_B "Aplikasi B" { status aktif }
}
`);
        const root = join(mkdtempSync(join(tmpdir(), 'spbe-portal-hostile-')), 'site');
        await buildSite(diskSiteSource(workspace, 'id'), { dir: root }, { allowErrors: true }, 'id');
        rootUrl = pathToFileURL(root).href + '/';
        browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    }, 180_000);
    afterAll(async () => { await browser?.close(); });

    test('a one-word 10,000-letter title wraps: no page scrolls sideways, the diagram still shows its nodes', async () => {
        const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
        const errors: string[] = [];
        page.on('pageerror', e => errors.push(String(e)));
        for (const relative of ['opd/DINA.html', 'index.html', 'cari.html?q=aplikasi']) {
            await page.goto(rootUrl + relative);
            await page.waitForLoadState('load');
            const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
            expect(scrollWidth, relative).toBeLessThanOrEqual(clientWidth);
        }
        await page.goto(`${rootUrl}opd/DINA.html`);
        await page.waitForSelector('body[data-ready="true"]');
        // Fitted to the view, the short title's node stays readable: at least 60 px wide on screen.
        const box = await page.locator('#scene .node[data-id="DINA.APP_B"]').boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(60);
        expect(errors).toEqual([]);
        await page.context().close();
    }, 120_000);
});
