/** What `closedPipeGuard` returns: a writer that becomes a no-op once the reader has gone. */
export interface GuardedOutput {
    write(text: string): void;
    /** True once the reader closed the pipe (`spbe … | head -1`). */
    readonly closed: boolean;
}

/**
 * Guards a standard stream against a reader that stops early (`| head -1`): the EPIPE error is
 * absorbed and later output is dropped, so the command still finishes its work (an import still
 * writes its files) and exits with its own code instead of an unhandled-error stack trace.
 */
export function closedPipeGuard(stream: NodeJS.WriteStream): GuardedOutput {
    let closed = false;
    stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') {
            throw error;
        }
        closed = true;
    });
    return {
        write(text: string) {
            if (!closed) {
                stream.write(text);
            }
        },
        get closed() {
            return closed;
        }
    };
}
