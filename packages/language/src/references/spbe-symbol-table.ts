import { DocumentState, type AstNodeDescription, type LangiumSharedCoreServices } from 'langium';
import { pushTo } from 'spbe-model';
import type { Namespace } from './reference-targets.js';
import type { SpbeIndexManager } from '../workspace/spbe-index-manager.js';

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
 * Hash tables over Langium's global index. Langium's default scoping chains stream scopes that are
 * scanned linearly per reference, which makes linking quadratic in a large OPD; here every lookup
 * is one map access. The tables follow the index file by file: after an edit only the files that
 * were re-indexed (a new exports array) or removed are taken out and merged in again, where the
 * whole 20k-element table used to be rebuilt per edit. A re-indexed file's entries go last, as in
 * Langium's own index order.
 */
export class SpbeSymbolTable {
    private readonly shared: LangiumSharedCoreServices;
    private readonly tablesNow: Tables = { byNamespace: { opd: new Map(), element: new Map(), rencana: new Map() }, bySimpleName: new Map() };
    /** Per file URI: the exports array merged into the tables. */
    private readonly merged = new Map<string, readonly AstNodeDescription[]>();
    /** Whether the index may have changed since the last merge (set whenever a file is indexed, and on every update). */
    private stale = true;

    constructor(shared: LangiumSharedCoreServices) {
        this.shared = shared;
        const builder = shared.workspace.DocumentBuilder;
        builder.onDocumentPhase(DocumentState.IndexedContent, () => { this.stale = true; });
        builder.onUpdate(() => { this.stale = true; });
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
        if (this.stale) {
            this.stale = false;
            this.follow((this.shared.workspace.IndexManager as SpbeIndexManager).exportsByFile());
        }
        return this.tablesNow;
    }

    /** Takes out the files that changed or left the index, then merges in the changed and new ones. */
    private follow(index: ReadonlyMap<string, readonly AstNodeDescription[]>): void {
        for (const [uri, exports] of this.merged) {
            if (index.get(uri) !== exports) {
                this.remove(exports);
                this.merged.delete(uri);
            }
        }
        for (const [uri, exports] of index) {
            if (!this.merged.has(uri)) {
                this.add(exports);
                this.merged.set(uri, exports);
            }
        }
    }

    private add(exports: readonly AstNodeDescription[]): void {
        for (const description of exports) {
            const d = description as SpbeDescription;
            const namespace = namespaceOf(d.type);
            pushTo(this.tablesNow.byNamespace[namespace], d.name, d);
            if (namespace === 'element' && d.simpleName) {
                pushTo(this.tablesNow.bySimpleName, d.simpleName, d);
            }
        }
    }

    private remove(exports: readonly AstNodeDescription[]): void {
        const gone = new Set(exports);
        for (const description of exports) {
            const d = description as SpbeDescription;
            const namespace = namespaceOf(d.type);
            without(this.tablesNow.byNamespace[namespace], d.name, gone);
            if (namespace === 'element' && d.simpleName) {
                without(this.tablesNow.bySimpleName, d.simpleName, gone);
            }
        }
    }
}

/** Drops the descriptions in `gone` from the list under `key` (and the key once its list is empty). */
function without(map: Map<string, SpbeDescription[]>, key: string, gone: ReadonlySet<AstNodeDescription>): void {
    const list = map.get(key);
    if (!list) {
        return;
    }
    const kept = list.filter(d => !gone.has(d));
    if (kept.length === 0) {
        map.delete(key);
    } else if (kept.length !== list.length) {
        map.set(key, kept);
    }
}

export function namespaceOf(type: string): Namespace {
    return type === 'Opd' ? 'opd' : type === 'Rencana' ? 'rencana' : 'element';
}

