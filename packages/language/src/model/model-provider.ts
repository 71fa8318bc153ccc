import { DocumentState, WorkspaceCache, type CommentProvider, type LangiumSharedCoreServices } from 'langium';
import { isBuiltinDocument } from '../builtin/builtin-library.js';
import { isOpd, type Opd, type Workspace } from '../generated/ast.js';
import type { WorkspaceFactsProvider } from '../analysis/workspace-facts.js';
import { buildModel } from './model-builder.js';
import type { SpbeModel } from 'spbe-model';

/** The semantic model of the current workspace, rebuilt lazily after any relinking. */
export class SpbeModelProvider {
    private readonly cache: WorkspaceCache<string, SpbeModel>;

    constructor(
        private readonly shared: LangiumSharedCoreServices,
        private readonly facts: WorkspaceFactsProvider,
        private readonly comments: CommentProvider
    ) {
        this.cache = new WorkspaceCache(shared, DocumentState.Linked);
    }

    get(): SpbeModel {
        return this.cache.get('model', () => buildModel(this.facts.get(), this.library(), this.comments));
    }

    private library(): Opd[] {
        return this.shared.workspace.LangiumDocuments.all
            .filter(isBuiltinDocument)
            .flatMap(d => (d.parseResult.value as Workspace).declarations.filter(isOpd))
            .toArray();
    }
}
