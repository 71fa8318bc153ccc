import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { generateSite, isSiteBaseUrl, readSiteAssets, type SiteAssets } from 'spbe-generators';
import { findingsByPlace } from 'spbe-language';
import type { Locale, PlacedFindings } from 'spbe-model';
import { isInside, realLocation, UnsafeWriteError, WriteFailedError, writeFailureReason } from '../workspace/atomic-write.js';
import { localized } from '../workspace/user-error.js';
import { writeOutputs } from '../workspace/write-outputs.js';
import { refuseErrors } from './error-gate.js';
import type { OutputTarget } from './output-target.js';
import { checkLocale, InvalidParameterError } from './request-checks.js';
import { diskWorkspace, type WorkspaceSource } from './workspace-source.js';

/** The untrusted parameters of `spbe build site` / `spbe/buildSite`. */
export interface SiteParams {
    /** `id` or `en`; absent: the caller's default. */
    readonly locale?: unknown;
    /** `--base-url`: `/spbe/` or `https://host/spbe/` (must end with `/`). */
    readonly baseUrl?: unknown;
    /** `true` builds from a workspace with errors (every page then says so); else it is refused. */
    readonly allowErrors?: unknown;
}

/** What `buildSite` wrote: the site's folder, its start page, how many files, the workspace's errors. */
export interface BuiltSite {
    readonly dir: string;
    readonly index: string;
    readonly files: number;
    readonly errors: number;
}

/** A file in the site's root that marks a folder as a site this tool built, so rebuilding may replace it. */
export const SiteMarker = '.spbe-site';

/** The site's source: a validated workspace and all its findings by place (in the site's language). */
export type SiteSource = WorkspaceSource & { placedFindings(): Promise<PlacedFindings> };

async function holdsSpbeSource(dir: string): Promise<boolean> {
    const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    return entries.some(entry => entry.name.endsWith('.spbe'));
}

/**
 * Checks the folder the site will replace: it may not exist yet, be empty, or hold a site built
 * before (the marker file); anything else — a folder with `.spbe` sources, a user's own folder, a
 * file — is refused with `UnsafeWriteError` or `WriteFailedError`, before anything is written.
 */
async function checkTarget(dir: string, boundary: string | undefined): Promise<void> {
    const realBoundary = boundary === undefined ? undefined : await realLocation(boundary, dir);
    const realDir = await realLocation(dir, dir);
    if (realBoundary !== undefined && !isInside(realBoundary, realDir)) {
        throw new UnsafeWriteError(localized(`Menolak menulis di luar ${boundary}: ${dir}`, `Refusing to write outside ${boundary}: ${dir}`));
    }
    const stat = await fs.lstat(dir).catch(() => undefined);
    if (!stat) {
        return;
    }
    if (stat.isSymbolicLink()) {
        throw new WriteFailedError(localized(`${dir} adalah tautan simbolik, bukan folder; pilih folder yang ditujunya atau folder keluaran lain (-o)`,
            `${dir} is a symbolic link, not a folder; choose the folder it leads to or another output folder (-o)`));
    }
    if (!stat.isDirectory()) {
        throw new WriteFailedError(localized(`${dir} adalah berkas, bukan folder; pilih folder keluaran lain (-o)`, `${dir} is a file, not a folder; choose another output folder (-o)`));
    }
    if (await holdsSpbeSource(dir)) {
        throw new UnsafeWriteError(localized(`Menolak menimpa ${dir}: folder itu berisi sumber .spbe; pilih folder keluaran lain (-o)`,
            `Refusing to replace ${dir}: it holds .spbe sources; choose another output folder (-o)`));
    }
    const entries = await fs.readdir(dir);
    if (entries.length > 0 && !entries.includes(SiteMarker)) {
        throw new UnsafeWriteError(localized(`Menolak menimpa ${dir}: folder itu tidak kosong dan bukan situs yang dibuat spbe build site; pilih folder kosong atau baru (-o)`,
            `Refusing to replace ${dir}: it is not empty and not a site built by spbe build site; choose an empty or new folder (-o)`));
    }
}

/** True when a process with id `pid` runs (on this machine); EPERM means it runs as another user. */
function processAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

/**
 * Clears what a build of `dir` killed before it could clean up (`kill -9`, a power cut) left beside it,
 * judged by the pid in the name (`.<name>.<pid>.<hex>.new|old`); a folder of a process that still runs
 * is another build at work and is kept. A `.new` is half a site: removed. An `.old` is the previous
 * site: removed only when the swap finished (`dir` exists and is a site, with the marker); when `dir`
 * is missing the build died between its two renames, and the `.old` is put back as `dir`.
 */
async function recoverStaleBuilds(dir: string): Promise<void> {
    const name = path.basename(dir);
    const parent = path.dirname(dir);
    const entries = await fs.readdir(parent).catch(() => [] as string[]);
    // `.new` first: a restored `.old` must not meet a half-written sibling of its own.
    for (const kind of ['new', 'old'] as const) {
        for (const entry of entries) {
            const match = entry.startsWith(`.${name}.`) ? /^(\d+)\.[0-9a-f]+\.(new|old)$/.exec(entry.slice(name.length + 2)) : null;
            if (!match || match[2] !== kind || Number(match[1]) === process.pid || processAlive(Number(match[1]))) {
                continue;
            }
            const stale = path.join(parent, entry);
            if (kind === 'new') {
                await fs.rm(stale, { recursive: true, force: true });
            } else if (!await fs.lstat(dir).then(() => true, () => false)) {
                await fs.rename(stale, dir);
            } else if (await fs.lstat(path.join(dir, SiteMarker)).then(() => true, () => false)) {
                await fs.rm(stale, { recursive: true, force: true });
            }
        }
    }
}

