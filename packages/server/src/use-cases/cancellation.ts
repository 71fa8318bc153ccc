import { setImmediate } from 'node:timers/promises';

/**
 * What a long use case polls between its phases to stop early. An LSP request's `CancellationToken`
 * has this shape; the CLI passes none (Ctrl+C ends the process).
 */
export interface CancelSignal {
    readonly isCancellationRequested: boolean;
}

/** The use case stopped because its caller cancelled it, before writing anything. Not a user error: nobody is told. */
export class RequestCancelledError extends Error {
    constructor() {
        super('cancelled');
        this.name = 'RequestCancelledError';
    }
}

/**
 * Lets the event loop run, then throws `RequestCancelledError` if `signal` says the caller gave up; nothing
 * without a signal. Why it yields: the phases between two checks (a PDF's layout) run without a break, so a
 * `$/cancelRequest` sent meanwhile waits unread on the connection; the language server's message reader takes
 * it in one event-loop turn and hands it to the request's token in the next, so two turns go by first.
 */
export async function cancellationPoint(signal: CancelSignal | null | undefined): Promise<void> {
    // null: a client that sent its parameters by position puts a null where the server's token would be.
    if (!signal) {
        return;
    }
    await setImmediate();
    await setImmediate();
    if (signal.isCancellationRequested) {
        throw new RequestCancelledError();
    }
}
