import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import {
    DefaultDocumentBuilder, DocumentState, isReference, OperationCancelled, URI, UriUtils, type AstNodeDescription, type BuildOptions,
    type LangiumDocument, type LangiumSharedCoreServices, type Reference
} from 'langium';
import { pushTo } from 'spbe-model';
import { isPemda, type Workspace } from '../generated/ast.js';
import type { SpbeDescription } from '../references/spbe-symbol-table.js';
import type { SpbeDocumentFactory } from './spbe-document-factory.js';

/** What the builder decided since it was created; tests assert on these counts (never on time). */
export interface RelinkCounts {
    /** Documents reset for relinking because a document they refer to changed its exported names or kinds. */
    relinked: number;
    /** References re-pointed at the re-parsed node of the same name, without resolving their names again. */
    retargeted: number;
    /** Documents whose reference index was rebuilt because their targets moved within an edited file. */
    reindexed: number;
    /** Documents revalidated (not relinked) because the pemda's reference settings changed. */
    revalidated: number;
}

/** Exported descriptions of one document by name, as the rest of the workspace was last linked against them. */
type ExportsByName = Map<string, SpbeDescription[]>;

/**
 * Langium relinks, re-indexes and revalidates every document that refers to an edited one. In a
 * workspace where every OPD refers to a central one, typing in that OPD rebuilt all of them. Here a
 * referring document is relinked only when the edit changed what its names can resolve to: a name
 * exported by the edited document appeared, disappeared or changed its kind (or infrastructure
 * `jenis`, which `via` filters on). Otherwise its references are re-pointed at the new nodes of the
 * same names (the index says where they are now), which is what hover and go-to-definition read;
 * its fast diagnostics depend only on its own text and on which names resolve, so they still hold.
 *
 * The comparison needs the edited document's new exports, known only once it is indexed, so it runs
 * after the IndexedContent phase of every build; documents it resets are built right after the
 * build that found them (or by the next one when that build was cancelled: they stay below
 * `Validated`, which Langium's `update` always rebuilds).
 */
export class SpbeDocumentBuilder extends DefaultDocumentBuilder {
    /** Per document URI: its exports as the referring documents are currently linked against. */
    private readonly linkedExports = new Map<string, ExportsByName>();
    private readonly relinkQueue = new Set<LangiumDocument>();
    /** Documents taken from the queue by the build that relinks them, until it has finished. */
    private readonly relinking = new Set<LangiumDocument>();
    private lastChangedUris: Set<string> | undefined;
    private deletedUris = new Set<string>();
    /** Per document URI: the reference settings of its pemda, as the other documents were last validated with. */
    private readonly pemdaSettings = new Map<string, string>();
    readonly counts: RelinkCounts = { relinked: 0, retargeted: 0, reindexed: 0, revalidated: 0 };

