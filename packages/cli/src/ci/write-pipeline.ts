import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from 'spbe-model';
import { displayPath, findSourceFiles, UserError, writeFileAtomic } from 'spbe-server';
import { repositoryRoot } from '../repository-path.js';
import { ciSentence } from './ci-sentences.js';
import { pipelineText, PipelineFiles, type CiSystem } from './pipeline-templates.js';

export interface PipelineRequest {
    readonly system: CiSystem;
    /** The workspace folder (it must hold `.spbe` files). */
    readonly folder: string;
    /** Replace an existing pipeline file. */
    readonly force?: boolean;
    /** The CLI tarball's path in the repository or its URL (default `./tools/spbe-tools-<version>.tgz`). */
    readonly tarball?: string;
    readonly version: string;
    readonly locale: Locale;
}

export interface PipelineWritten {
    /** The absolute path of the written pipeline file. */
    readonly file: string;
    /** What the user must still do or know, one sentence each, in their language. */
    readonly notes: string[];
}

/** A relative path as `./path`: npm reads a bare `tools/x.tgz` as a GitHub `owner/repo` shorthand. */
function asNpmSpec(tarball: string): string {
    return /^(https?:\/\/|\.{0,2}\/)/.test(tarball) ? tarball : `./${tarball}`;
}

/** A pipeline checked and ready to write (see preparePipeline). */
export interface PreparedPipeline {
    /** The absolute path the pipeline file will have. */
    readonly file: string;
    readonly write: () => Promise<PipelineWritten>;
}

/**
 * Checks, before anything is written, where the CI pipeline for a workspace goes: the root of the git
 * repository holding it (where GitHub and GitLab look for it; the folder itself when it is in no
 * repository), the workspace named relative to that root. Refuses (`UserError`) a folder without
 * `.spbe` files unless `newWorkspace` (spbe init is about to create them), and an existing pipeline
 * file unless `force`. Never writes a `.spbe` file (the target is a `.yml`, and writeFileAtomic
 * refuses sources anyway).
 */
export async function preparePipeline(request: PipelineRequest & { readonly newWorkspace?: boolean }): Promise<PreparedPipeline> {
    const folder = path.resolve(request.folder);
    if (!request.newWorkspace && (await findSourceFiles(folder).catch(() => [])).length === 0) {
        throw new UserError({ id: ciSentence('noWorkspace', 'id', { folder }), en: ciSentence('noWorkspace', 'en', { folder }) });
    }
    const foundRoot = repositoryRoot(folder);
    const root = foundRoot ?? folder;
    const relativeFile = PipelineFiles[request.system];
    const file = path.join(root, relativeFile);
    if (existsSync(file) && !request.force) {
        const shown = displayPath(file);
        throw new UserError({ id: ciSentence('pipelineExists', 'id', { file: shown }), en: ciSentence('pipelineExists', 'en', { file: shown }) });
    }
    const workspace = path.relative(root, folder).split(path.sep).join('/') || '.';
    const tarball = asNpmSpec(request.tarball ?? `tools/spbe-tools-${request.version}.tgz`);
    const locale = request.locale;
    const write = async (): Promise<PipelineWritten> => {
        await writeFileAtomic(relativeFile, pipelineText(request.system, { workspace, tarball, version: request.version, locale }), { root, overwrite: true });
        const notes: string[] = [];
        if (!foundRoot) {
            notes.push(ciSentence('notInRepository', locale, { folder: displayPath(folder) }));
        }
        const isUrl = /^https?:\/\//.test(tarball);
        notes.push(isUrl || existsSync(path.resolve(root, tarball))
            ? ciSentence('tarballFrom', locale, { tarball })
            : ciSentence('tarballMissing', locale, { tarball, file: relativeFile }));
        if (request.system === 'github') {
            notes.push(ciSentence('codeScanning', locale));
        }
        return { file, notes };
    };
    return { file, write };
}

/** preparePipeline, then write it. */
export async function writePipeline(request: PipelineRequest): Promise<PipelineWritten> {
    return (await preparePipeline(request)).write();
}
