import { DefaultWorkspaceManager, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { WorkspaceFolder } from 'vscode-languageserver';
import { createBuiltinDocument } from '../builtin/builtin-library.js';

/** Loads the built-in `nasional` library next to the user's files when the server starts. */
export class SpbeWorkspaceManager extends DefaultWorkspaceManager {
    private readonly shared: LangiumSharedCoreServices;

    constructor(shared: LangiumSharedCoreServices) {
        super(shared);
        this.shared = shared;
    }

    protected override async loadAdditionalDocuments(
        _folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        collector(createBuiltinDocument(this.shared));
    }
}
