import { URI, UriUtils } from 'langium';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';

/** What a batch of file-watcher events asks of the workspace, each path once. */
export interface WatchedFileUpdate {
    /** Paths created or changed on disk, for the builder (a folder stands for the files below it). */
    readonly changed: URI[];
    /** Paths deleted on disk (a folder stands for the files below it). */
    readonly deleted: URI[];
    /**
     * Paths deleted and then created again: the builder forgets what it held there before it
     * reads what is there now (a file replaced by a folder of the same name is a folder again).
     */
    readonly replaced: URI[];
    /** Files open in an editor that changed on disk: the editor's text wins, but it may reload it. */
    readonly openChanged: URI[];
}

/**
 * Sorts the file watcher's events. The last event of a path wins, except that a deletion followed
 * by a creation (a save by renaming the old file away and writing a new one, Vim's default) is a
 * replacement. Paths are compared in one form: `b(1).spbe` and `b%281%29.spbe`, `FILE:` and
 * `file://localhost/`, `opd/./b.spbe` and `opd/b.spbe` are one file. Dropped: paths the workspace
 * does not hold (`includes`: outside its folders, below `.history` or `node_modules`; an empty URI,
 * which parses to the disk's root) and, for files open in an editor, anything but a change: the
 * editor's text wins over the disk until the editor is closed.
 */
export function sortWatchedFileEvents(events: readonly FileEvent[], includes: (uri: URI) => boolean, isOpen: (uri: URI) => boolean): WatchedFileUpdate {
    const latest = new Map<string, { uri: URI; type: FileChangeType; deletedBefore: boolean }>();
    for (const event of events) {
        const uri = typeof event.uri === 'string' && event.uri.trim() !== '' ? canonicalUri(event.uri) : undefined;
        if (!uri || uri.path === '/' || !includes(uri)) {
            continue;
        }
        const key = uri.toString();
        const before = latest.get(key);
        const deletedBefore = event.type !== FileChangeType.Deleted && (before?.type === FileChangeType.Deleted || before?.deletedBefore === true);
        latest.set(key, { uri, type: event.type, deletedBefore });
    }
    const update: WatchedFileUpdate = { changed: [], deleted: [], replaced: [], openChanged: [] };
    for (const { uri, type, deletedBefore } of latest.values()) {
        if (isOpen(uri)) {
            if (type !== FileChangeType.Deleted) {
                update.openChanged.push(uri);
            }
        } else if (type === FileChangeType.Deleted) {
            update.deleted.push(uri);
        } else {
            (deletedBefore ? update.replaced : update.changed).push(uri);
        }
    }
    return update;
}

/**
 * One spelling per file: a `file` URI with its scheme in lower case, without the `localhost`
 * authority (RFC 8089: the same machine) and with `.`, `..` and empty segments resolved;
 * `undefined` for what is not a URI at all.
 */
export function canonicalUri(text: string): URI | undefined {
    let uri: URI;
    try {
        uri = URI.parse(text);
    } catch {
        return undefined;
    }
    if (uri.scheme.toLowerCase() !== 'file') {
        return uri;
    }
    const authority = uri.authority.toLowerCase() === 'localhost' ? '' : uri.authority;
    return UriUtils.resolvePath(URI.from({ scheme: 'file', authority, path: uri.path === '' ? '/' : uri.path }));
}
