import { Message, type MessageStrategy, type NotificationMessage, type RequestMessage } from 'vscode-languageserver-protocol';

/** The method a request is redirected to while the server is not initialized; it answers ServerNotInitialized. */
export const NotInitializedMethod = 'spbe/$notInitialized';
/** The method a second `initialize`, or any request after `shutdown`, is redirected to; it answers InvalidRequest. */
export const InvalidRequestMethod = 'spbe/$invalidRequest';

/** Where the connection is in the LSP lifecycle. */
export type LifecycleState = 'waiting' | 'initializing' | 'initialized' | 'shutdown';

/**
 * A message strategy that enforces the LSP lifecycle, and the hooks the server calls to move it on.
 * - before a successful `initialize`: a request is answered with ServerNotInitialized, a notification
 *   is dropped (except `exit`);
 * - only `succeeded()` (called once the initialize handler returned) opens the gate; `failed()` lets
 *   the client try `initialize` again;
 * - a second `initialize` (pending or done) is answered with InvalidRequest;
 * - after `shutdown` every request is answered with InvalidRequest and only `exit` gets through.
 * Refused requests are redirected to `NotInitializedMethod` / `InvalidRequestMethod` rather than
 * answered here, so the reply still goes through the connection; the original method is kept in
 * `params.method` for the error message.
 */
export interface InitializeGate extends MessageStrategy {
    readonly state: LifecycleState;
    succeeded(): void;
    failed(): void;
}

export function initializeGate(): InitializeGate {
    let state: LifecycleState = 'waiting';
    const redirect = (message: RequestMessage, method: string): RequestMessage => ({ ...message, method, params: { method: message.method } });
    return {
        get state() {
            return state;
        },
        succeeded() {
            if (state === 'initializing' || state === 'waiting') {
                state = 'initialized';
            }
        },
        failed() {
            if (state === 'initializing') {
                state = 'waiting';
            }
        },
        handleMessage(message, next) {
            if (Message.isRequest(message)) {
                const request = message as RequestMessage;
                if (state === 'shutdown' || (request.method === 'initialize' && state !== 'waiting')) {
                    return next(redirect(request, InvalidRequestMethod));
                }
                if (request.method === 'initialize') {
                    // Params that are not an object fail in vscode-languageserver before the server's
                    // handler runs (so `failed()` is never called): the gate stays closed for a retry.
                    if (typeof request.params === 'object' && request.params !== null && !Array.isArray(request.params)) {
                        state = 'initializing';
                    }
                    return next(message);
                }
                if (state !== 'initialized') {
                    return next(redirect(request, NotInitializedMethod));
                }
                if (request.method === 'shutdown') {
                    state = 'shutdown';
                }
                return next(message);
            }
            if (Message.isNotification(message) && (message as NotificationMessage).method !== 'exit' && state !== 'initialized') {
                return;
            }
            return next(message);
        }
    };
}
