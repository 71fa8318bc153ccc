import { defineCommand } from '../command-definition.js';
import type { BuildSiteOptions } from '../commands/build-site.js';
import { addLocaleOption } from '../options.js';

/** `spbe build site [dir]`. */
export const buildSiteDefinition = defineCommand({
    path: ['build', 'site'],
    define: command => addLocaleOption(command
        .description('a static website of the architecture (Beranda, one page per OPD, Peta Rencana, Diagram, search) that works from file:// and any static host')
        .argument('[dir]', 'workspace folder', '.')
        .option('-o, --output <dir>', 'output folder (default: <dir>/out/site); replaced as a whole')
        .option('--base-url <url>', "the site's address on its host (/spbe/ or https://host/spbe/), for canonical links")
        .option('--allow-errors', 'build even when the workspace has errors'), 'language of the pages'),
    run: async (context, dir: string, opts: BuildSiteOptions) =>
        (await import('../commands/build-site.js')).buildSiteCommand(dir, opts, context.out, context.err)
});
