import type { Locale } from 'spbe-model';
import { writePipeline } from '../ci/write-pipeline.js';
import type { CiSystem } from '../ci/pipeline-templates.js';
import { printPaths } from './text-output.js';

export interface CiTemplateOptions {
    readonly force?: boolean;
    readonly tarball?: string;
    readonly locale: Locale;
}

/**
 * `spbe ci-template github|gitlab [dir]`: the pipeline file for an existing workspace, at the root of
 * its git repository; prints its path, then what is left to do (where the CLI tarball must be).
 * Exit 2 (nothing written) for a folder without `.spbe` files or an existing pipeline file without `--force`.
 */
export async function ciTemplateCommand(system: CiSystem, dir: string, options: CiTemplateOptions, version: string, out: (text: string) => void): Promise<number> {
    const written = await writePipeline({ system, folder: dir, force: options.force, tarball: options.tarball, version, locale: options.locale });
    printPaths([written.file], out);
    out(written.notes.map(n => `${n}\n`).join(''));
    return 0;
}