/** The build running or queued last for each output folder (resolved path) in this process. */
const buildsByFolder = new Map<string, Promise<unknown>>();

/**
 * Runs `work` after every build of `dir` started before it in this process has ended, so that two
 * requests for one folder (an editor's double click, two windows) never swap folders under each other.
 */
async function oneBuildAtATime<T>(dir: string, work: () => Promise<T>): Promise<T> {
    const run = (buildsByFolder.get(dir) ?? Promise.resolve()).catch(() => undefined).then(work);
    const settled = run.catch(() => undefined);
    buildsByFolder.set(dir, settled);
    try {
        return await run;
    } finally {
        if (buildsByFolder.get(dir) === settled) {
            buildsByFolder.delete(dir);
        }
    }
}

/**
 * Builds the static portal of a workspace (spec §6; `spbe build site`) into `target.dir`,
 * atomically: every file is written into a new folder beside it, which then replaces the old site
 * by two renames, so a reader or a failed build never sees half a site; builds of one folder in this
 * process run one after the other, and what a killed build left beside it is cleared first. Checks the locale and the
 * base URL before loading (`InvalidParameterError`), refuses a workspace with errors unless
 * `allowErrors` (`WorkspaceHasErrorsError`), and never replaces a folder holding `.spbe` sources or
 * files that are not a previous site. `assets` defaults to this installation's browser bundles.
 */
export async function buildSite(source: SiteSource, target: OutputTarget, params: SiteParams, defaultLocale: Locale, assets?: SiteAssets): Promise<BuiltSite> {
    const locale = checkLocale(params.locale, defaultLocale);
    const baseUrl = params.baseUrl;
    if (baseUrl !== undefined && (typeof baseUrl !== 'string' || !isSiteBaseUrl(baseUrl))) {
        throw new InvalidParameterError(localized(`--base-url ${JSON.stringify(baseUrl)} tidak valid; tulis jalur yang diawali dan diakhiri '/' (/spbe/) atau alamat http(s) yang diakhiri '/'`,
            `--base-url ${JSON.stringify(baseUrl)} is not valid; write a path that starts and ends with '/' (/spbe/) or an http(s) address ending with '/'`));
    }
    // `-o ''` would resolve to the current folder: a path left empty by mistake is refused, not guessed.
    if (target.dir.trim() === '') {
        throw new InvalidParameterError(localized('folder keluaran (-o) kosong; tulis jalur folder situs', 'the output folder (-o) is an empty path; write the site folder\'s path'));
    }
    const dir = path.resolve(target.dir);
    return oneBuildAtATime(dir, () => buildInto(dir, source, target, params.allowErrors, locale, baseUrl as string | undefined, assets));
}

/** `buildSite` once its parameters are checked and no other build of `dir` runs in this process. */
async function buildInto(dir: string, source: SiteSource, target: OutputTarget, allowErrors: unknown, locale: Locale, baseUrl: string | undefined, assets?: SiteAssets): Promise<BuiltSite> {
    await recoverStaleBuilds(dir);
    await checkTarget(dir, target.boundary);
    const workspace = await source.validated();
    refuseErrors(workspace, allowErrors);
    const files = await generateSite({ model: workspace.model, findings: await source.placedFindings(), locale, workspaceErrors: workspace.counts.errors, baseUrl }, assets ?? await readSiteAssets());
    const parent = path.dirname(dir);
    const stamp = `${process.pid}.${randomBytes(4).toString('hex')}`;
    const fresh = path.join(parent, `.${path.basename(dir)}.${stamp}.new`);
    const old = path.join(parent, `.${path.basename(dir)}.${stamp}.old`);
    try {
        await writeOutputs([...files, { name: SiteMarker, content: 'Built by spbe build site; rebuilding replaces this folder.\n' }], fresh, target.boundary ?? parent);
        const existed = await fs.rename(dir, old).then(() => true, (error: NodeJS.ErrnoException) => {
            if (error.code === 'ENOENT') {
                return false;
            }
            throw error;
        });
        try {
            await fs.rename(fresh, dir);
        } catch (error) {
            if (existed) {
                await fs.rename(old, dir);
            }
            throw error;
        }
        if (existed) {
            await fs.rm(old, { recursive: true, force: true });
        }
    } catch (error) {
        await fs.rm(fresh, { recursive: true, force: true });
        if (error instanceof UnsafeWriteError || (error instanceof WriteFailedError && error.code === undefined)) {
            throw error;
        }
        // The user named `dir`, not the temporary folder beside it: the message says what failed for `dir`.
        const code = error instanceof WriteFailedError ? error.code! : (error as NodeJS.ErrnoException).code ?? String(error);
        const reason = writeFailureReason(code) ?? { id: code, en: code };
        throw new WriteFailedError(localized(`Tidak dapat menulis situs ke ${dir}: ${reason.id} (${code}); situs sebelumnya, jika ada, tidak berubah`,
            `Cannot write the site to ${dir}: ${reason.en} (${code}); the previous site, if any, is unchanged`), code);
    }
    return { dir, index: path.join(dir, 'index.html'), files: files.length + 1, errors: workspace.counts.errors };
}

/** A workspace folder on disk as the site's source (`diskWorkspace`, plus its findings by place). */
export function diskSiteSource(dir: string, locale: Locale): SiteSource & ReturnType<typeof diskWorkspace> {
    const source = diskWorkspace(dir, { locale });
    return { ...source, placedFindings: async () => findingsByPlace((await source.loaded()).documents) };
}
