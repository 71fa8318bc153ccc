import { spawnSync } from 'node:child_process';

/**
 * PDF text through poppler's `pdftotext` (Debian poppler-utils; `npm test` installs it with
 * test/e2e/setup.sh). Whitespace but the page break `\f` is collapsed to single spaces, so a title a table cell wrapped
 * over two lines still reads as written.
 */
export const hasPdfToText = spawnSync('pdftotext', ['-v'], { encoding: 'utf-8' }).error === undefined;

/** The text of `file` (pages `first`..`last` when given; in `layout` order when asked), whitespace collapsed. */
export function pdfText(file: string, options: { first?: number; last?: number; layout?: boolean } = {}): string {
    const args = [
        ...(options.first ? ['-f', String(options.first)] : []), ...(options.last ? ['-l', String(options.last)] : []),
        // -layout keeps a table row on one line (in reading order otherwise poppler may emit cells column by column).
        ...(options.layout ? ['-layout'] : [])
    ];
    const result = spawnSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) {
        throw new Error(`pdftotext failed on ${file}: ${result.stderr}`);
    }
    return result.stdout.replace(/[ \t\n\r\v]+/g, ' ');
}

/** How many pages poppler counts in `file`. */
export function pdfPages(file: string): number {
    const result = spawnSync('pdfinfo', [file], { encoding: 'utf-8' });
    return Number(/^Pages:\s+(\d+)/m.exec(result.stdout)?.[1] ?? NaN);
}