    private readonly factory: SpbeDocumentFactory;
    /** Until the language server's first run of every check has settled (see {@link awaitFirstRun}). */
    private firstRun: Promise<void> | undefined;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.factory = services.workspace.LangiumDocumentFactory as SpbeDocumentFactory;
        this.onBuildPhase(DocumentState.IndexedContent, documents => this.followExports(documents));
    }

    /**
     * The language server's first build validates nothing (Langium's rule); the run of every check
     * that follows waits for the client's settings. Until `run` settles, a request that needs a file
     * validated (a quick fix, the findings lens) waits for it, where Langium refused it (-32803).
     */
    awaitFirstRun(run: Promise<void>): void {
        this.firstRun = run;
        void run.then(() => {
            if (this.firstRun === run) {
                this.firstRun = undefined;
            }
        });
    }

    /**
     * What an LSP request waits for before it reads a document (Langium's request handlers call it
     * through `waitUntil`). Langium answers at once when the document has reached `state`, and fails
     * the request (-32803) when the builder's phase is past `state` but the document is not. Three
     * kinds of document are neither: one whose editor text is newer than its syntax tree (the build for the
     * change has not started, see {@link SpbeDocumentFactory}), one this builder reset for
     * relinking, which the build after the current one links, and, until the server's first run of
     * every check, one not validated yet (or, for a request that reads findings, validated by an
     * earlier build with the as-you-type checks only). Requests on them wait for that build.
     */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        const document = this.langiumDocuments.getDocument(uri);
        const stale = (d: LangiumDocument) => this.awaitsBuild(d, state);
        if (!document || cancelToken.isCancellationRequested) {
            return super.awaitDocumentState(state, uri, cancelToken);
        }
        if (document.state >= state && !stale(document)) {
            return Promise.resolve(uri);
        }
        return new Promise<URI>((resolve, reject) => {
            let settled = false;
            const settle = (outcome: () => void) => {
                settled = true;
                clearInterval(poll);
                phase.dispose();
                update.dispose();
                cancel.dispose();
                outcome();
            };
            const check = () => {
                const current = this.langiumDocuments.getDocument(uri);
                if (settled) {
                    return;
                } else if (!current) {
                    settle(() => reject(new ResponseError(LSPErrorCodes.ServerCancelled, `The document ${uri.toString()} was removed.`)));
                } else if (stale(current)) {
                    return;
                } else if (current.state >= state) {
                    settle(() => resolve(uri));
                } else if (this.currentState >= state) {
                    // Langium's answer for a file left out of a build that has passed `state`.
                    settle(() => reject(new ResponseError(LSPErrorCodes.RequestFailed,
                        `Document state of ${uri.toString()} is ${DocumentState[current.state]}, requiring ${DocumentState[state]}, but workspace state is already ${DocumentState[this.currentState]}.`)));
                }
            };
            // Langium skips the phase listeners of a build cancelled just as a file reached the
            // phase, and the next build does not build that file again: the events alone could
            // leave a request waiting for good. So the state is also looked at on every update,
            // when the first run settles, and every 250 ms.
            const phase = this.onDocumentPhase(state, built => {
                if (UriUtils.equals(built.uri, uri)) {
                    check();
                }
            });
            const update = this.onUpdate(() => check());
            void this.firstRun?.then(check);
            const poll = setInterval(check, 250);
            poll.unref();
            const cancel = cancelToken.onCancellationRequested(() => settle(() => reject(OperationCancelled)));
        });
    }

    /** Whether a request needing `document` at `state` must wait for a build still to come (see awaitDocumentState). */
    private awaitsBuild(document: LangiumDocument, state: DocumentState): boolean {
        if (this.factory.isBehindEditor(document)) {
            return true;
        }
        if (this.firstRun !== undefined) {
            // Before the first run of every check, a file validated by an earlier build (an editor
            // that opened it) has the as-you-type findings only: what needs findings waits too.
            return document.state < state || state >= DocumentState.Validated;
        }
        return document.state < state && (this.relinkQueue.has(document) || this.relinking.has(document));
    }

    /**
     * Langium's rule: relink what has linking errors or refers to a changed or deleted URI. Changed
     * documents are decided after they are indexed (`followExports`); only deleted ones are decided
     * here, since they will never be indexed again.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (changedUris !== this.lastChangedUris) {
            // The same set is passed for every document of one update; find its deleted URIs once.
            this.lastChangedUris = changedUris;
            this.deletedUris = new Set([...changedUris].filter(uri => !this.langiumDocuments.hasDocument(URI.parse(uri))));
            this.deletedUris.forEach(uri => { this.linkedExports.delete(uri); this.pemdaSettings.delete(uri); });
        }
        const relink = this.deletedUris.size > 0 && super.shouldRelink(document, this.deletedUris);
        if (relink) {
            this.counts.relinked++;
        }
        return relink;
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        // Left by a cancelled relink and built since (or deleted): nothing to wait for any more.
        [...this.relinking].filter(d => d.state >= DocumentState.Validated || !this.langiumDocuments.hasDocument(d.uri)).forEach(d => this.relinking.delete(d));
        await super.buildDocuments(documents, options, cancelToken);
        const pending = [...this.relinkQueue].filter(d => d.state < DocumentState.Validated && this.langiumDocuments.hasDocument(d.uri));
        this.relinkQueue.clear();
        if (pending.length > 0) {
            // This build's files were checked while the pending ones were below Linked, so with the
            // workspace facts of the build before (see WorkspaceFactsProvider): a check that reads
            // the pemda's settings or another file's declarations saw the old ones (a new local
            // code's parent was missing). They are checked again once the pending files are linked.
            const checkedEarly = documents.filter(d => d.state === DocumentState.Validated && !pending.includes(d) && this.langiumDocuments.hasDocument(d.uri));
            // Requests on them wait until they are built (awaitDocumentState); a cancelled build
            // leaves them below Validated, so the next update builds them and they stay awaited.
            pending.forEach(d => this.relinking.add(d));
            await this.buildDocuments(this.sortDocuments(pending), options, cancelToken);
            pending.forEach(d => this.relinking.delete(d));
            if (checkedEarly.length > 0 && options.validation) {
                checkedEarly.forEach(d => this.resetToState(d, DocumentState.IndexedReferences));
                await super.buildDocuments(checkedEarly, options, cancelToken);
            }
        }
    }

    /** Compares each freshly indexed document's exports with what the others are linked against. */
    private async followExports(indexed: LangiumDocument[]): Promise<void> {
        const rebuilding = new Set(indexed.map(d => d.uri.toString()));
        // Only documents that are linked now and are not being rebuilt in this build can be stale.
        const linked = this.langiumDocuments.all.filter(d => d.state >= DocumentState.Linked && !rebuilding.has(d.uri.toString())).toArray();
        const reindex = new Set<LangiumDocument>();
        for (const document of indexed) {
            const uri = document.uri.toString();
            const now = exportsByName(this.indexManager.allElements(undefined, new Set([uri])));
            const before = this.linkedExports.get(uri);
            this.linkedExports.set(uri, now);
            const changedNames = before ? namesWithOtherMeaning(before, now) : new Set(now.keys());
            for (const other of linked) {
                if (other.state < DocumentState.Linked) {
                    continue; // reset by an earlier document of this loop
                }
                const outcome = this.follow(other, uri, before, now, changedNames);
                if (outcome === 'relink') {
                    this.resetToState(other, DocumentState.ComputedScopes);
                    this.relinkQueue.add(other);
                    reindex.delete(other);
                    this.counts.relinked++;
                } else if (outcome === 'reindex') {
                    reindex.add(other);
                }
            }
        }
        for (const document of reindex) {
            await this.indexManager.updateReferences(document, CancellationToken.None);
            this.counts.reindexed++;
        }
        this.followPemda(indexed, linked);
    }

    /**
     * Fast checks of every document read the pemda's `referensi` and `kodeLokal` (which ref codes
     * exist), though no document refers to the pemda: when they change, the others are revalidated
     * (their links stand). Langium's rule left them stale until the next full run.
     */
    private followPemda(indexed: LangiumDocument[], linked: LangiumDocument[]): void {
        let changed = false;
        for (const document of indexed) {
            const uri = document.uri.toString();
            const settings = pemdaSettingsOf(document);
            changed ||= (this.pemdaSettings.get(uri) ?? '') !== settings;
            this.pemdaSettings.set(uri, settings);
        }
        if (!changed) {
            return;
        }
        for (const other of linked) {
            if (other.state >= DocumentState.Validated) {
                this.resetToState(other, DocumentState.IndexedReferences);
                this.relinkQueue.add(other);
                this.counts.revalidated++;
            }
        }
    }

    /**
     * What `document` needs after the document at `uri` changed its exports from `before` to `now`:
     * a relink, a new reference index (its targets moved), or nothing once its references point at
     * the new nodes.
     */
    private follow(document: LangiumDocument, uri: string, before: ExportsByName | undefined, now: ExportsByName, changedNames: Set<string>): 'relink' | 'reindex' | 'none' {
        const references = referencesByTarget(document);
        if (references === 'relink') {
            return 'relink';
        }
        if (changedNames.size > 0) {
            // A new name may resolve a reference that failed (and changes the hints of the others).
            if (document.references.some(r => r.error !== undefined)) {
                return 'relink';
            }
            for (const list of references.values()) {
                if (list.some(r => changedNames.has((r.$nodeDescription as AstNodeDescription).name))) {
                    return 'relink';
                }
            }
        }
        const moves: Array<{ reference: Reference; target: SpbeDescription }> = [];
        let moved = false;
        for (const reference of references.get(uri) ?? []) {
            const old = reference.$nodeDescription as SpbeDescription;
            const index = before?.get(old.name)?.indexOf(old) ?? -1;
            const target = now.get(old.name)?.[index];
            if (index < 0 || !target) {
                return 'relink'; // linked against exports this builder did not record
            }
            moves.push({ reference, target });
            moved ||= target.path !== old.path;
        }
        for (const { reference, target } of moves) {
            retarget(reference, target);
        }
        this.counts.retargeted += moves.length;
        return moved ? 'reindex' : 'none';
    }
}

