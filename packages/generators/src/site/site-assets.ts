import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

/** The browser files every site carries, as built by `npm run build` (scripts/bundle-browser.mjs). */
export interface SiteAssets {
    /** The diagram app (the one VS Code's preview runs). */
    readonly diagramApp: string;
    readonly diagramStyle: string;
    /** The page script: search, sortable tables. */
    readonly siteScript: string;
    readonly siteStyle: string;
}

/** Thrown when the browser bundles are missing (the package was not built). */
export class SiteAssetsMissingError extends Error {}

/**
 * The folder of the bundles: `out/browser/` of this package, from its sources (tests) or its build.
 * A bundler that inlines this package passes its own folder to `readSiteAssets` instead.
 */
export function siteAssetsDir(): string {
    return fileURLToPath(new URL('../../out/browser/', import.meta.url));
}

/** Reads the bundles; a missing one is a `SiteAssetsMissingError` naming the file and the fix. */
export async function readSiteAssets(dir = siteAssetsDir()): Promise<SiteAssets> {
    const read = async (name: string) => {
        try {
            return await readFile(path.join(dir, name), 'utf-8');
        } catch {
            throw new SiteAssetsMissingError(`${path.join(dir, name)} is missing: run \`npm run build\` first.`);
        }
    };
    const [diagramApp, diagramStyle, siteScript, siteStyle] = await Promise.all(['diagram-app.js', 'preview.css', 'site-client.js', 'site.css'].map(read));
    return { diagramApp, diagramStyle, siteScript, siteStyle };
}
