import { DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';

/**
 * Langium's linker turns an exception thrown while resolving a reference (a bug in scoping) into a
 * linking error that looks like any unresolved name. This linker remembers which errors mean "no
 * such name", so that the validator reports the others as `internal-error` instead.
 */
export class SpbeLinker extends DefaultLinker {
    private readonly unresolved = new WeakSet<LinkingError>();

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