/** A document's resolved references grouped by the URI of their target, remembered per references array. */
const groupedReferences = new WeakMap<object, { length: number; byTarget: Map<string, Reference[]> }>();

/**
 * The resolved references of `document` by target URI ('relink' for a multi-reference, which the
 * grammar does not use). Linking replaces `document.references` with a new array and lazily resolved
 * references are appended to it, so the grouping is kept while the array and its length are unchanged.
 */
function referencesByTarget(document: LangiumDocument): Map<string, Reference[]> | 'relink' {
    const all = document.references;
    const known = groupedReferences.get(all);
    if (known && known.length === all.length) {
        return known.byTarget;
    }
    const byTarget = new Map<string, Reference[]>();
    for (const reference of all) {
        if (!isReference(reference)) {
            return 'relink';
        }
        const target = reference.$nodeDescription;
        if (target) {
            pushTo(byTarget, target.documentUri.toString(), reference);
        }
    }
    groupedReferences.set(all, { length: all.length, byTarget });
    return byTarget;
}

/** The reference settings of the pemda declarations of a document ('' when it has none). */
function pemdaSettingsOf(document: LangiumDocument): string {
    const root = document.parseResult.value as Workspace;
    return (root.declarations ?? []).filter(isPemda)
        .map(p => `${p.referensi.join(',')}:${p.kodeLokal.map(k => k.code).join(',')}`).join(';');
}

