import { escapeXml } from '../output/escape.js';
import type { OutputFile } from '../roadmap/index.js';
import { homePage } from './page-home.js';
import { findingsPage } from './page-findings.js';
import { opdPage } from './page-opd.js';
import { diagramPage, searchPage } from './page-other.js';
import { roadmapPage } from './page-roadmap.js';
import { searchIndexScript } from './search-index.js';
import type { SiteAssets } from './site-assets.js';
import { SiteContext, type SiteInput } from './site-context.js';
import { diagramDataPath, siteDiagrams } from './site-diagrams.js';
import { siteModel } from './site-text.js';

/** An http(s) address's scheme: any case (`HTTPS://`), as URLs allow. */
const httpScheme = /^https?:\/\//i;

/**
 * Checks `--base-url`: an absolute path (`/spbe/`) or an http(s) address (scheme in any case), ending
 * with `/`. Refused: `//host/` (another host), quotes, spaces, `?` and `#` (no place in a folder
 * address), `.` and `..` segments (the address would not be the folder written), and an address a URL
 * parser rejects (a port above 65535) or that carries a user name or password.
 */
export function isSiteBaseUrl(value: string): boolean {
    if (!/^(?:\/(?!\/)|https?:\/\/[^\s/?#"<>\\]+\/)(?:[^\s?#"<>\\]*\/)?$/i.test(value)) {
        return false;
    }
    const folder = httpScheme.test(value) ? value.replace(httpScheme, '').replace(/^[^/]*/, '') : value;
    if (folder.split('/').some(segment => /^(?:\.|%2e){1,2}$/i.test(segment))) {
        return false;
    }
    if (!httpScheme.test(value)) {
        return true;
    }
    try {
        const url = new URL(value);
        return url.username === '' && url.password === '';
    } catch {
        return false;
    }
}

/**
 * The static portal of a workspace, as files relative to the site's root: Beranda, one page per
 * OPD (its elements as sections), Peta Rencana, Diagram, Temuan, Cari, and under assets/ the styles, the
 * scripts (the diagram app, the page script), the search index and the diagrams' data. Every page
 * works from `file://` and from any static host; nothing is loaded from elsewhere.
 */
export async function generateSite(input: SiteInput, assets: SiteAssets): Promise<OutputFile[]> {
    // Bidi controls a title leaves open are dropped once here, for every page, payload and label.
    const c = new SiteContext({ ...input, model: siteModel(input.model) });
    const diagrams = await siteDiagrams(c, input.findings.elements);
    const files: OutputFile[] = [
        { name: c.paths.home, content: homePage(c) },
        { name: c.paths.roadmap, content: roadmapPage(c) },
        { name: c.paths.diagram, content: diagramPage(c) },
        { name: c.paths.search, content: searchPage(c) },
        { name: c.paths.findings, content: findingsPage(c) },
        ...c.model.opds.map(o => ({ name: c.paths.opd(o.code), content: opdPage(c, o) })),
        { name: 'assets/site.css', content: assets.siteStyle },
        { name: 'assets/site.js', content: assets.siteScript },
        { name: 'assets/preview.css', content: assets.diagramStyle },
        { name: 'assets/diagram-app.js', content: assets.diagramApp },
        { name: 'assets/search-index.js', content: searchIndexScript(c) },
        { name: diagramDataPath(), content: diagrams.overview },
        ...[...diagrams.opds].map(([code, script]) => ({ name: diagramDataPath(code), content: script }))
    ];
    if (input.baseUrl !== undefined && httpScheme.test(input.baseUrl)) {
        files.push({ name: 'sitemap.xml', content: sitemap(input.baseUrl, files.filter(f => f.name.endsWith('.html')).map(f => f.name)) });
    }
    return files;
}

/** The pages' addresses (with an absolute `--base-url`), for an intranet's search engine. */
function sitemap(baseUrl: string, pages: readonly string[]): string {
    const urls = pages.map(p => `<url><loc>${escapeXml(baseUrl + p)}</loc></url>`);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
