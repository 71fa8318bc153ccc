import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FileSystemReasons, type Bilingual } from 'spbe-model';
import { removeStaleTempFiles, tempFileName } from './stale-temp-files.js';
import { localized, UserError, type LocalizedText } from './user-error.js';

/** A write the tools refuse: outside the allowed folder, over a `.spbe` source, over a file without consent. */
export class UnsafeWriteError extends UserError { }

/**
 * The disk refused the write (full, read-only, no permission, a file where a folder must be); the previous
 * file is untouched. `code` is the system's error code (`EACCES`) when the disk gave one, so a caller
 * writing through a temporary folder can say the same about the folder the user named.
 */
export class WriteFailedError extends UserError {
    constructor(text: string | LocalizedText, readonly code?: string) {
        super(text);
    }
}

const fileInTheWay: Bilingual = { id: 'sebuah berkas menghalangi folder', en: 'a file is in the way of the folder' };

const reasons: Record<string, Bilingual> = {
    ...FileSystemReasons,
    ENOSPC: { id: 'ruang disk habis', en: 'no space left on the device' },
    EDQUOT: { id: 'kuota disk terlampaui', en: 'disk quota exceeded' },
    EROFS: { id: 'sistem berkas hanya-baca', en: 'the file system is read-only' },
    EISDIR: { id: 'sudah ada folder dengan nama itu', en: 'a folder has that name' },
    ENOTDIR: fileInTheWay,
    EEXIST: fileInTheWay
};

/** `mkdir` in an existing folder answered ENOENT: a special file system (`/proc`, `/sys`) that holds no new folders. */
const noNewFolders: Bilingual = { id: 'sistem berkas di sana tidak menerima folder baru', en: 'the file system there does not accept new folders' };

/** Why the disk refused, in words (`EACCES` → permission denied), or undefined for a code without words. */
export function writeFailureReason(code: string): Bilingual | undefined {
    return code === 'ENOENT' ? noNewFolders : reasons[code];
}

export interface WriteOptions {
    /** The folder `target` is relative to; writes must stay inside it (after resolving `..` and symlinked parents). */
    readonly root: string;
    /**
     * The folder whose real location bounds the write (default `root`). A default output folder such as
     * `<workspace>/out` passes the workspace, so an `out` that is a symlink cannot carry files elsewhere.
     */
    readonly boundary?: string;
    /** Replace an existing file (never a `.spbe` source unless `allowSourceOverwrite`). */
    readonly overwrite?: boolean;
    readonly allowSourceOverwrite?: boolean;
}

/**
 * Writes `content` to `target` through a temporary file in the same folder and a rename, so a reader
 * sees the old file or the whole new one, never half a file; a failed write leaves the old file as it was.
 * Every check (inside the boundary after resolving symlinks, no file where a folder must be) runs
 * before any folder is created; temp files a killed writer left in the folder go first (`removeStaleTempFiles`). Throws `UnsafeWriteError` or `WriteFailedError`, both naming the path.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array, options: WriteOptions): Promise<void> {
    const root = path.resolve(options.root);
    const boundary = path.resolve(options.boundary ?? root);
    const file = path.resolve(root, target);
    if (!isInside(boundary, root) || !isInside(root, file)) {
        throw new UnsafeWriteError(localized(`Menolak menulis di luar ${boundary}: ${target}`, `Refusing to write outside ${boundary}: ${target}`));
    }
    const dir = path.dirname(file);
    const realBoundary = await realLocation(boundary, file);
    const realDir = await realLocation(dir, file);
    if (!isInside(realBoundary, realDir)) {
        throw new UnsafeWriteError(localized(
            `Menolak menulis di luar ${boundary} melalui tautan simbolik: ${file} (tautan itu menuju ${realDir}); hapus tautannya atau pilih folder keluaran lain`,
            `Refusing to write outside ${boundary} through a symbolic link: ${file} (the link leads to ${realDir}); remove the link or choose another output folder`));
    }
    const existing = await fs.lstat(file).catch(() => undefined);
    if (existing?.isDirectory()) {
        throw new WriteFailedError(localized(
            `Tidak dapat menulis ${file}: sudah ada folder dengan nama itu; pilih nama berkas lain`,
            `Cannot write ${file}: a folder has that name; choose another file name`));
    }
    if (existing && file.toLowerCase().endsWith('.spbe') && !options.allowSourceOverwrite) {
        throw new UnsafeWriteError(localized(`Menolak menimpa sumber .spbe ${file}`, `Refusing to overwrite the .spbe source ${file}`));
    }
    if (existing && !options.overwrite) {
        throw new UnsafeWriteError(localized(`Berkas sudah ada: ${file}`, `File exists: ${file}`));
    }
    await makeFolders(dir, file);
    // Checked again once the folders exist, in case a link was put in place meanwhile.
    if (!isInside(realBoundary, await fs.realpath(dir))) {
        throw new UnsafeWriteError(localized(`Menolak menulis di luar ${boundary} melalui tautan simbolik: ${file}`, `Refusing to write outside ${boundary} through a symbolic link: ${file}`));
    }
    await removeStaleTempFiles(dir);
    // Loaded here, not at the top: node:crypto costs some 5 ms to load, which every command that only
    // reads (validate, index) would pay for nothing.
    const { randomBytes } = await import('node:crypto');
    const temp = path.join(dir, tempFileName(file, randomBytes(4).toString('hex')));
    try {
        const handle = await fs.open(temp, 'wx');
        try {
            await handle.writeFile(content);
            await handle.sync();
        } finally {
            await handle.close();
        }
        await fs.rename(temp, file);
    } catch (error) {
        await fs.rm(temp, { force: true }).catch(() => undefined);
        throw failed(file, error as NodeJS.ErrnoException);
    }
}

/**
 * Creates folder `dir` and its missing parents, one level at a time. Node's `mkdir(..., { recursive: true })`
 * never returns under `/proc` (it retries the ENOENT forever), so each level is made on its own and an
 * ENOENT from a folder whose parent exists is reported as the special file system it is.
 * Throws `WriteFailedError` naming the folder (and `forFile`, the file it was for).
 */
