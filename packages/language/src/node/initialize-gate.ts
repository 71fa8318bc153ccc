import { Message, type MessageStrategy, type NotificationMessage, type RequestMessage } from 'vscode-languageserver-protocol';

/** The method a request is redirected to while the server is not initialized; it answers ServerNotInitialized. */
export const NotInitializedMethod = 'spbe/$notInitialized';

/**
 * A message strategy that lets nothing run before `initialize` (LSP: a request before it is answered
 * with ServerNotInitialized, a notification is dropped, except `exit`). Requests are redirected to
 * `NotInitializedMethod` rather than answered here, so the reply still goes through the connection.
 */
export function initializeGate(): MessageStrategy {
    let initialized = false;
    return {
        handleMessage(message, next) {
            if (initialized) {
                return next(message);
            }
            if (Message.isRequest(message)) {
                if ((message as RequestMessage).method === 'initialize') {
                    initialized = true;
                    return next(message);
                }
                const redirected: RequestMessage = { ...(message as RequestMessage), method: NotInitializedMethod };
                return next(redirected);
            }
            if (Message.isNotification(message) && (message as NotificationMessage).method !== 'exit') {
                return;
            }
            return next(message);
        }
    };
}
