import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { InvalidRequestMethod, NotInitializedMethod, type InitializeGate } from './initialize-gate.js';

/** The answer to a project request sent before `initialize` succeeded. */
export const notInitialized = () => new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized: send initialize first.');

const invalidRequest = (method: unknown) => new ResponseError(ErrorCodes.InvalidRequest,
    method === 'initialize' ? 'The server is already initialized: initialize is accepted once.' : `The server is shut down: only exit is accepted (got ${String(method)}).`);

/** Whether `initialize` has succeeded; every project request checks it (also without an `InitializeGate`). */
export interface Lifecycle {
    readonly initialized: boolean;
}

/**
 * Wraps Langium's `initialize` so that only one that returns its result opens the gate: one that
 * throws (e.g. `null` params) leaves the server uninitialized, and the client may try again. Also
 * answers the gate's rerouted messages (before initialize, after shutdown).
 */
export function guardInitialize(shared: LangiumSharedServices, connection: Connection, gate: InitializeGate | undefined): Lifecycle {
    const lifecycle = { initialized: false };
    const languageServer = shared.lsp.LanguageServer;
    const initialize = languageServer.initialize.bind(languageServer);
    languageServer.initialize = async params => {
        try {
            if (typeof params !== 'object' || params === null || typeof params.capabilities !== 'object' || params.capabilities === null) {
                throw new ResponseError(ErrorCodes.InvalidParams, 'initialize needs InitializeParams with a capabilities object.');
            }
            const result = await initialize(params);
            lifecycle.initialized = true;
            gate?.succeeded();
            return result;
        } catch (error) {
            gate?.failed();
            throw error;
        }
    };
    connection.onRequest(NotInitializedMethod, () => notInitialized());
    connection.onRequest(InvalidRequestMethod, (params: { method?: unknown } | undefined) => invalidRequest(params?.method));
    return lifecycle;
}
