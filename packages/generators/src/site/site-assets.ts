import { existsSync } from 'node:fs';
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
 * The folder of the bundles: `out/browser/` of this package, from its sources (tests) or its build;
 * inlined by a bundler (the CLI's dist/, the VS Code server), the `browser/` folder its build copies
 * next to the bundle's files. The first that holds the diagram app wins; the package's own folder
 * otherwise, so that the missing-file error names where `npm run build` puts them.
 */
export function siteAssetsDir(): string {
    const candidates = ['../../out/browser/', './browser/', '../browser/'].map(relative => fileURLToPath(new URL(relative, import.meta.url)));
    return candidates.find(dir => existsSync(path.join(dir, 'diagram-app.js'))) ?? candidates[0];
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
