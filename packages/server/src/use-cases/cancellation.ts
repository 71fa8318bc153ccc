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

/** Throws `RequestCancelledError` once `signal` says the caller gave up; nothing without a signal. */
export function throwIfCancelled(signal: CancelSignal | undefined): void {
    if (signal?.isCancellationRequested) {
        throw new RequestCancelledError();
    }
}
