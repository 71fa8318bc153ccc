import * as path from 'node:path';
// The escapes module alone, not the package index: the CLI's validate reports paths and must not load the generators.
import { escapeFileName } from 'spbe-generators/escape';

/**
 * How the CLI names a file it wrote: relative to the current folder when the file lies below it
 * (`out/peta-rencana.html`), otherwise absolute (`/home/pic/arsitektur/out/diagram.svg`). Never a
 * `../../` path, which is noise to read; both forms open with a click in a terminal or editor.
 * Control characters are escaped (`escapeFileName`), so a file name with a newline cannot forge a line.
 * @param file a path, absolute or relative to `cwd`
 * @param cwd the folder the user ran the command in (default: the process's current folder)
 */
export function displayPath(file: string, cwd: string = process.cwd()): string {
    const absolute = path.resolve(cwd, file);
    const relative = path.relative(cwd, absolute);
    const outside = relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
    return escapeFileName(outside ? absolute : relative);
}
