import { DefaultAstNodeLocator, type AstNode } from 'langium';

/**
 * Langium rebuilds each reference's source path (`/declarations@3/elements@12/…`) by walking up the
 * tree every time a document's references are indexed, which after an edit happens for every
 * document referring to the edited one. A node's path never changes once it is parsed (a re-parse
 * makes new nodes), so it is computed once per node.
 */
export class SpbeAstNodeLocator extends DefaultAstNodeLocator {
    private readonly paths = new WeakMap<AstNode, string>();

    override getAstNodePath(node: AstNode): string {
        let path = this.paths.get(node);
        if (path === undefined) {
            path = super.getAstNodePath(node);
            this.paths.set(node, path);
        }
        return path;
    }
}