/** Groups a document's exported descriptions by name (duplicates keep their order). */
function exportsByName(descriptions: Iterable<AstNodeDescription>): ExportsByName {
    const byName: ExportsByName = new Map();
    for (const d of descriptions) {
        pushTo(byName, d.name, d as SpbeDescription);
    }
    return byName;
}

/** What a name means to the scope provider: the kinds (and infrastructure `jenis`) it stands for, in order. */
function meaning(descriptions: readonly SpbeDescription[] | undefined): string {
    return (descriptions ?? []).map(d => `${d.type}:${d.jenis ?? ''}`).join('|');
}

/** Names that appeared, disappeared or stand for other kinds between two exports of one document. */
function namesWithOtherMeaning(before: ExportsByName, now: ExportsByName): Set<string> {
    const changed = new Set<string>();
    for (const name of new Set([...before.keys(), ...now.keys()])) {
        if (meaning(before.get(name)) !== meaning(now.get(name))) {
            changed.add(name);
        }
    }
    return changed;
}

/**
 * Points a resolved reference at the node a re-parse made for the same name. Langium's reference
 * keeps the resolved node in `_ref` and its description in `_nodeDescription` (the fields its own
 * `Linker.unlink` clears); the description carries the new node.
 */
function retarget(reference: Reference, target: SpbeDescription): void {
    const fields = reference as unknown as { _ref: unknown; _nodeDescription: AstNodeDescription };
    fields._nodeDescription = target;
    fields._ref = target.node;
}
