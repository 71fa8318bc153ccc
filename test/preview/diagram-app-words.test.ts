import { describe, expect, test } from 'vitest';
import { diagramAppSentence, findingsSummary } from 'spbe-model';
import type { PreviewNode } from 'spbe-generators';
import type { SiteDiagrams } from '../../packages/generators/src/preview/site-diagram-data.js';
import { tooltipLines } from '../../packages/generators/src/preview/webview/tooltip-lines.js';
import { pageLocale } from '../../packages/generators/src/preview/webview/page-locale.js';
import { staticHost } from '../../packages/generators/src/preview/webview/static-host.js';
import type { ToWebview } from '../../packages/generators/src/preview/webview/messages.js';

const element = (overrides: Partial<PreviewNode> = {}): PreviewNode => ({
    id: 'A.X', label: 'X', labelLines: ['X'], caption: 'aplikasi', kind: 'aplikasi', opd: 'A', colour: '#000000', state: 'normal',
    x: 0, y: 0, width: 1, height: 1, elementId: 'A.X', title: 'Sistem X', kindLabel: 'Aplikasi', opdTitle: 'Dinas A',
    statusLabel: 'Eksisting', lifetime: '2026–2028', appears: false, retires: false, findings: [], ...overrides
});
const finding = { code: 'c', severity: 'warning', message: 'm', line: 1 } as const;

describe('the app\'s tooltip in the page\'s language', () => {
    test('Indonesian', () => {
        expect(tooltipLines(element({ appears: true, findings: [finding, finding] }), 'id')).toEqual([
            'Sistem X', 'Aplikasi', 'OPD: Dinas A', 'Status: Eksisting · ada: 2026–2028', 'mulai ada pada tahun ini', '2 temuan (klik penanda untuk melihat)'
        ]);
        expect(tooltipLines(element({ retires: true, lifetime: undefined }), 'id')).toEqual(['Sistem X', 'Aplikasi', 'OPD: Dinas A', 'Status: Eksisting', 'terakhir ada pada tahun ini']);
    });

    test('English: no Indonesian phrase of the app is left', () => {
        const lines = tooltipLines(element({ appears: true, retires: true, findings: [finding] }), 'en');
        expect(lines).toEqual([
            'Sistem X', 'Aplikasi', 'OPD: Dinas A', 'Status: Eksisting · exists: 2026–2028', 'begins to exist this year',
            'exists for the last time this year', '1 finding (click the marker to list them)'
        ]);
        expect(lines.join('\n')).not.toMatch(/\b(ada|mulai|terakhir|tahun|temuan|klik|penanda)\b/);
    });

    test('a box that is not an element shows its caption, and no status', () => {
        expect(tooltipLines(element({ elementId: undefined, title: undefined, statusLabel: undefined, caption: '3 aplikasi', label: 'Dinas A' }), 'en'))
            .toEqual(['Dinas A', '3 aplikasi', 'OPD: Dinas A']);
    });
});

describe('the findings\' names', () => {
    test('a node\'s accessible name ends with its findings by severity', () => {
        expect(findingsSummary(1, 2, 'id')).toBe('3 temuan: 1 galat, 2 peringatan');
        expect(findingsSummary(1, 2, 'en')).toBe('3 findings: 1 error, 2 warning');
        expect(findingsSummary(0, 1, 'en')).toBe('1 finding: 1 warning');
        expect(findingsSummary(0, 0, 'en')).toBe('');
    });

    test('the findings panel heading and the year slider', () => {
        expect(diagramAppSentence('findingsOf', 'id', { id: 'A.X', count: 2 })).toBe('A.X: 2 temuan');
        expect(diagramAppSentence('findingsOf', 'en', { id: 'A.X', count: 1 })).toBe('A.X: 1 finding');
        expect(diagramAppSentence('asOfYear', 'id', { year: 2027 })).toBe('arsitektur per 2027');
        expect(diagramAppSentence('asOfYear', 'en', { year: 2027 })).toBe('architecture as of 2027');
    });
});

describe('the page tells the app its language', () => {
    const doc = (dataLocale: string | undefined, lang: string) => ({
        querySelector: () => (dataLocale === undefined ? null : { dataset: { locale: dataLocale } }),
        documentElement: { lang }
    }) as unknown as Document;

    test('data-locale first, then the document\'s lang, else Indonesian', () => {
        expect(pageLocale(doc('en', 'id'))).toBe('en');
        expect(pageLocale(doc('id', 'en'))).toBe('id');
        expect(pageLocale(doc(undefined, 'en-GB'))).toBe('en');
        expect(pageLocale(doc(undefined, ''))).toBe('id');
        expect(pageLocale(doc('fr', ''))).toBe('id');
    });

    test('a static page refuses a view it was not built with in its language', async () => {
        const data: SiteDiagrams = { features: { views: ['layered'], opdChoice: false, years: false, filters: false, exports: false }, initial: { view: 'layered' }, payloads: {}, links: {} };
        for (const [locale, text] of [['en', 'This view is not available on the static site.'], ['id', 'Tampilan ini tidak tersedia di situs statis.']] as const) {
            const host = staticHost(data, locale, () => undefined);
            const received = new Promise<ToWebview>(resolve => host.onMessage(resolve));
            host.postMessage({ type: 'request', params: { view: 'gap' } });
            expect(await received).toEqual({ type: 'error', message: text });
        }
    });
});
