import * as path from 'node:path';
import type { Command } from 'commander';
import type { Locale } from 'spbe-model';
import { buildSite, diskSiteSource, WorkspaceHasErrorsError } from 'spbe-server';
import { addLocaleOption } from '../options.js';
import { printPaths } from './text-output.js';
import { printWorkspaceErrors } from './workspace-errors.js';

/** The closing line after a site built from a workspace with errors (`--allow-errors`). */
const builtWithErrors: Readonly<Record<Locale, (errors: number) => string>> = {
    id: errors => `situs dibuat dari ruang kerja dengan ${errors} galat (--allow-errors); setiap halaman menyebutkannya`,
    en: errors => `the site was built from a workspace with ${errors} error(s) (--allow-errors); every page says so`
};

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
        await printWorkspaceErrors(source, options.locale, err, errors => builtWithErrors[options.locale](errors));
        return 0;
    } catch (error) {
        if (!(error instanceof WorkspaceHasErrorsError)) {
            throw error;
        }
        await printWorkspaceErrors(source, options.locale, err, () => error.in(options.locale));
        return 1;
    }
}

/** Registers `spbe build site` (and the `build` group) on the program. */
export function registerBuildCommands(program: Command, context: { readonly out: (text: string) => void; exitCode: number }): void {
    const build = program.command('build').description('build publishable outputs from a workspace');
    addLocaleOption(build.command('site')
        .description('a static website of the architecture (Beranda, one page per OPD, Peta Rencana, Diagram, search) that works from file:// and any static host')
        .argument('[dir]', 'workspace folder', '.')
        .option('-o, --output <dir>', 'output folder (default: <dir>/out/site); replaced as a whole')
        .option('--base-url <url>', "the site's address on its host (/spbe/ or https://host/spbe/), for canonical links")
        .option('--allow-errors', 'build even when the workspace has errors'), 'language of the pages')
        .action(async (dir: string, opts: BuildSiteOptions) => {
            context.exitCode = await buildSiteCommand(dir, opts, context.out, text => { process.stderr.write(text); });
        });
}
