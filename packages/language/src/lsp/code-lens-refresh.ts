import type { LangiumSharedServices } from 'langium/lsp';
import { CodeLensRefreshRequest } from 'vscode-languageserver-protocol';
import { whenIdleAfterBuild } from './idle-after-build.js';

/** Quiet time after a build before the editor is asked to refresh its code lenses, in ms. */
export const CodeLensRefreshDelayMs = 300;

/**
 * Asks the editor (`workspace/codeLens/refresh`, when it says it supports it) to ask again for the
 * code lenses of the files it shows, once the server has been idle for `delayMs` after a build and
 * every file is validated. The lenses count findings and cross-OPD references, which change with
 * builds the editor knows nothing of (an edit of another file, the slow checks on save and at
 * start-up): without this, a lens asked at start-up kept the count of the fast checks alone.
 *
 * @returns a function that stops the refreshing.
 */
export function refreshCodeLensesWhenIdle(shared: LangiumSharedServices, delayMs = CodeLensRefreshDelayMs): () => void {
    let supported = false;
    shared.lsp.LanguageServer.onInitialize(params => {
        supported = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    });
    return whenIdleAfterBuild(shared, delayMs, 'Could not ask the editor to refresh its code lenses.', () => {
        if (supported && shared.lsp.Connection) {
            shared.lsp.Connection.sendRequest(CodeLensRefreshRequest.type).catch((error: unknown) => {
                console.error('The editor refused to refresh its code lenses.', error);
            });
        }
    });
}
