import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor, type LangiumSharedServices } from 'langium/lsp';
import type { SpbeServices } from '../spbe-module.js';
import { SpbeServerCommands } from './client-contract.js';

/**
 * The server's own commands. A quick fix may edit another file that nobody saves; the editor then
 * only sends that file's new text, which runs the fast checks (spec §5.5) and drops the file's slow
 * findings while the finding the fix resolved stays on the first file. After applying the edit, the
 * editor runs `RecheckWorkspace`, so every file's findings follow the current text of the open
 * documents at once, as if saved.
 */
export class SpbeExecuteCommandHandler extends AbstractExecuteCommandHandler {
    private readonly shared: LangiumSharedServices;

    constructor(shared: LangiumSharedServices) {
        super();
        this.shared = shared;
    }

    registerCommands(accept: ExecuteCommandAcceptor): void {
        // Runs after the edit's didChange/didOpen (messages keep their order), so it sees the new text.
        accept(SpbeServerCommands.RecheckWorkspace, async () => {
            const validation = this.spbe().WorkspaceValidation;
            await validation.validateAll();
            return validation.summary();
        });
    }

    private spbe(): SpbeServices['spbe'] {
        return (this.shared.ServiceRegistry.all[0] as SpbeServices).spbe;
    }
}
