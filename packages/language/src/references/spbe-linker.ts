import { Cancellation, DefaultLinker, interruptAndCheck, OperationCancelled, type AstNodeDescription, type LangiumDocument, type LinkingError, type ReferenceInfo } from 'langium';
import { forEachReference, nodesInOrder } from '../workspace/ast-walk.js';

/**
 * Langium's linker turns an exception thrown while resolving a reference (a bug in scoping) into a
 * linking error that looks like any unresolved name. This linker remembers which errors mean "no
 * such name", so that the validator reports the others as `internal-error` instead.
 */
export class SpbeLinker extends DefaultLinker {
    private readonly unresolved = new WeakSet<LinkingError>();

    /**
     * Langium's loop, walking the document with plain loops instead of streams, and yielding to the
     * event loop (or stopping when cancelled) every {@link yieldEvery} nodes instead of awaiting per node:
     * an await per node was most of the linking time of a cold `spbe validate`.
     */
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        if (document.references.length > 0) {
            // References resolved before this run: by a link that an edit cancelled partway, or asked
            // for early. Langium's doLink keeps a resolved reference, so they would stay pointing
            // wherever the index said then (a file renamed back and forth since); start them afresh.
            this.unlink(document);
        }
        const cancellable = cancelToken !== Cancellation.CancellationToken.None;
        const nodes = nodesInOrder(document.parseResult.value);
        for (let i = 0; i < nodes.length; i++) {
            if (cancellable) {
                if (i % yieldEvery === 0) {
                    await interruptAndCheck(cancelToken);
                } else if (cancelToken.isCancellationRequested) {
                    throw OperationCancelled;
                }
            }
            const container = nodes[i];
            forEachReference(container, (reference, property, index) => this.doLink({ reference, container, property, index }, document));
        }
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        this.unresolved.add(error);
        return error;
    }

    /** Whether `error` says only that the name does not resolve (not that resolving it failed). */
    isUnresolvedName(error: LinkingError): boolean {
        return this.unresolved.has(error);
    }
}

/** Nodes between two chances for the event loop to run (Langium's own check yields at most every 10 ms). */
const yieldEvery = 64;
