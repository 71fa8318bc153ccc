import * as path from 'node:path';
import type { Locale } from 'spbe-model';
import { displayPath, findSourceFiles, initWorkspace } from 'spbe-server';
import { ciSentence } from '../ci/ci-sentences.js';
import type { CiSystem } from '../ci/pipeline-templates.js';
import { prepareHook } from '../ci/pre-commit-hook.js';
import { preparePipeline } from '../ci/write-pipeline.js';
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
 * pipeline file and/or the hook are added. Every refusal of those comes before the workspace is written.
 */
export async function initCommand(dir: string, options: InitOptions, version: string, out: (text: string) => void): Promise<number> {
    const extras = options.ci !== undefined || options.hooks === true;
    const existing = extras ? await findSourceFiles(path.resolve(dir)).catch(() => []) : [];
    const newWorkspace = existing.length === 0;
    // Every refusal (an existing pipeline or foreign hook, no git repository) comes before any write.
    const pipeline = options.ci
        ? await preparePipeline({ system: options.ci, folder: dir, force: options.force, tarball: options.tarball, version, locale: options.locale, newWorkspace })
        : undefined;
    const hook = options.hooks ? await prepareHook(dir, { force: options.force, version, locale: options.locale }) : undefined;
    const notes: string[] = [];
    if (newWorkspace) {
        printPaths(await initWorkspace({ folder: dir, name: options.name, title: options.title, year: options.year }), out);
    } else {
        notes.push(ciSentence('initExisting', options.locale, { folder: displayPath(path.resolve(dir)) }));
    }
    for (const prepared of [pipeline, hook]) {
        if (prepared) {
            const written = await prepared.write();
            printPaths([written.file], out);
            written.notes.forEach(note => notes.push(note));
        }
    }
    out(notes.map(n => `${n}\n`).join(''));
    return 0;
}
