/** What `closedPipeGuard` returns: a writer that becomes a no-op once the stream has failed. */
export interface GuardedOutput {
    write(text: string): void;
    /** Resolves once everything written so far has reached the stream (or failed). */
    flushed(): Promise<void>;
    /** The stream's error other than EPIPE (a full disk behind `> file`), if any: the output is incomplete. */
    readonly failure: NodeJS.ErrnoException | undefined;
}

/**
 * Guards a standard stream. A reader that stops early (`| head -1`) gives EPIPE: absorbed, later
 * output is dropped, and the command still finishes its work (an import still writes its files) and
 * exits with its own code. Any other error (ENOSPC behind `> file`) is kept in `failure` for the
 * caller to report, instead of an unhandled-error stack trace.
 */
export function closedPipeGuard(stream: NodeJS.WriteStream): GuardedOutput {
    let closed = false;
    let failure: NodeJS.ErrnoException | undefined;
    stream.on('error', (error: NodeJS.ErrnoException) => {
        closed = true;
        if (error.code !== 'EPIPE') {
            failure ??= error;
        }
    });
    return {
        write(text: string) {
            if (!closed) {
                stream.write(text);
            }
        },
        flushed() {
            return closed || stream.destroyed ? Promise.resolve() : new Promise(resolve => stream.write('', () => resolve()));
        },
        get failure() {
            return failure;
        }
    };
}
