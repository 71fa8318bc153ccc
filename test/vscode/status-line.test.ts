import { expect, test } from 'vitest';
import type { PreviewNode, PreviewPayload } from 'spbe-generators';
import { statusLine } from '../../packages/generators/src/preview/webview/status-line.js';

const node = (id: string, kind: string, findings: number, elementId?: string): PreviewNode => ({
    id, label: id, caption: '', kind, opd: id.split('.')[0], colour: '#000', state: 'normal', x: 0, y: 0, width: 1, height: 1,
    elementId, appears: false, retires: false, findings: Array.from({ length: findings }, () => ({ code: 'c', severity: 'warning', message: 'm' })) as PreviewNode['findings']
} as PreviewNode);

const payload = (view: PreviewPayload['params']['view'], nodes: PreviewNode[], edges: number, collapsed = false): PreviewPayload => ({
    params: { view }, title: 'T', subtitle: 'S', width: 1, height: 1, collapsed, bands: [], nodes,
    edges: Array.from({ length: edges }, (_, i) => ({ id: `e${i}`, source: 'A', target: 'B', kind: 'data-use', points: [] })),
    opds: [], kinds: [], buildMs: 5
} as unknown as PreviewPayload);

test('the integration map counts OPD boxes, dependencies and the findings of the OPDs shown', () => {
    const p = payload('integrasi', [node('A', 'opd', 2), node('B', 'opd', 1)], 3);
    expect(statusLine(p, 'id')).toBe('T · S · 2 OPD · 3 hubungan · 3 temuan pada yang digambar · 5 ms');
    expect(statusLine(p, 'en')).toBe('T · S · 2 OPDs · 3 dependencies · 3 findings on what is drawn · 5 ms');
});

test('element views count elements, not OPD or group boxes', () => {
    const p = payload('layered', [node('A.X', 'aplikasi', 1, 'A.X'), node('A:1', 'group', 0)], 0);
    expect(statusLine(p, 'id')).toBe('T · S · 1 elemen digambar · 1 temuan pada yang digambar · 5 ms');
    expect(statusLine(p, 'en')).toBe('T · S · 1 element drawn · 1 finding on what is drawn · 5 ms');
});

test('a view summed up per OPD says so in the page\'s language', () => {
    const p = payload('layered', [node('A.X', 'aplikasi', 0, 'A.X'), node('A.Y', 'aplikasi', 0, 'A.Y')], 0, true);
    expect(statusLine(p, 'id')).toBe('T · S · 2 elemen digambar · 0 temuan pada yang digambar · diringkas per OPD · 5 ms');
    expect(statusLine(p, 'en')).toBe('T · S · 2 elements drawn · 0 findings on what is drawn · summed up per OPD · 5 ms');
});

test('element views say how many of the elements drawn are national (Beranda counts only the workspace\'s own)', () => {
    const p = payload('layered', [node('A.X', 'aplikasi', 1, 'A.X'), node('nasional.SPLP', 'aplikasi', 0, 'nasional.SPLP'), node('A:1', 'group', 0)], 0);
    expect(statusLine(p, 'id')).toBe('T · S · 2 elemen digambar, termasuk 1 nasional · 1 temuan pada yang digambar · 5 ms');
    expect(statusLine(p, 'en')).toBe('T · S · 2 elements drawn, 1 of them national · 1 finding on what is drawn · 5 ms');
});
