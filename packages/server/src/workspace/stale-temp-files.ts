import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** `.<name>.<pid>.<8 hex>.tmp`: the temporary file `writeFileAtomic` writes beside its target. */
const tempName = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** The temporary file name `writeFileAtomic` uses for `file` in this process. */
export function tempFileName(file: string, hex: string): string {
    return `.${path.basename(file)}.${process.pid}.${hex}.tmp`;
}

/** Whether process `pid` exists: signal 0 checks without sending; EPERM means it exists under another user. */
function isAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

/**
 * Removes from `dir` the temporary files of writes whose process is gone (killed with -9 between
 * writing and renaming): regular files named like `writeFileAtomic`'s temp files whose pid is no
 * running process. A live process's temp file (a write under way) is never touched; this process's
 * own are left to it. Best effort: a file that cannot be listed or removed is left where it is.
 */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    const removed: string[] = [];
    for (const name of names) {
        const pid = Number(tempName.exec(name)?.[1] ?? NaN);
        if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) {
            continue;
        }
        const file = path.join(dir, name);
        const stat = await fs.lstat(file).catch(() => undefined);
        if (stat?.isFile() && await fs.rm(file).then(() => true, () => false)) {
            removed.push(file);
        }
    }
    return removed;
}
