import { beforeAll, expect, test } from 'vitest';
import { buildPreviewPayload, type PreviewPayload } from 'spbe-generators';
import { findingsByElement } from 'spbe-language';
import { loadWorkspace } from 'spbe-server';
import { sitePayload, type SiteDiagrams } from '../../packages/generators/src/preview/site-diagram-data.js';
import type { ToWebview } from '../../packages/generators/src/preview/webview/messages.js';
import { staticHost } from '../../packages/generators/src/preview/webview/static-host.js';
import { kediri, siteOf } from './site-fixture.js';

let data: SiteDiagrams;
let script: string;
beforeAll(async () => {
    script = (await siteOf(kediri)).get('assets/diagram/semua.js')!;
    data = JSON.parse(script.replace(/^window\.SpbeSiteDiagrams = /, '').replace(/;\n$/, '')) as SiteDiagrams;
}, 120_000);

/** What a payload means to the page: the build time and the architect's file paths aside. */
const meaning = (p: PreviewPayload) => ({ ...p, buildMs: 0, nodes: p.nodes.map(({ source: _source, ...n }) => n) });

test('the Diagram page stores each part common to several views once, and every view restores to its full payload', async () => {
    const workspace = await loadWorkspace(kediri, { locale: 'id' });
    const findings = findingsByElement(workspace.documents);
    const keys = Object.keys(data.payloads);
    const restored = keys.map(key => sitePayload(data.payloads, key)!);
    let whole = 0;
    for (const payload of restored) {
        const full = await buildPreviewPayload(workspace.model(), payload.params, findings, { collapseAbove: 600 });
        expect(meaning(payload), JSON.stringify(payload.params)).toEqual(meaning(full));
        whole += JSON.stringify(meaning(full)).length;
    }
    // The views for the years of the periode share most parts with the view without a year (Kota
    // Kediri: 28% smaller; stored whole, the script was larger than the payloads together).
    expect(keys.filter(key => data.payloads[key].shared !== undefined).length).toBeGreaterThan(keys.length / 2);
    expect(script.length).toBeLessThan(whole * 0.8);
    expect(sitePayload(data.payloads, 'opd|NOPE|')).toBeUndefined();
}, 120_000);

test('the static host answers a view stored with shared parts with the whole payload', async () => {
    const key = Object.keys(data.payloads).find(k => data.payloads[k].shared?.nodes !== undefined)!;
    expect(data.payloads[key].nodes).toBeUndefined();
    const host = staticHost(data, () => undefined);
    const shown = new Promise<ToWebview>(resolve => host.onMessage(resolve));
    host.postMessage({ type: 'request', params: sitePayload(data.payloads, key)!.params });
    const message = await shown;
    expect(message.type).toBe('payload');
    const payload = (message as Extract<ToWebview, { type: 'payload' }>).payload;
    expect(payload.nodes.length).toBeGreaterThan(0);
    expect(payload).toEqual(sitePayload(data.payloads, key));
});
