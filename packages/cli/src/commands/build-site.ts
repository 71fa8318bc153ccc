import * as path from 'node:path';
import type { Locale } from 'spbe-model';
import { buildSite, diskSiteSource, WorkspaceHasErrorsError } from 'spbe-server';
import { cliSentence } from '../cli-sentences.js';
import { printPaths } from './text-output.js';
import { printWorkspaceErrors } from './workspace-errors.js';

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
        : { dir: path.resolve(options.output) };
    try {
        const site = await buildSite(source, target, { locale: options.locale, baseUrl: options.baseUrl, allowErrors: options.allowErrors === true }, options.locale);
        printPaths([site.index], out);
        await printWorkspaceErrors(source, options.locale, err, errors => cliSentence('siteAllowedErrors', options.locale, { errors }));
        return 0;
    } catch (error) {
        if (!(error instanceof WorkspaceHasErrorsError)) {
            throw error;
        }
        await printWorkspaceErrors(source, options.locale, err, () => error.in(options.locale));
        return 1;
    }
}
