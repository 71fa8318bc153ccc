import { describe, expect, test } from 'vitest';
import { diagramAppWord } from 'spbe-model';
import { previewHtml } from '../../packages/vscode/src/extension/preview/preview-html.js';
import { foreignTexts, visibleTexts, wordsOfOtherLanguage } from '../helpers/diagram-app-text.js';

const options = { cspSource: 'vscode-webview://abc', nonce: 'bm9uY2U=', scriptUri: 'https://file/preview.js', styleUri: 'https://file/preview.css' };
/** Words that read the same in both languages: names, symbols and the gap's own terms. */
const neutral = ['OPD', 'as-is', 'to-be', '+', '−'];

describe('the preview page speaks the user\'s language (spbe.locale)', () => {
    for (const locale of ['id', 'en'] as const) {
        test(`${locale}: lang, data-locale and every control's words from the diagram app's table`, () => {
            const html = previewHtml({ ...options, locale });
            expect(html).toContain(`<html lang="${locale}" class="preview-page">`);
            expect(html).toContain(`<div class="diagram-app" data-locale="${locale}">`);
            expect(wordsOfOtherLanguage(html, locale)).toEqual([]);
            expect(foreignTexts(html, locale, neutral)).toEqual([]);
            const texts = visibleTexts(html);
            for (const key of ['view', 'viewLayered', 'allYears', 'highlight', 'fit', 'fitTitle', 'exportSvg', 'loading', 'canvasEditor'] as const) {
                expect(texts).toContain(diagramAppWord(key, locale));
            }
        });
    }

    test('no Indonesian control word is left in the English page, and no English one in the Indonesian page', () => {
        const en = visibleTexts(previewHtml({ ...options, locale: 'en' })).join('\n');
        for (const word of ['Tampilan', 'berlapis', 'semua tahun', 'Cari', 'Sorot', 'Ekspor', 'Pas', 'Memuat', 'Perbesar', 'Perkecil', 'Saring', 'keduanya', 'Pratinjau', 'Tahun']) {
            expect(en).not.toContain(word);
        }
        const id = visibleTexts(previewHtml({ ...options, locale: 'id' })).join('\n');
        for (const word of ['View', 'Layered', 'all years', 'Highlight', 'Export', 'Fit', 'Loading', 'Zoom', 'Filter', 'both', 'preview', 'Year']) {
            expect(id).not.toContain(word);
        }
        expect(en).toContain('Export SVG');
        expect(id).toContain('Ekspor SVG');
    });

    test('keeps the strict CSP and escapes what it is given, in both languages', () => {
        for (const locale of ['id', 'en'] as const) {
            const html = previewHtml({ ...options, locale, nonce: 'a"b', scriptUri: 'x"><script>alert(1)</script>', styleUri: 's&t' });
            expect(html).toContain(`content="default-src 'none'; img-src vscode-webview://abc data:; style-src vscode-webview://abc; font-src vscode-webview://abc; script-src 'nonce-a&quot;b'"`);
            expect(html).not.toContain('unsafe-inline');
            expect(html).not.toContain('<script>alert(1)');
            expect(html).toContain('src="x&quot;>&lt;script>alert(1)&lt;/script>"');
            expect(html).toContain('href="s&amp;t"');
            // One script, the nonce's; no inline style.
            expect(html.match(/<script\b/g)).toHaveLength(1);
            expect(html).not.toMatch(/\sstyle="/);
        }
    });
});
