import { DefaultWorkspaceManager, URI, UriUtils, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { InitializeParams, WorkspaceFolder } from 'vscode-languageserver';
import { createBuiltinDocument } from '../builtin/builtin-library.js';

/**
 * Loads the built-in `nasional` library next to the user's files when the server starts, and says
 * which paths the start-up load would have taken in, for the events of the file watcher.
 */
export class SpbeWorkspaceManager extends DefaultWorkspaceManager {
    private readonly shared: LangiumSharedCoreServices;

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

    protected override async loadAdditionalDocuments(
        _folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        collector(createBuiltinDocument(this.shared));
    }
}
