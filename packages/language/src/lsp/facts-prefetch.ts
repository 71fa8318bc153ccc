import type { LangiumSharedCoreServices } from 'langium';
import type { WorkspaceFactsProvider } from '../analysis/workspace-facts.js';
import { whenIdleAfterBuild } from './idle-after-build.js';

/** Quiet time after a build before the facts are made, in ms: longer than the gap between keystrokes. */
export const FactsPrefetchDelayMs = 300;

/**
 * Makes the workspace facts that hover and code lens read (uses, and the roadmap items behind
 * lifetimes) once the language server has been idle for `delayMs` after a build. Made on a
 * request instead, a hover right after an edit indexed the uses of every element first (at 20,000
 * elements about 20 ms on a slow host, the files not parsed again keeping their references, see
 * `ReferencesByDocument`; 100–150 ms when every element was walked); made here, it reads them from
 * the last complete build (see `WorkspaceFactsProvider`). The files' references must not be resolved before their own build
 * links them, hence only once every file is validated. A failure is logged; the request that
 * needs the facts makes them again and reports its own failure.
 *
 * @returns a function that stops the prefetching.
 */
export function prefetchFactsWhenIdle(shared: LangiumSharedCoreServices, facts: WorkspaceFactsProvider, delayMs = FactsPrefetchDelayMs): () => void {
    return whenIdleAfterBuild(shared, delayMs, 'Could not make the workspace facts after a build.', () => facts.get().prefetch());
}
