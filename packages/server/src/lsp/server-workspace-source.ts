import type { SpbeServices } from 'spbe-language';
import type { WorkspaceSource } from '../use-cases/workspace-source.js';

/**
 * The language server's loaded workspace as a use-case source: every check runs on the documents
 * as the editors have them (unsaved text included), even with `slowChecks` off (a generated
 * document states the workspace's findings; "Validate Workspace" promises every check), then the
 * model is read; the findings go to the editor's Problems panel, so only their counts are returned.
 */
export function serverWorkspace(Spbe: SpbeServices): WorkspaceSource {
    const validation = Spbe.spbe.WorkspaceValidation;
    return {
        async validated() {
            await validation.validateAll({ everyCheck: true });
            return { model: Spbe.spbe.Model.get(), counts: validation.summary() };
        }
    };
}
