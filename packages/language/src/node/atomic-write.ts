import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export class UnsafeWriteError extends Error { }

/** The disk refused the write (full, read-only, no permission); the previous file is untouched. */
export class WriteFailedError extends Error { }

const reasons: Record<string, string> = {
    ENOSPC: 'no space left on the device', EDQUOT: 'disk quota exceeded', EROFS: 'the file system is read-only',
    EACCES: 'permission denied', EPERM: 'operation not permitted', EISDIR: 'a folder has that name', ENOTDIR: 'a file is in the way of the folder'
};

export interface WriteOptions {
    /** Writes must stay inside this folder (after resolving `..` and symlinked parents). */
    readonly root: string;
    /** Replace an existing file (never a `.spbe` source unless `allowSourceOverwrite`). */
    readonly overwrite?: boolean;
    readonly allowSourceOverwrite?: boolean;
}

/**
 * Writes `content` to `target` through a temporary file in the same folder and a rename, so a reader
 * sees the old file or the whole new one, never half a file; a failed write leaves the old file as it was.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array, options: WriteOptions): Promise<void> {
    const root = path.resolve(options.root);
    const file = path.resolve(root, target);
    const relative = path.relative(root, file);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
        throw new UnsafeWriteError(`Refusing to write outside ${root}: ${target}`);
    }
    const exists = await fs.stat(file).then(() => true, () => false);
    if (exists && file.endsWith('.spbe') && !options.allowSourceOverwrite) {
        throw new UnsafeWriteError(`Refusing to overwrite the .spbe source ${file}`);
    }
    if (exists && !options.overwrite) {
        throw new UnsafeWriteError(`File exists: ${file}`);
    }
    const dir = path.dirname(file);
    await fs.mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => { throw failed(file, error); });
    const realDir = await fs.realpath(dir);
    const realRoot = await fs.realpath(root).catch(() => root);
    const realRelative = path.relative(realRoot, realDir);
    if (realRelative.startsWith('..') || path.isAbsolute(realRelative)) {
        throw new UnsafeWriteError(`Refusing to write outside ${root} through a link: ${target}`);
    }
    const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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

function failed(file: string, error: NodeJS.ErrnoException): Error {
    const reason = error.code ? reasons[error.code] : undefined;
    return reason ? new WriteFailedError(`Cannot write ${file}: ${reason} (${error.code}); the previous file, if any, is unchanged`) : error;
}
