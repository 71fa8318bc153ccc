import { isAstNode, isMultiReference, isReference, type AstNode, type MultiReference, type Reference } from 'langium';

/**
 * Plain-loop versions of Langium's `AstUtils.streamAst` / `streamContents` / `streamReferences`, in
 * the same order (property order, then array index; a node before its children). Linking, the
 * checks and the uses index walk every node of every document once per build; Langium's lazy
 * streams allocate closures, state objects and iterator results per node and per property, which
 * was a tenth of a cold `spbe validate` and much of its garbage. These allocate one array per call.
 * Each walker (and `linkContainers` in the parser) writes out the same loop over a node's own
 * properties instead of sharing one that calls back per property: they run for every node of every
 * file, and a callback shared by four walkers is a call V8 cannot inline.
 */

/** The direct children of `node` (what `AstUtils.streamContents(node)` yields), in order. */
export function childrenOf(node: AstNode): AstNode[] {
    const children: AstNode[] = [];
    for (const key of Object.keys(node)) {
        if (key.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const item of value) {
                if (isAstNode(item)) {
                    children.push(item);
                }
            }
        } else if (isAstNode(value)) {
            children.push(value);
        }
    }
    return children;
}

/** `root` and every node below it, parents before children (the order of `AstUtils.streamAst(root)`). */
export function nodesInOrder(root: AstNode): AstNode[] {
    const nodes: AstNode[] = [];
    const stack: AstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        nodes.push(node);
        pushChildrenReversed(node, stack);
    }
    return nodes;
}

/** Pushes the children of `node` last-first, so that popping `stack` visits them in order. */
export function pushChildrenReversed(node: AstNode, stack: AstNode[]): void {
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) {
        stack.push(children[i]);
    }
}

/** One reference held by a node: what `AstUtils.streamReferences(node)` yields, without the container. */
export type ReferenceVisitor = (reference: Reference | MultiReference, property: string, index: number | undefined) => void;

/** Calls `visit` for each reference `node` itself holds (not its children's), in property order. */
export function forEachReference(node: AstNode, visit: ReferenceVisitor): void {
    for (const key of Object.keys(node)) {
        if (key.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[key];
        if (isReference(value) || isMultiReference(value)) {
            visit(value, key, undefined);
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isReference(item) || isMultiReference(item)) {
                    visit(item, key, index);
                }
            }
        }
    }
}

/** One reference below a root: `holder` is the node holding it. */
export type HeldReferenceVisitor = (reference: Reference | MultiReference, property: string, index: number | undefined, holder: AstNode) => void;

/**
 * Calls `visit` for every reference held by `root` or a node below it: the references of
 * `nodesInOrder(root)`, each node's in property order. One pass reads each node's properties once
 * (for its references and its children), where `nodesInOrder` then `forEachReference` read them twice;
 * the uses index and the model builder walk every element this way.
 */
export function forEachReferenceBelow(root: AstNode, visit: HeldReferenceVisitor): void {
    const stack: AstNode[] = [root];
    const children: AstNode[] = [];
    while (stack.length > 0) {
        const node = stack.pop()!;
        children.length = 0;
        for (const key of Object.keys(node)) {
            if (key.charCodeAt(0) === 36 /* $ */) {
                continue;
            }
            const value = (node as unknown as Record<string, unknown>)[key];
            if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const item: unknown = value[index];
                    if (isAstNode(item)) {
                        children.push(item);
                    } else if (isReference(item) || isMultiReference(item)) {
                        visit(item, key, index, node);
                    }
                }
            } else if (isAstNode(value)) {
                children.push(value);
            } else if (isReference(value) || isMultiReference(value)) {
                visit(value, key, undefined, node);
            }
        }
        for (let i = children.length - 1; i >= 0; i--) {
            stack.push(children[i]);
        }
    }
}
