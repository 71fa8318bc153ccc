import type { Locale } from 'spbe-model';
import { escapeHtml as e } from '../output/escape.js';
import { relativeLink, type SitePaths } from './site-paths.js';
import { siteWord } from './site-words.js';

/**
 * The portal's strict Content Security Policy: nothing inline (no script, no style, no event
 * attribute), nothing from another origin; scripts, styles and images only from the site itself.
 * No `file:` source: Chromium matches `'self'` for a page opened from disk against the files beside it
 * (test/site/site-browser.test.ts loads every page from file:// with this policy and no console
 * error), while `file:` would let a page load any file of the disk as a script.
 */
export const SiteCsp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'";

/** What every page shares: where it is, what it is called, what it loads. */
export interface PageFrame {
    /** The page's path from the site's root (`opd/DINKES.html`). */
    readonly path: string;
    readonly title: string;
    readonly locale: Locale;
    /** The pemda's title, shown in the header of every page. */
    readonly siteTitle: string;
    /** The example banner (`ilustrasi`) and the errors notice: first on every page. */
    readonly notices: readonly string[];
    readonly paths: SitePaths;
    /** Which top-level section the page belongs to (marked as current in the navigation). */
    readonly section: 'home' | 'opd' | 'roadmap' | 'diagram' | 'findings' | 'search';
    /** Extra scripts (root-relative), loaded after the page's markup, in order. */
    readonly scripts?: readonly string[];
    /** Extra styles (root-relative). */
    readonly styles?: readonly string[];
    /** `--base-url`: the site's address on its host; each page names its canonical address from it. */
    readonly baseUrl?: string;
}

/** The HTML page around `body` (already escaped markup): header with navigation and search, notices, footer. */
export function sitePage(frame: PageFrame, body: string): string {
    const l = frame.locale;
    const link = (to: string) => e(relativeLink(frame.path, to));
    const nav = ([['home', frame.paths.home], ['roadmap', frame.paths.roadmap], ['diagram', frame.paths.diagram], ['findings', frame.paths.findings], ['search', frame.paths.search]] as const)
        .map(([key, to]) => `<li><a href="${link(to)}"${frame.section === key ? ' aria-current="page"' : ''}>${e(siteWord(key, l))}</a></li>`).join('');
    const styles = ['assets/site.css', ...(frame.styles ?? [])].map(s => `<link rel="stylesheet" href="${link(s)}">`).join('\n');
    const scripts = [...(frame.scripts ?? []), 'assets/site.js'].map(s => `<script src="${link(s)}"></script>`).join('\n');
    return `<!DOCTYPE html>
<html lang="${l}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(SiteCsp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
${frame.baseUrl === undefined ? '' : `<link rel="canonical" href="${e(frame.baseUrl + frame.path)}">\n`}<title>${e(frame.title)} — ${e(frame.siteTitle)}</title>
${styles}
</head>
<body>
<a class="skip" href="#isi">${e(siteWord('skip', l))}</a>
<header class="site-header">
<p class="site-title"><a href="${link(frame.paths.home)}"><bdi>${e(frame.siteTitle)}</bdi></a></p>
<nav aria-label="${e(siteWord('mainNav', l))}"><ul>${nav}</ul></nav>
<form class="site-search" role="search" aria-label="${e(siteWord('searchSite', l))}" action="${link(frame.paths.search)}" method="get">
<label for="site-q">${e(siteWord('search', l))}</label>
<input type="search" id="site-q" name="q" placeholder="${e(siteWord('searchPlaceholder', l))}" autocomplete="off">
<button type="submit">${e(siteWord('search', l))}</button>
</form>
${frame.notices.map(n => `<p class="notice" role="note">${e(n)}</p>`).join('\n')}
</header>
<main id="isi" tabindex="-1">
<h1><bdi>${e(frame.title)}</bdi></h1>
${body}
</main>
<footer class="site-footer"><p>${e(siteWord('generatedFrom', l))}</p></footer>
${scripts}
</body>
</html>
`;
}
