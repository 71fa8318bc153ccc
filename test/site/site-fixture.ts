import { join } from 'node:path';
import { generateSite, type SiteAssets } from 'spbe-generators';
import { findingsByPlace } from 'spbe-language';
import type { Locale } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { repoRoot } from '../helpers/run-cli.js';

/** Stand-ins for the browser bundles: the generator tests check pages, not the scripts. */
export const fakeAssets: SiteAssets = { diagramApp: '/* app */', diagramStyle: '/* preview */', siteScript: '/* site */', siteStyle: '/* style */' };

export const kediri = join(repoRoot, 'examples/kota-kediri');

/** The site of a workspace folder as a map of file name → text. */
export async function siteOf(dir: string, options: { locale?: Locale; baseUrl?: string } = {}): Promise<Map<string, string>> {
    const workspace = await loadWorkspace(dir, { locale: options.locale ?? 'id' });
    const files = await generateSite({
        model: workspace.model(), findings: findingsByPlace(workspace.documents), locale: options.locale ?? 'id',
        workspaceErrors: workspace.diagnostics.filter(d => d.severity === 'error').length, baseUrl: options.baseUrl
    }, fakeAssets);
    return new Map(files.map(f => [f.name, String(f.content)]));
}

/** Every `href` and `src` of a page, with entities decoded. */
export function linksOf(html: string): string[] {
    return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map(m => m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
}

/** The ids a page declares (anchors a link may point at). */
export function idsOf(html: string): Set<string> {
    return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map(m => m[1].replace(/&amp;/g, '&')));
}

/** The diagram app's markup of a page (its `<section class="diagram-app">`), or '' when the page has none. */
export function diagramAppOf(html: string): string {
    const start = html.indexOf('<section class="diagram-app"');
    return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
}
