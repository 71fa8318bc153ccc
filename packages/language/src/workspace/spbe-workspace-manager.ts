import { DefaultWorkspaceManager, URI, UriUtils, type FileSystemNode, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { InitializeParams, WorkspaceFolder } from 'vscode-languageserver';
import { createBuiltinDocument } from '../builtin/builtin-library.js';

/** A folder of the workspace that could not be listed: the error's code (`EACCES`, …) when it has one, and its message. */
export interface UnreadableFolder {
    readonly uri: URI;
    readonly code: string | undefined;
    readonly message: string;
}

/**
 * Loads the built-in `nasional` library next to the user's files when the server starts, says
 * which paths the start-up load would have taken in, for the events of the file watcher, and
 * reports each folder it cannot list to its listeners.
 */
export class SpbeWorkspaceManager extends DefaultWorkspaceManager {
    private readonly shared: LangiumSharedCoreServices;
    private readonly unreadableListeners = new Set<(folder: UnreadableFolder) => void>();

    constructor(shared: LangiumSharedCoreServices) {
        super(shared);
        this.shared = shared;
    }

    /**
     * Whether `uri` lies in a workspace folder and below no folder that the start-up load skips
     * (Langium's rule: a name starting with `.`, `node_modules`, `out`), so a `.history` copy or an
     * outside file is never taken for part of the workspace. The last segment is judged as a
     * folder would be (a deleted path may have been either; a file's own type is judged by the
     * builder). Without workspace folders every path is included.
     */
    includes(uri: URI): boolean {
        const path = uri.path;
        const folders = this.workspaceFolders ?? [];
        if (folders.length === 0) {
            // A client that named no folder (`rootUri` only): nothing to judge against.
            return true;
        }
        return folders.some(folder => {
            const root = this.getRootFolder(folder);
            if (root.scheme !== uri.scheme || root.authority !== uri.authority) {
                return false;
            }
            const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
            // Without case: clients spell Windows drive letters either way, and a path wrongly
            // taken in costs an update, where one wrongly left out would be a change never seen.
            if (!path.toLowerCase().startsWith(base.toLowerCase())) {
                return false;
            }
            let below = root;
            return path.slice(base.length).split('/').filter(name => name !== '').every(name => {
                below = UriUtils.joinPath(below, name);
                return this.shouldIncludeEntry({ uri: below, isDirectory: true, isFile: false });
            });
        });
    }

    /**
     * Langium takes the folders from `workspaceFolders` only; a client that names just `rootUri`
     * (or the older `rootPath`) got an empty workspace. Its root is the one folder then.
     */
    override initialize(params: InitializeParams): void {
        super.initialize(params);
        if (!this.folders?.length) {
            const root = params.rootUri ?? (params.rootPath ? URI.file(params.rootPath).toString() : undefined);
            this.folders = root ? [{ uri: root, name: UriUtils.basename(URI.parse(root)) }] : undefined;
        }
    }

    /** Follows the editor's workspace folders after start-up (`workspace/didChangeWorkspaceFolders`). */
    changeFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
        const gone = new Set(removed.map(folder => this.getRootFolder(folder).toString()));
        this.folders = [...(this.folders ?? []).filter(folder => !gone.has(this.getRootFolder(folder).toString())), ...added];
    }

    /**
     * Calls `listener` for each folder that a load (start-up, a workspace folder added, a folder
     * created on disk) cannot list; the other folders load as usual.
     *
     * @returns a function that removes the listener.
     */
    onUnreadableFolder(listener: (folder: UnreadableFolder) => void): () => void {
        this.unreadableListeners.add(listener);
        return () => this.unreadableListeners.delete(listener);
    }

    /**
     * Langium's walk, but a folder that cannot be listed goes to the listeners (the language server
     * tells the user in words) where Langium printed a stack trace on stderr.
     */
    protected override async traverseFolder(folderPath: URI, uris: URI[]): Promise<void> {
        let entries: FileSystemNode[];
        try {
            entries = await this.fileSystemProvider.readDirectory(folderPath);
        } catch (error) {
            const code = (error as { code?: unknown } | undefined)?.code;
            const folder = { uri: folderPath, code: typeof code === 'string' ? code : undefined, message: error instanceof Error ? error.message : String(error) };
            if (this.unreadableListeners.size === 0) {
                console.warn(`Cannot read the folder ${folderPath.toString(true)}: ${folder.message}`);
            }
            this.unreadableListeners.forEach(listener => listener(folder));
            return;
        }
        await Promise.all(entries.map(async entry => {
            if (!this.shouldIncludeEntry(entry)) {
                return;
            }
            if (entry.isDirectory) {
                await this.traverseFolder(entry.uri, uris);
            } else if (entry.isFile) {
                uris.push(entry.uri);
            }
        }));
    }

    protected override async loadAdditionalDocuments(
        _folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        collector(createBuiltinDocument(this.shared));
    }
}
