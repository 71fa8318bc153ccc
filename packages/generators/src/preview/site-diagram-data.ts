import type { PreviewParams, PreviewPayload, PreviewView } from './preview-model.js';

/**
 * The contract between the static site's pages and the diagram app (plain data, no DOM): which
 * controls the page serves and the payloads it carries, computed when the site was built.
 */

/** The controls a host can serve; the app hides the others. */
export interface HostFeatures {
    /** The views the view selector offers (hidden with fewer than two). */
    readonly views: readonly PreviewView[];
    /** The OPD selector of the `opd` view. */
    readonly opdChoice: boolean;
    /** The year slider. */
    readonly years: boolean;
    /** The OPD and domain filters. */
    readonly filters: boolean;
    /** The SVG and PNG export buttons. */
    readonly exports: boolean;
}

/**
 * What a static page of `spbe build site` gives the diagram app, in a script that sets
 * `window.SpbeSiteDiagrams` (a `<script src>`: pages opened from `file://` cannot fetch files).
 */
export interface SiteDiagrams {
    readonly features: HostFeatures;
    /** The view shown first. */
    readonly initial: PreviewParams;
    /** Every view the page offers, by `siteDiagramKey`. */
    readonly payloads: Readonly<Record<string, PreviewPayload>>;
    /** Relative links from this page: `OPD.NAME` → the element's place, `opd:CODE` → the OPD's page. */
    readonly links: Readonly<Record<string, string>>;
}

/** The key of a precomputed view: view, OPD and year (filters are not offered on static pages). */
export function siteDiagramKey(params: Pick<PreviewParams, 'view' | 'opd' | 'year'>): string {
    return `${params.view}|${params.opd ?? ''}|${params.year ?? ''}`;
}
