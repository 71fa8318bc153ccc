import { execFile, spawn } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { WorkspaceLoadError, type SourceEntry } from './load-workspace.js';
import { localized } from './user-error.js';

const run = promisify(execFile);

/** git could not be started at all (not installed, not on PATH): says so, instead of blaming the revision. */
class GitMissingError extends WorkspaceLoadError { }

function gitMissing(cwd: string): GitMissingError {
    return new GitMissingError(localized(
        `git tidak dapat dijalankan untuk ${cwd}: pasang git dan pastikan ada di PATH, atau bandingkan dua folder (spbe diff <lama> <baru>)`,
        `git could not be started for ${cwd}: install git and put it on the PATH, or compare two folders (spbe diff <old> <new>)`));
}

async function git(cwd: string, args: string[]): Promise<string> {
    try {
        const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
        return stdout;
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            throw gitMissing(cwd);
        }
        const detail = ((error as { stderr?: string }).stderr?.trim() || (error as Error).message).split('\n')[0];
        throw new WorkspaceLoadError(localized(`git ${args[0]} gagal di ${cwd}: ${detail}`, `git ${args[0]} failed in ${cwd}: ${detail}`));
    }
}

/** Reads many blobs through one `git cat-file --batch` process instead of one process per file. */
function readBlobs(cwd: string, ids: readonly string[]): Promise<Map<string, Uint8Array>> {
    return new Promise((resolve, reject) => {
        const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks: Buffer[] = [];
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
        child.on('error', error => reject((error as NodeJS.ErrnoException).code === 'ENOENT' ? gitMissing(cwd) : error));
        child.on('close', code => {
            if (code !== 0) {
                reject(new WorkspaceLoadError(localized(`git cat-file gagal: ${stderr.trim()}`, `git cat-file failed: ${stderr.trim()}`)));
                return;
            }
            const all = Buffer.concat(chunks);
            const blobs = new Map<string, Uint8Array>();
            let offset = 0;
            while (offset < all.length) {
                const headerEnd = all.indexOf(0x0a, offset);
                const [id, type, size] = all.subarray(offset, headerEnd).toString().split(' ');
                if (type !== 'blob') {
                    reject(new WorkspaceLoadError(localized(`objek git ${id} bukan berkas`, `git object ${id} is not a file`)));
                    return;
                }
                const start = headerEnd + 1;
                blobs.set(id, all.subarray(start, start + Number(size)));
                offset = start + Number(size) + 1;
            }
            resolve(blobs);
        });
        child.stdin.end(ids.map(id => `${id}\n`).join(''));
    });
}

export interface GitRevisionSources {
    /** The revision as git names it (`abc1234 (HEAD~2)`). */
    readonly label: string;
    readonly sources: readonly SourceEntry[];
}

/**
 * The `.spbe` files of folder `dir` as they are in git revision `ref`, read from the object store
 * without touching the working tree. Paths are given as if the revision were checked out in `dir`.
 */
export async function gitRevisionSources(dir: string, ref: string): Promise<GitRevisionSources> {
    const root = path.resolve(dir);
    if (ref.startsWith('-')) {
        throw new WorkspaceLoadError(localized(`bukan revisi git: ${ref}`, `not a git revision: ${ref}`));
    }
    const commit = (await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch((error: unknown) => {
        if (error instanceof GitMissingError) {
            throw error;
        }
        throw new WorkspaceLoadError(localized(
            `revisi git "${ref}" tidak dikenal di ${dir}; periksa namanya (git log) dan bahwa folder itu ada dalam repositori git`,
            `unknown git revision "${ref}" in ${dir}; check its name (git log) and that the folder is in a git repository`));
    })).trim();
    const listing = await git(root, ['ls-tree', '-r', '-z', commit, '--', '.']);
    const entries = listing.split('\0').filter(Boolean).flatMap(line => {
        const tab = line.indexOf('\t');
        const [, type, id] = line.slice(0, tab).split(' ');
        const file = line.slice(tab + 1);
        const skipped = file.split('/').some((part, i, parts) => i < parts.length - 1 && (part.startsWith('.') || part === 'node_modules' || part === 'out'));
        return type === 'blob' && file.endsWith('.spbe') && !skipped ? [{ id, file }] : [];
    });
    const blobs = await readBlobs(root, entries.map(e => e.id));
    const short = commit.slice(0, 10);
    return {
        label: ref === short || commit.startsWith(ref) ? short : `${ref} (${short})`,
        sources: entries.map(({ id, file }) => ({ file: path.join(root, ...file.split('/')), read: async () => blobs.get(id)! }))
    };
}
