import * as path from 'node:path';
import type { Locale } from 'spbe-model';
import { buildSite, diskSiteSource } from 'spbe-server';
import { cliSentence } from '../cli-sentences.js';
import { runErrorGatedGenerator } from './workspace-errors.js';

export interface BuildSiteOptions {
    readonly output?: string;
    readonly locale: Locale;
    readonly baseUrl?: string;
    readonly allowErrors?: boolean;
}

/**
 * `spbe build site`: the static portal of a workspace, into `<dir>/out/site` or `-o <dir>`; prints
 * the path of its start page. A workspace with errors is refused (its errors listed, exit 1) unless
 * --allow-errors; then every page says so and the errors go to stderr.
 */
export async function buildSiteCommand(dir: string, options: BuildSiteOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
    const source = diskSiteSource(dir, options.locale);
    const target = options.output === undefined
        ? { dir: path.resolve(dir, 'out', 'site'), boundary: path.resolve(dir) }
        : { dir: options.output };
    return runErrorGatedGenerator(source, options.locale, out, err, async () =>
        [(await buildSite(source, target, { locale: options.locale, baseUrl: options.baseUrl, allowErrors: options.allowErrors === true }, options.locale)).index],
    errors => cliSentence('siteAllowedErrors', options.locale, { errors }));
}
