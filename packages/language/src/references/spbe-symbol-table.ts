import { DocumentState, WorkspaceCache, type AstNodeDescription, type LangiumSharedCoreServices } from 'langium';
import { pushTo } from 'spbe-model';
import type { Namespace } from './reference-targets.js';

/** An index entry; infrastructure also carries its `jenis` so `via` can demand a sistemPenghubung. */
export interface SpbeDescription extends AstNodeDescription {
    jenis?: string;
    /** For elements: the owning OPD code and the simple name. */
    opd?: string;
    simpleName?: string;
}

interface Tables {
    readonly byNamespace: Record<Namespace, Map<string, SpbeDescription[]>>;
    /** Element simple name → descriptions, to suggest the qualified name when a reference forgets it. */
    readonly bySimpleName: Map<string, SpbeDescription[]>;
}

/**
 * Hash tables over Langium's global index, rebuilt once per indexing phase. Langium's default
 * scoping chains stream scopes that are scanned linearly per reference, which makes linking
 * quadratic in a large OPD; here every lookup is one map access.
 */
export class SpbeSymbolTable {
    private readonly cache: WorkspaceCache<string, Tables>;
    private readonly shared: LangiumSharedCoreServices;

    constructor(shared: LangiumSharedCoreServices) {
        this.shared = shared;
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedContent);
    }

    lookup(namespace: Namespace, key: string): readonly SpbeDescription[] {
        return this.tables().byNamespace[namespace].get(key) ?? [];
    }

    withSimpleName(name: string): readonly SpbeDescription[] {
        return this.tables().bySimpleName.get(name) ?? [];
    }

    all(namespace: Namespace): Iterable<SpbeDescription[]> {
        return this.tables().byNamespace[namespace].values();
    }

    private tables(): Tables {
        return this.cache.get('tables', () => this.build());
    }

    private build(): Tables {
        const byNamespace: Tables['byNamespace'] = { opd: new Map(), element: new Map(), rencana: new Map() };
        const bySimpleName = new Map<string, SpbeDescription[]>();
        for (const description of this.shared.workspace.IndexManager.allElements()) {
            const d = description as SpbeDescription;
            const namespace = namespaceOf(d.type);
            pushTo(byNamespace[namespace], d.name, d);
            if (namespace === 'element' && d.simpleName) {
                pushTo(bySimpleName, d.simpleName, d);
            }
        }
        return { byNamespace, bySimpleName };
    }
}

export function namespaceOf(type: string): Namespace {
    return type === 'Opd' ? 'opd' : type === 'Rencana' ? 'rencana' : 'element';
}

