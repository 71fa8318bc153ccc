import * as path from 'node:path';
import type { Locale } from 'spbe-model';
import { displayPath, findSourceFiles, initWorkspace } from 'spbe-server';
import { ciSentence } from '../ci/ci-sentences.js';
import type { CiSystem } from '../ci/pipeline-templates.js';
import { installPreCommitHook } from '../ci/pre-commit-hook.js';
import { writePipeline } from '../ci/write-pipeline.js';
import { printPaths } from './text-output.js';

export interface InitOptions {
    readonly name: string;
    readonly title: string;
    readonly year: number;
    /** Also write this CI system's pipeline (`spbe ci-template`). */
    readonly ci?: CiSystem;
    /** Also install the git pre-commit hook. */
    readonly hooks?: boolean;
    /** Replace an existing pipeline file or a pre-commit hook that is not ours. */
    readonly force?: boolean;
    readonly tarball?: string;
    readonly locale: Locale;
}

/**
 * Scaffolds a new workspace; refuses (exit 2, nothing written) a folder that already has `.spbe`
 * files or cannot be read, and parameters the shared check rejects. With `--ci` or `--hooks`, a
 * folder that already holds a workspace is kept as it is (no `.spbe` file written) and only the
 * pipeline file and/or the hook are added.
 */
export async function initCommand(dir: string, options: InitOptions, version: string, out: (text: string) => void): Promise<number> {
    const extras = options.ci !== undefined || options.hooks === true;
    const existing = extras ? await findSourceFiles(path.resolve(dir)).catch(() => []) : [];
    const notes: string[] = [];
    if (existing.length > 0) {
        notes.push(ciSentence('initExisting', options.locale, { folder: displayPath(path.resolve(dir)) }));
    } else {
        printPaths(await initWorkspace({ folder: dir, name: options.name, title: options.title, year: options.year }), out);
    }
    if (options.ci) {
        const pipeline = await writePipeline({ system: options.ci, folder: dir, force: options.force, tarball: options.tarball, version, locale: options.locale });
        printPaths([pipeline.file], out);
        notes.push(...pipeline.notes);
    }
    if (options.hooks) {
        const hook = await installPreCommitHook(dir, { force: options.force, version, locale: options.locale });
        printPaths([hook.file], out);
        notes.push(...hook.notes);
    }
    out(notes.map(n => `${n}\n`).join(''));
    return 0;
}
