import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { buildRoadmapReport, generateRoadmap } from 'spbe-generators';
import { loadWorkspace } from 'spbe-server';
import { chromiumArgs, chromiumPath, hasChromium } from '../helpers/chromium.js';
import { repoRoot } from '../helpers/run-cli.js';
import { HostileTitle, hostileWorkspace } from './hostile-fixture.js';

/** Opens a generated HTML file in headless Chromium, recording requests and console errors. */
async function open(html: string, screenshot: string) {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-html-'));
    const file = join(dir, 'peta-rencana.html');
    writeFileSync(file, html);
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        const requests: string[] = [];
        const errors: string[] = [];
        await page.route('**/*', route => {
            requests.push(route.request().url());
            return route.continue();
        });
        page.on('console', message => message.type() === 'error' && errors.push(message.text()));
        page.on('pageerror', error => errors.push(String(error)));
        await page.goto(`file://${file}`);
        mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
        await page.screenshot({ path: join(repoRoot, 'test-results', screenshot), fullPage: true });
        const facts = await page.evaluate(() => ({
            scripts: document.querySelectorAll('script').length,
            firstItem: document.querySelector('table.roadmap td.item')?.firstChild?.textContent ?? '',
            svgBars: document.querySelectorAll('svg rect.bar').length,
            critical: document.querySelectorAll('svg rect.critical').length,
            barTitle: document.querySelector('svg rect.bar title')?.textContent ?? ''
        }));
        return { requests: requests.filter(u => u !== `file://${file}`), errors, facts };
    } finally {
        await browser.close();
    }
}

describe.skipIf(!hasChromium)('the HTML report in headless Chromium', () => {
    test('Kota Kediri: renders the table and the Gantt with no requests and no console errors', async () => {
        const model = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
        const [file] = await generateRoadmap(model, 'html', { locale: 'id' });
        const { requests, errors, facts } = await open(String(file.content), 'roadmap-kota-kediri.png');
        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
        expect(facts.scripts).toBe(0);
        // One Gantt bar per roadmap item; the critical ones as many as the report's critical path.
        expect(facts.svgBars).toBe(model.items.length);
        expect(facts.critical).toBe(buildRoadmapReport(model, { locale: 'id' }).criticalPath.length);
    });

    test('a hostile title is displayed as text in the table and in the SVG tooltip', async () => {
        const model = (await loadWorkspace(hostileWorkspace())).model();
        const [file] = await generateRoadmap(model, 'html', { locale: 'id' });
        const { requests, errors, facts } = await open(String(file.content), 'roadmap-hostile.png');
        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
        expect(facts.scripts).toBe(0);
        expect(facts.firstItem).toBe(`AP.01 · ${HostileTitle}`);
        expect(facts.barTitle).toBe(`AP.01 · ${HostileTitle} (2026–2027)`);
    });
});

/** poppler's pdftotext (Debian `poppler-utils`), to read a printed page's text back. */
const pdftotext = '/usr/bin/pdftotext';

describe.skipIf(!hasChromium || !existsSync(pdftotext))('the HTML report printed to PDF (v2 §6: the example banner on every page)', () => {
    test('Kota Kediri (ilustrasi): every printed page says CONTOH — BUKAN DOKUMEN RESMI', async () => {
        const model = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
        const [file] = await generateRoadmap(model, 'html', { locale: 'id' });
        const dir = mkdtempSync(join(tmpdir(), 'spbe-print-'));
        writeFileSync(join(dir, 'peta-rencana.html'), String(file.content));
        const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
        try {
            const page = await browser.newPage();
            await page.goto(`file://${join(dir, 'peta-rencana.html')}`);
            await page.pdf({ path: join(dir, 'print.pdf'), preferCSSPageSize: true });
        } finally {
            await browser.close();
        }
        // pdftotext separates pages with a form feed; the last one ends the document.
        const pages = execFileSync(pdftotext, [join(dir, 'print.pdf'), '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
        expect(pages.length).toBeGreaterThan(1);
        pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain('CONTOH — BUKAN DOKUMEN RESMI'));
    });
});
