import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A new folder under the system's temp folder holding `files` (path relative to it → text); returns its path. */
export function tempWorkspace(prefix: string, files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), text);
    }
    return folder;
}
