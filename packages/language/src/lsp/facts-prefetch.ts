import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import type { WorkspaceFactsProvider } from '../analysis/workspace-facts.js';

/** Quiet time after a build before the facts are made, in ms: longer than the gap between keystrokes. */
export const FactsPrefetchDelayMs = 300;

/**
 * Makes the workspace facts that hover and code lens read (uses, and the roadmap items behind
 * lifetimes) once the language server has been idle for `delayMs` after a build. Made on a
 * request instead, a hover right after an edit walked every element of the workspace first (about
 * 60 ms at 20,000 elements); made here, it reads them from the last complete build (see
 * `WorkspaceFactsProvider`). An update cancels a pending run, so typing never waits for one.
 *
 * @returns a function that stops the prefetching.
 */
export function prefetchFactsWhenIdle(shared: LangiumSharedCoreServices, facts: WorkspaceFactsProvider, delayMs = FactsPrefetchDelayMs): () => void {
    let timer: NodeJS.Timeout | undefined;
    const cancel = () => {
        clearTimeout(timer);
        timer = undefined;
    };
    const builder = shared.workspace.DocumentBuilder;
    const built = builder.onBuildPhase(DocumentState.Validated, () => {
        cancel();
        timer = setTimeout(() => {
            timer = undefined;
            // A build that validated one file may still have files waiting to be relinked: their own
            // build reschedules this, and their references must not be resolved before it links them.
            if (shared.workspace.LangiumDocuments.all.some(d => d.state < DocumentState.Validated)) {
                return;
            }
            try {
                facts.get().prefetch();
            } catch (error) {
                // Outside any request: thrown here, it would end the server. The request that needs
                // the facts makes them again and reports its own failure.
                console.error('Could not make the workspace facts after a build.', error);
            }
        }, delayMs);
        // A server that is exiting does not wait for it.
        timer.unref();
    });
    const updated = builder.onUpdate(cancel);
    return () => {
        cancel();
        built.dispose();
        updated.dispose();
    };
}
