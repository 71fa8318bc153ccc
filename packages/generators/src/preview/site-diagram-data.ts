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
    /** Every view the page offers, by `siteDiagramKey`; read them with `sitePayload`. */
    readonly payloads: Readonly<Record<string, StoredPayload>>;
    /** Relative links from this page: `OPD.NAME` → the element's place, `opd:CODE` → the OPD's page. */
    readonly links: Readonly<Record<string, string>>;
}

/** The key of a precomputed view: view, OPD and year (filters are not offered on static pages). */
export function siteDiagramKey(params: Pick<PreviewParams, 'view' | 'opd' | 'year'>): string {
    return `${params.view}|${params.opd ?? ''}|${params.year ?? ''}`;
}

/** The large parts of a payload that views for different years often have in common. */
const SharedFields = ['nodes', 'edges', 'bands', 'containers'] as const;
type SharedField = typeof SharedFields[number];

/**
 * A payload as a site page stores it: a part equal to the same part of an earlier payload is left
 * out and `shared` names that payload's key instead (a 5,000-element city's views for each year of
 * the periode are mostly alike; stored whole, they made the Diagram page's data 12 MB).
 */
export type StoredPayload = Omit<PreviewPayload, SharedField> & Partial<Pick<PreviewPayload, SharedField>> & {
    readonly shared?: Partial<Record<SharedField, string>>;
};

/**
 * The payloads of a page, by key, each part stored once: a part is kept in the first payload that
 * has it and referred to (by that payload's key) from the later ones with an equal part.
 */
export function sharePayloads(payloads: ReadonlyArray<readonly [string, PreviewPayload]>): Record<string, StoredPayload> {
    const first = new Map<string, string>();
    const stored: Record<string, StoredPayload> = {};
    for (const [key, payload] of payloads) {
        const own: Record<string, unknown> = { ...payload };
        const shared: Partial<Record<SharedField, string>> = {};
        for (const field of SharedFields) {
            // The field's name is part of the text, so that equal text means the same kind of part.
            const text = `${field}:${JSON.stringify(payload[field])}`;
            const owner = first.get(text);
            if (owner === undefined) {
                first.set(text, key);
            } else {
                shared[field] = owner;
                delete own[field];
            }
        }
        stored[key] = (Object.keys(shared).length > 0 ? { ...own, shared } : own) as StoredPayload;
    }
    return stored;
}

/** The payload stored under `key`, with its shared parts put back; `undefined` when there is none. */
export function sitePayload(payloads: Readonly<Record<string, StoredPayload>>, key: string): PreviewPayload | undefined {
    const stored = payloads[key];
    if (!stored) {
        return undefined;
    }
    const { shared, ...own } = stored;
    const parts: Partial<Record<SharedField, unknown>> = {};
    for (const [field, owner] of Object.entries(shared ?? {}) as Array<[SharedField, string]>) {
        parts[field] = payloads[owner]?.[field];
    }
    return { ...own, ...parts } as PreviewPayload;
}
