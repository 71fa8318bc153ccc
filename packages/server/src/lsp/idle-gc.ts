import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * After a burst of edits V8 keeps the heap it grew to (hundreds of MB of garbage after thousands of
 * rebuilds) until memory gets tight. A full collection once the user pauses gives that memory back,
 * so a server left open all day stays at its working size. Returns a function to call after each build.
 */
export function idleCollector(idleMs = 2000): () => void {
    let collect: () => void;
    try {
        setFlagsFromString('--expose-gc');
        const gc = runInNewContext('gc') as (options?: object) => void;
        // "last-resort" also returns the pages V8 keeps pooled for reuse: a plain full collection
        // frees the objects but leaves the process at its peak size.
        collect = () => gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
    } catch {
        return () => undefined;
    }
    let timer: NodeJS.Timeout | undefined;
    return () => {
        clearTimeout(timer);
        timer = setTimeout(() => collect(), idleMs);
        timer.unref();
    };
}
