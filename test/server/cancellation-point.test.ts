import { describe, expect, test } from 'vitest';
import { cancellationPoint, RequestCancelledError } from '../../packages/server/src/use-cases/cancellation.js';

/**
 * A `$/cancelRequest` that arrived while a phase kept the thread busy is read by the connection in one
 * event-loop turn and reaches the request's token in the next: the check must let both turns run.
 */
describe('cancellationPoint', () => {
    test('sees a cancel that reaches the token two event-loop turns after the busy phase', async () => {
        const signal = { isCancellationRequested: false };
        setImmediate(() => setImmediate(() => { signal.isCancellationRequested = true; }));
        await expect(cancellationPoint(signal)).rejects.toBeInstanceOf(RequestCancelledError);
    });

    test('goes on when nothing was cancelled, and without a signal (the CLI) or with a null one (parameters sent by position)', async () => {
        await expect(cancellationPoint({ isCancellationRequested: false })).resolves.toBeUndefined();
        await expect(cancellationPoint(undefined)).resolves.toBeUndefined();
        await expect(cancellationPoint(null)).resolves.toBeUndefined();
    });
});
