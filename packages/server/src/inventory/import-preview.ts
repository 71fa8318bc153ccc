import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/**
 * What an import would write, as people review it: per target `.spbe` file, a unified diff of the
 * file before and after (the format `git diff` shows, read by developers and architects alike).
 */

/** One target file's change. */
export interface PlannedDiff {
    /** Workspace-relative path with `/` separators (`opd/disdukcapil.spbe`). */
    readonly file: string;
    /** The file does not exist yet: the diff adds every line (its old side is `/dev/null`). */
    readonly created: boolean;
    /** The unified diff (3 lines of context), `---`/`+++` headers included, lines ending in `\n`. */
    readonly diff: string;
    /** How many lines `diff` has. */
    readonly lines: number;
}

/**
 * The diff of each file whose text would change, in the order of `files` and each file once.
 *
 * @param files workspace-relative path → the text it would have.
 * @param originals workspace-relative path → its text now (BOM included); absent for a new file.
 */
export function plannedDiffs(files: ReadonlyMap<string, string>, originals: ReadonlyMap<string, string>): PlannedDiff[] {
    const diffs: PlannedDiff[] = [];
    for (const [file, after] of files) {
        const before = originals.get(file);
        if (before === after) {
            continue;
        }
        const created = before === undefined;
        const oldName = created ? '/dev/null' : `a/${file}`;
        const newName = `b/${file}`;
        // Only the `---`/`+++` headers, as git writes them (no svn-style `Index:` and `===` lines).
        // Myers' diff costs time × the number of edits: past MaxEditLength (a large OPD rewritten in
        // another order) the file is shown as replaced whole, which is still a correct diff.
        const diff = createTwoFilesPatch(oldName, newName, before ?? '', after, undefined, undefined,
            { context: 3, headerOptions: FILE_HEADERS_ONLY, maxEditLength: MaxEditLength })
            ?? wholeFileDiff(oldName, newName, before ?? '', after);
        diffs.push({ file, created, diff, lines: diff.split('\n').length - (diff.endsWith('\n') ? 1 : 0) });
    }
    return diffs;
}

/** Edits (lines added or removed) past which a file's diff is shown as the whole file replaced. */
export const MaxEditLength = 2000;

/** A unified diff that removes every line of `before` and adds every line of `after`, in one hunk. */
function wholeFileDiff(oldName: string, newName: string, before: string, after: string): string {
    const side = (text: string, sign: string): string[] => {
        if (text === '') {
            return [];
        }
        const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n').map(line => `${sign}${line}`);
        return text.endsWith('\n') ? lines : [...lines, '\\ No newline at end of file'];
    };
    const removed = side(before, '-');
    const added = side(after, '+');
    const count = (lines: string[]) => lines.filter(l => !l.startsWith('\\')).length;
    const range = (n: number) => `${n === 0 ? 0 : 1},${n}`;
    return [`--- ${oldName}`, `+++ ${newName}`, `@@ -${range(count(removed))} +${range(count(added))} @@`, ...removed, ...added, ''].join('\n');
}

/**
 * The first `maxLines` lines of a diff (a whole import of a large OPD runs to thousands of lines) and
 * how many were left out; `omitted` is 0 when it fits.
 */
export function boundDiff(diff: PlannedDiff, maxLines: number): { readonly text: string; readonly omitted: number } {
    if (diff.lines <= maxLines) {
        return { text: diff.diff, omitted: 0 };
    }
    const kept = diff.diff.split('\n').slice(0, maxLines);
    return { text: `${kept.join('\n')}\n`, omitted: diff.lines - maxLines };
}
