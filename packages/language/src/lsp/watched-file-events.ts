import { URI } from 'langium';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';

/** What a batch of file-watcher events asks of the workspace, each path once. */
export interface WatchedFileUpdate {
    /** Paths created or changed on disk, for the builder (a folder stands for the files below it). */
    readonly changed: URI[];
    /** Paths deleted on disk (a folder stands for the files below it). */
    readonly deleted: URI[];
    /** Files open in an editor that changed on disk: the editor's text wins, but it may be reloaded. */
    readonly openChanged: URI[];
}

/**
 * Sorts the file watcher's events. The last event of a path wins, since a save by renaming the old
 * file away and writing a new one (Vim's default) is a deletion followed by a creation of the same
 * path. Paths are compared in their normal form (`b(1).spbe` and `b%281%29.spbe` are one file).
 * Dropped: paths the workspace does not hold (`includes`: outside its folders, below `.history` or
 * `node_modules`; an empty URI, which parses to the disk's root) and, for files open in an editor,
 * anything but a change: the editor's text wins over the disk until the editor is closed.
 */
export function sortWatchedFileEvents(events: readonly FileEvent[], includes: (uri: URI) => boolean, isOpen: (uri: URI) => boolean): WatchedFileUpdate {
    const latest = new Map<string, { uri: URI; type: FileChangeType }>();
    for (const event of events) {
        let uri: URI;
        try {
            uri = URI.parse(event.uri);
        } catch {
            continue; // not a URI at all
        }
        if (typeof event.uri !== 'string' || event.uri.trim() === '' || uri.path === '/' || uri.path === '' || !includes(uri)) {
            continue;
        }
        latest.set(uri.toString(), { uri, type: event.type });
    }
    const update: WatchedFileUpdate = { changed: [], deleted: [], openChanged: [] };
    for (const { uri, type } of latest.values()) {
        if (isOpen(uri)) {
            if (type !== FileChangeType.Deleted) {
                update.openChanged.push(uri);
            }
        } else if (type === FileChangeType.Deleted) {
            update.deleted.push(uri);
        } else {
            update.changed.push(uri);
        }
    }
    return update;
}
