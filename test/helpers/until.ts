/**
 * Polls `ready` every 50 ms until it holds; throws, naming `what` and showing `state()`, when it
 * has not held within `timeoutMs` (default 60,000 ms). For waiting on what a server publishes.
 */
export async function until(ready: () => boolean, what: string, state: () => unknown, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!ready()) {
        if (Date.now() > deadline) {
            throw new Error(`timed out waiting for ${what}: ${JSON.stringify(state())}`);
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
}
