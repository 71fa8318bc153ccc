import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocument, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { SpbeServices } from '../spbe-module.js';

/** Adds the on-save run of the slow checks (spec §5.5) to Langium's change handling. */
export class SpbeDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly shared: LangiumSharedServices;

    constructor(shared: LangiumSharedServices) {
        super(shared);
        this.shared = shared;
    }

    didSaveDocument(_event: TextDocumentChangeEvent<TextDocument>): void {
        const spbe = (this.shared.ServiceRegistry.all[0] as SpbeServices).spbe;
        if (spbe.Settings.slowChecks === 'onSave') {
            void spbe.WorkspaceValidation.validateAll();
        }
    }
}