export async function makeFolders(dir: string, forFile: string): Promise<void> {
    const missing: string[] = [];
    for (let current = path.resolve(dir); !(await isFolder(current)); current = path.dirname(current)) {
        missing.push(current);
        if (path.dirname(current) === current) {
            break;
        }
    }
    for (const folder of missing.reverse()) {
        const error = await fs.mkdir(folder).then(() => undefined, (e: NodeJS.ErrnoException) => e);
        if (!error || (error.code === 'EEXIST' && await isFolder(folder))) {
            continue;
        }
        if (error.code === 'ENOENT') {
            throw new WriteFailedError(localized(
                `Tidak dapat membuat folder ${folder} untuk ${forFile}: ${noNewFolders.id} (ENOENT); pilih folder keluaran lain (-o)`,
                `Cannot create the folder ${folder} for ${forFile}: ${noNewFolders.en} (ENOENT); choose another output folder (-o)`), 'ENOENT');
        }
        throw failed(forFile, error);
    }
}

async function isFolder(folder: string): Promise<boolean> {
    return fs.stat(folder).then(s => s.isDirectory(), () => false);
}

/** True when `inner` is `outer` or lies below it (both absolute). */
export function isInside(outer: string, inner: string): boolean {
    const relative = path.relative(outer, inner);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Where `folder` really is once its existing part is resolved (symlinks followed), without creating
 * anything: the real path of its nearest existing ancestor plus the parts still to be created.
 * Throws `WriteFailedError` when that ancestor is a file (a folder cannot be made below it).
 */
export async function realLocation(folder: string, forFile: string): Promise<string> {
    const missing: string[] = [];
    let current = path.resolve(folder);
    for (;;) {
        const stat = await fs.stat(current).catch((error: NodeJS.ErrnoException) => error);
        if (!(stat instanceof Error)) {
            if (!stat.isDirectory()) {
                throw new WriteFailedError(localized(
                    `Tidak dapat menulis ${forFile}: ${current} adalah berkas, bukan folder; pilih folder keluaran lain (-o) atau pindahkan berkas itu`,
                    `Cannot write ${forFile}: ${current} is a file, not a folder; choose another output folder (-o) or move that file`));
            }
            return path.join(await fs.realpath(current), ...missing.reverse());
        }
        const linked = await fs.lstat(current).then(s => s.isSymbolicLink(), () => false);
        const parent = path.dirname(current);
        // ENOTDIR: a file further up is in the way; walking on finds it and names it.
        if (linked || (stat.code !== 'ENOENT' && stat.code !== 'ENOTDIR') || parent === current) {
            throw failed(forFile, stat);
        }
        missing.push(path.basename(current));
        current = parent;
    }
}

function failed(file: string, error: NodeJS.ErrnoException): Error {
    const reason = error.code ? reasons[error.code] : undefined;
    if (reason) {
        return new WriteFailedError(localized(
            `Tidak dapat menulis ${file}: ${reason.id} (${error.code}); berkas sebelumnya, jika ada, tidak berubah`,
            `Cannot write ${file}: ${reason.en} (${error.code}); the previous file, if any, is unchanged`), error.code);
    }
    if (error.code === 'ENOENT' || error.code === 'ELOOP') {
        return new WriteFailedError(localized(
            `Tidak dapat menulis ${file}: sebuah tautan simbolik pada jalurnya tidak menuju ke mana pun (${error.code}); perbaiki atau hapus tautan itu`,
            `Cannot write ${file}: a symbolic link on its path leads nowhere (${error.code}); fix or remove that link`));
    }
    return error;
}
