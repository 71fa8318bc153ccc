import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { diffHtml, renderDiff, type DiffFormat, type WorkspaceDiff } from 'spbe-generators';
import { escapeString } from 'spbe-model';
import { diffWorkspaces } from 'spbe-server';
import { chromiumArgs, chromiumPath, hasChromium } from '../helpers/chromium.js';
import { repoRoot } from '../helpers/run-cli.js';
import { HostileTitle } from '../generator/hostile-fixture.js';
import { baseFixture, changedCopy } from './diff-fixture.js';

const changedFixture = join(repoRoot, 'test/fixtures/diff-changed');
const extension: Record<DiffFormat, string> = { text: 'txt', md: 'md', html: 'html', json: 'json' };

async function fixtureDiff(): Promise<WorkspaceDiff> {
    return diffWorkspaces({ old: 'test/fixtures/diff-base', new: 'test/fixtures/diff-changed', locale: 'en' });
}

/** Absolute paths differ per clone; the goldens show them from the repository root. */
function portable(text: string): string {
    return text.split(`file://${repoRoot.replace(/\/$/, '')}`).join('file://<repo>');
}

function hostileCopy(): string {
    const t = escapeString(HostileTitle);
    return changedCopy({
        'opd/kominfo.spbe': [['aplikasi PORTAL "Portal Kabupaten"', `aplikasi PORTAL "${t}"`], ['pic "PIC Kominfo"', `pic "${t}"`]],
        'peta-rencana.spbe': [['rencana R_PORTAL "Pengembangan Portal"', `rencana R_PORTAL "${t}"`]]
    });
}

describe('diff reports: golden files (reviewed by hand)', () => {
    test.each(['text', 'md', 'html', 'json'] as const)('%s', async format => {
        const cwd = process.cwd();
        process.chdir(repoRoot);
        try {
            const text = portable(renderDiff(await fixtureDiff(), format, 'en'));
            await expect(text).toMatchFileSnapshot(`__golden__/diff-changed.${extension[format]}`);
        } finally {
            process.chdir(cwd);
        }
    });

    test('Indonesian text uses Indonesian words and a decimal comma', async () => {
        const diff = await diffWorkspaces({ old: baseFixture, new: changedFixture, locale: 'id' });
        const text = renderDiff(diff, 'text', 'id');
        expect(text).toContain('Ringkasan:');
        // Each side of the index change carries its assessed share, and a predikat from 2 of 47 indicators is provisional.
        expect(text).toContain('1,67 · Kurang (sementara) · 3,9 % bobot dinilai → 2,33 · Cukup (sementara) · 3,9 % bobot dinilai');
        expect(text).toContain('Rp600.000.000 → Rp700.000.000 (+Rp100.000.000)');
    });

    test('the JSON carries each side\'s assessed share as a fraction 0..1 and whether its predikat is provisional', async () => {
        const diff = await diffWorkspaces({ old: baseFixture, new: changedFixture, locale: 'en' });
        const [change] = JSON.parse(renderDiff(diff, 'json', 'en')).index;
        expect(change.oldIndex).toMatchObject({ predicate: 'Kurang', provisional: true, assessedShare: 0.039 });
        expect(change.newIndex).toMatchObject({ predicate: 'Cukup', provisional: true, assessedShare: 0.039 });
    });
});

describe('diff reports: hostile titles', () => {
    test('stay text in Markdown, text and JSON', async () => {
        const diff = await diffWorkspaces({ old: baseFixture, new: hostileCopy(), locale: 'en' });
        const md = renderDiff(diff, 'md', 'en');
        expect(md).not.toContain('<script>');
        expect(md).not.toContain('</td>');
        expect(md).toContain('&lt;script\\>alert(1)&lt;/script\\>');
        // Every table row keeps its two cells: no title can add a column.
        md.split('\n').filter(l => l.startsWith('| ') && !l.startsWith('|---')).forEach(l => expect(l.replace(/\\\|/g, '').split('|')).toHaveLength(4));
        const text = renderDiff(diff, 'text', 'en');
        expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        expect(text).toContain('AP.01 · ');
        const json = JSON.parse(renderDiff(diff, 'json', 'en'));
        expect(json.elements.find((e: { id: string }) => e.id === 'KOMINFO.PORTAL').properties[0].new).toBe(HostileTitle);
    });

    test('the webview variant has one script, carrying the nonce, and a CSP without unsafe-inline', async () => {
        const diff = await diffWorkspaces({ old: baseFixture, new: hostileCopy(), locale: 'en' });
        const html = diffHtml(diff, 'en', { nonce: 'bm9uY2U' });
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
        expect(csp).toBe("default-src 'none'; style-src 'nonce-bm9uY2U'; script-src 'nonce-bm9uY2U'");
        expect(html.match(/<script/g)).toHaveLength(1);
        expect(html).toContain('<script nonce="bm9uY2U">');
        expect(html).toMatch(/data-uri="file:\/\/[^"]*\/opd\/kominfo\.spbe" data-line="\d+"/);
    });
});

describe.skipIf(!hasChromium)('the HTML report in headless Chromium', () => {
    test('summary first, hostile titles as text, no scripts, requests or console errors', async () => {
        const diff = await diffWorkspaces({ old: baseFixture, new: hostileCopy(), locale: 'en' });
        const dir = mkdtempSync(join(tmpdir(), 'spbe-diff-html-'));
        const file = join(dir, 'reviu.html');
        writeFileSync(file, renderDiff(diff, 'html', 'en'));
        const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
        try {
            const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
            const requests: string[] = [];
            const errors: string[] = [];
            await page.route('**/*', route => { requests.push(route.request().url()); return route.continue(); });
            page.on('console', message => message.type() === 'error' && errors.push(message.text()));
            page.on('pageerror', error => errors.push(String(error)));
            await page.goto(`file://${file}`);
            mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
            await page.screenshot({ path: join(repoRoot, 'test-results', 'diff-hostile.png'), fullPage: true });
            const facts = await page.evaluate(() => ({
                scripts: document.querySelectorAll('script').length,
                firstHeading: document.querySelector('h2')?.textContent,
                items: [...document.querySelectorAll('#items li')].map(li => li.firstChild?.nextSibling?.textContent ?? '')
            }));
            expect(requests.filter(u => u !== `file://${file}`)).toEqual([]);
            expect(errors).toEqual([]);
            expect(facts.scripts).toBe(0);
            expect(facts.firstHeading).toBe('Summary');
            expect(facts.items[0]).toBe(`AP.01 · ${HostileTitle} — changed`);
        } finally {
            await browser.close();
        }
    });
});
