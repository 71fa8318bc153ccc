import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How much the used heap must have grown since the last collection before an idle one is worth its pause. */
const WorthCollecting = 1.25;

/**
 * After a burst of edits V8 keeps the heap it grew to (hundreds of MB of garbage after thousands of
 * rebuilds) until memory gets tight. A full collection once the user pauses gives that memory back,
 * so a server left open all day stays at its working size. Returns a function to call on every
 * activity (a change, a finished build): the collection runs once there has been none for `idleMs`.
 *
 * The collection stops the server for a second or two on a 20k-element workspace, so it runs only
 * when the used heap grew by a quarter since the last one: after a storm, not after every pause
 * between keystrokes, where it used to delay the next edit's diagnostics by that much.
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
    let baseline = getHeapStatistics().used_heap_size;
    let timer: NodeJS.Timeout | undefined;
    return () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            if (getHeapStatistics().used_heap_size > baseline * WorthCollecting) {
                collect();
                baseline = getHeapStatistics().used_heap_size;
            }
        }, idleMs);
        timer.unref();
    };
}
