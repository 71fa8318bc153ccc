import type { AstNode, LangiumDocument, MultiReference, Reference } from 'langium';
import { isElement, type Element } from '../generated/ast.js';
import { forEachReferenceBelow } from '../workspace/ast-walk.js';
import { pushTo } from 'spbe-model';

/** One reference from an element to another element, kept with its position for diagnostics. */
export interface ElementUse {
    readonly user: Element;
    /** The node holding the reference (the element itself or one of its list nodes). */
    readonly holder: AstNode;
    readonly property: string;
    readonly index: number | undefined;
}

/** The reference node of a use (`holder[property]`, or `holder[property][index]` in a list). */
export function referenceOfUse(use: ElementUse): Reference | MultiReference | undefined {
    const value = (use.holder as unknown as Record<string, unknown>)[use.property];
    const reference = use.index === undefined ? value : (value as unknown[] | undefined)?.[use.index];
    return reference as Reference | MultiReference | undefined;
}

/** The node a single-target reference resolved to (the grammar has no multi-target references). */
export function referencedNode(reference: Reference | MultiReference): AstNode | undefined {
    return 'ref' in reference ? reference.ref : undefined;
}

/**
 * The references written in each file's elements, whatever they resolve to, kept per document for
 * as long as its syntax tree is the same (a document parsed again is read again). What a reference
 * names depends on linking and changes without the file changing (a renamed element elsewhere, a
 * reference re-pointed at a re-parsed file), so targets are read when the uses are indexed, never
 * kept here. After an edit of one file the uses index then walks that file's syntax tree only: at
 * 20,000 elements the walk of every element took 100–150 ms of a hover right after the edit.
 */
export class ReferencesByDocument {
    private readonly lists = new WeakMap<LangiumDocument, { root: AstNode; uses: ElementUse[] }>();

    /**
     * Every reference below `elements` (the elements of `document` read from its syntax tree `root`,
     * in order), in the order of a walk of each element. Kept only while `root` is the document's
     * current tree: facts made before an edit still read the old tree.
     */
    in(document: LangiumDocument, root: AstNode, elements: readonly Element[]): readonly ElementUse[] {
        const known = this.lists.get(document);
        if (known?.root === root) {
            return known.uses;
        }
        const uses: ElementUse[] = [];
        for (const user of elements) {
            forEachReferenceBelow(user, (_reference, property, index, holder) => {
                uses.push({ user, holder, property, index });
            });
        }
        if (root === document.parseResult.value) {
            this.lists.set(document, { root, uses });
        }
        return uses;
    }
}

/**
 * The uses of each element (`lists`, in order), keyed by the element each reference resolves to
 * now; references that resolve to nothing or to a node that is not an element are left out.
 */
export function indexUses(lists: Iterable<readonly ElementUse[]>): Map<Element, ElementUse[]> {
    const uses = new Map<Element, ElementUse[]>();
    for (const list of lists) {
        for (const use of list) {
            const reference = referenceOfUse(use);
            const target = reference && referencedNode(reference);
            if (target && isElement(target)) {
                pushTo(uses, target, use);
            }
        }
    }
    return uses;
}
