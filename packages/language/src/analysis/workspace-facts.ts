import { AstUtils, DocumentState, WorkspaceCache, type AstNode, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { isBuiltinDocument } from '../builtin/builtin-library.js';
import { qualifiedName } from '../references/spbe-naming.js';
import { indexUses, ReferencesByDocument, type ElementUse } from './element-uses.js';
import {
    isAplikasi, isIntegrasi, isOpd, isPemda, isPenilaian, isPetaRencana,
    type Aplikasi, type Element, type Integrasi, type Opd, type Pemda, type Penilaian, type Rencana, type Workspace, type YearRange
} from '../generated/ast.js';
import { DefaultReferenceVersion } from 'spbe-model';
import { lifetime, type YearSpan } from 'spbe-model';
import type { Period } from 'spbe-model';
import { appendAll, pushTo } from 'spbe-model';

export type { ElementUse } from './element-uses.js';

export type { Period };

/**
 * Everything the workspace-wide checks and the semantic model need, cached until the next linking
 * phase. Construction only lists the declarations; the indexes that follow references (uses,
 * realizers, integrations, lifetimes) are built on first use, once per build, so the checks that run
 * as the user types never pay for a workspace-wide reference walk. Checks answer from these maps
 * instead of scanning the workspace per element, which keeps validation linear.
 */
export class WorkspaceFacts {
    readonly documents: LangiumDocument[] = [];
    readonly pemdas: Pemda[] = [];
    /** Workspace OPDs (not the library), in file path order. */
    readonly opds: Opd[] = [];
    readonly elements: Element[] = [];
    readonly items: Rencana[] = [];
    readonly penilaian: Penilaian[] = [];
    /** Each workspace document (in `documents` order) with the syntax tree and the elements read from it. */
    private readonly sources: Array<{ document: LangiumDocument; root: Workspace; elements: Element[] }> = [];
    private readonly references: ReferencesByDocument;
    private readonly lifetimes = new Map<Element, YearSpan>();
    private readonly memos = new Map<string, unknown>();
    /** The URIs of the files reset since these facts were made (see `markOutdated`). */
    private readonly resetUris = new Set<string>();

    /**
     * @param documents the documents to read (the built-in library is skipped).
     * @param references the references per document, shared by the facts of successive builds so
     *   that the uses index reads again only the files parsed again.
     */
    constructor(documents: readonly LangiumDocument[], references = new ReferencesByDocument()) {
        this.references = references;
        const ordered = [...documents].sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
        for (const document of ordered) {
            if (isBuiltinDocument(document)) {
                continue;
            }
            this.documents.push(document);
            const root = document.parseResult.value as Workspace;
            const first = this.elements.length;
            this.collect(root);
            this.sources.push({ document, root, elements: this.elements.slice(first) });
        }
    }

    /**
     * Whether a file of the workspace changed after these facts were made (see
     * `WorkspaceFactsProvider`): its nodes are then new, and references elsewhere may already point
     * at them, so an element of a changed file is looked up by kind and qualified name instead of by
     * node.
     */
    get outdated(): boolean {
        return this.resetUris.size > 0;
    }

    /**
     * Marks the facts outdated after an update that reset the files `uris` (changed or deleted);
     * the indexes by name are remade on next use, since each update can reset other files.
     */
    markOutdated(uris: Iterable<string>): void {
        for (const uri of uris) {
            this.resetUris.add(uri);
        }
        for (const key of [...this.memos.keys()]) {
            if (key.endsWith(ByNameSuffix)) {
                this.memos.delete(key);
            }
        }
    }

    get pemda(): Pemda | undefined {
        return this.pemdas[0];
    }

    /** The pemda's periode, when it is written and well-formed. */
    get period(): Period | undefined {
        const range = this.pemda?.periode[0];
        return range ? validRange(range) : undefined;
    }

    get referenceVersion(): string {
        return this.pemda?.referensi[0] ?? DefaultReferenceVersion;
    }

    get localCodes(): ReadonlySet<string> {
        return this.memo('local-codes', () => new Set(this.pemdas.flatMap(p => p.kodeLokal.map(k => k.code))));
    }

    /**
     * Every element-to-element reference, keyed by the element referred to. Once outdated, the
     * references of files parsed again or waiting to be linked again are left out (see `linkable`).
     */
    get uses(): ReadonlyMap<Element, ElementUse[]> {
        return this.memo('uses', () => indexUses(this.sources
            .filter(source => !this.outdated || isLinkedTree(source.document, source.root))
            .map(source => this.references.in(source.document, source.root, source.elements))));
    }

    /** Roadmap items that `mewujudkan` each element. */
    get realizers(): ReadonlyMap<Element, Rencana[]> {
        return this.memo('realizers', () => this.itemsBy('mewujudkan'));
    }

    /** Roadmap items that `menghentikan` each element. */
    get retirers(): ReadonlyMap<Element, Rencana[]> {
        return this.memo('retirers', () => this.itemsBy('menghentikan'));
    }

    get integrationsByApp(): ReadonlyMap<Aplikasi, Integrasi[]> {
        return this.memo('integrations-by-app', () => {
            const map = new Map<Aplikasi, Integrasi[]>();
            for (const element of this.linkable(this.elements)) {
                if (isIntegrasi(element)) {
                    for (const ref of [...element.dari, ...element.ke]) {
                        if (ref.ref) {
                            pushTo(map, ref.ref, element);
                        }
                    }
                }
            }
            return map;
        });
    }

    /** Computes a derived index once per facts instance (duplicate groups, cycles, assessments…). */
    memo<T>(key: string, compute: () => T): T {
        if (!this.memos.has(key)) {
            this.memos.set(key, compute());
        }
        return this.memos.get(key) as T;
    }

    /** Makes the indexes the editor's hover and code lens read, so that a later request finds them made. */
    prefetch(): void {
        void this.uses;
        void this.realizers;
        void this.retirers;
    }

    usesOf(element: Element): readonly ElementUse[] {
        return this.entriesFor('uses', this.uses, element);
    }

    /** Retired by status or by a roadmap item (spec §5.3 retired-element-in-use). */
    isRetired(element: Element): boolean {
        return element.status[0] === 'dihentikan' || this.entriesFor('retirers', this.retirers, element).length > 0;
    }

    lifetime(element: Element): YearSpan {
        let span = this.lifetimes.get(element);
        if (!span) {
            span = lifetime({
                status: element.status[0] ?? 'eksisting',
                hingga: element.hingga[0],
                realizedBy: this.entriesFor('realizers', this.realizers, element).map(itemEnd).filter(isNumber),
                retiredBy: this.entriesFor('retirers', this.retirers, element).map(itemEnd).filter(isNumber)
            });
            this.lifetimes.set(element, span);
        }
        return span;
    }

    /**
     * `nodes` whose references can be followed: all of them, or once outdated, those still in their
     * file's syntax tree in a linked file. A file waiting to be relinked must not have its references
     * resolved now: Langium's linker keeps what is resolved early and skips it later, so a link made
     * before the file it names was indexed again would stay wrong. A re-parsed file's old nodes lost
     * their links, and resolving one again, even once that file is linked anew, adds its error to the
     * file's references, which the file's checks then report (an `unresolved-reference` for a name
     * the text no longer has).
     */
    private linkable<T extends AstNode>(nodes: readonly T[]): readonly T[] {
        return this.outdated ? nodes.filter(node => isLinkedTree(AstUtils.getDocument(node), AstUtils.findRootNode(node))) : nodes;
    }

    /**
     * The entries of `map` (memo `name`) for `element`: by node, unless the facts are outdated and
     * `element` is a node they do not hold (its file was parsed again); then by kind and qualified
     * name among the entries of the reset files' nodes. Only those are grouped by name: after an
     * edit of one file, a hover right after it groups that file's elements, not every element of
     * the workspace (grouping all 20,000 took 30–60 ms of the request's time).
     */
    private entriesFor<T>(name: string, map: ReadonlyMap<Element, T[]>, element: Element): readonly T[] {
        if (!this.outdated || this.holds(element)) {
            return map.get(element) ?? [];
        }
        const byName = this.memo(`${name}${ByNameSuffix}`, () => {
            const grouped = new Map<string, T[]>();
            map.forEach((entries, target) => {
                if (this.resetUris.has(AstUtils.getDocument(target).uri.toString())) {
                    appendAll(getOrCreate(grouped, nameKey(target)), entries);
                }
            });
            return grouped;
        });
        return byName.get(nameKey(element)) ?? [];
    }

    /** Whether `element` is one of the nodes these facts were made from. */
    private holds(element: Element): boolean {
        return this.memo('element-set', () => new Set(this.elements)).has(element);
    }

    private itemsBy(property: 'mewujudkan' | 'menghentikan'): Map<Element, Rencana[]> {
        const map = new Map<Element, Rencana[]>();
        for (const item of this.linkable(this.items)) {
            for (const list of item[property]) {
                list.refs.forEach(r => r.ref && pushTo(map, r.ref, item));
            }
        }
        return map;
    }

    private collect(root: Workspace): void {
        for (const declaration of root.declarations ?? []) {
            if (isPemda(declaration)) {
                this.pemdas.push(declaration);
            } else if (isOpd(declaration)) {
                this.opds.push(declaration);
                appendAll(this.elements, declaration.elements);
            } else if (isPetaRencana(declaration)) {
                appendAll(this.items, declaration.items);
            } else if (isPenilaian(declaration)) {
                this.penilaian.push(declaration);
            }
        }
    }
}

/** Whether `root` is `document`'s current syntax tree and the document is linked. */
function isLinkedTree(document: LangiumDocument, root: AstNode): boolean {
    return document.parseResult.value === root && document.state >= DocumentState.Linked;
}

/** The memo key suffix of the indexes by kind and qualified name, remade after each update while outdated. */
const ByNameSuffix = '-by-name';

function getOrCreate<K, V>(map: Map<K, V[]>, key: K): V[] {
    let list = map.get(key);
    if (!list) {
        list = [];
        map.set(key, list);
    }
    return list;
}

function nameKey(element: Element): string {
    return `${element.$type} ${qualifiedName(element)}`;
}

/** First and last year of a well-formed range (start ≤ end), else undefined. */
export function validRange(range: YearRange): Period | undefined {
    const start = range.start;
    // `2025..2.02`: an end that was written but could not be read is not a one-year range.
    if (range.end === undefined && range.$cstNode?.text.includes('..')) {
        return undefined;
    }
    const end = range.end ?? range.start;
    if (!isNumber(start) || !isNumber(end) || start > end) {
        return undefined;
    }
    return { start, end };
}

export function itemYears(item: Rencana): Period | undefined {
    const range = item.tahun[0];
    return range ? validRange(range) : undefined;
}

export function itemEnd(item: Rencana): number | undefined {
    return itemYears(item)?.end;
}

export function isWorkspaceApp(node: AstNode): node is Aplikasi {
    return isAplikasi(node) && !isBuiltinDocument(AstUtils.getDocument(node));
}

function isNumber(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}


/**
 * The facts of the workspace, made on first use after a build links and kept until the next one links.
 *
 * Facts follow references, which are made only in linked documents: resolving one earlier (Langium
 * allows it from `ComputedScopes` on) fixes it before the build has linked it. While an edit is being
 * built (its file parsed again, or files that use it waiting to be relinked), an editor request
 * (hover, code lens, preview) gets the facts last made from a workspace whose references all
 * resolve (the last ones asked for), marked `outdated`: they answer for the edited file's new
 * nodes by kind and qualified name, and an index they make only then leaves out the files being
 * rebuilt. Making facts then instead would resolve the re-parsed file's references too early
 * (Langium warns once per reference, and its uses would be missing) and index the uses of every
 * element on the request's time. The checks run after linking, so they always get facts of the
 * text they check.
 */
export class WorkspaceFactsProvider {
    private readonly cache: WorkspaceCache<string, WorkspaceFacts>;
    private readonly shared: LangiumSharedCoreServices;
    /** The facts last made from a workspace whose references all resolve. */
    private settled: WorkspaceFacts | undefined;
    /** The references read from each file, shared by the facts of successive builds. */
    private readonly references = new ReferencesByDocument();

    constructor(shared: LangiumSharedCoreServices) {
        this.shared = shared;
        this.cache = new WorkspaceCache(shared, DocumentState.Linked);
        shared.workspace.DocumentBuilder.onUpdate((changed, deleted) => {
            // Listeners run after the update has reset what changed. An update that reset nothing
            // (a file opened or saved with the text the server has) keeps the facts current.
            const documents = shared.workspace.LangiumDocuments;
            const reset = changed.filter(uri => (documents.getDocument(uri)?.state ?? DocumentState.Changed) < DocumentState.Linked);
            if (this.settled && (reset.length > 0 || deleted.length > 0)) {
                this.settled.markOutdated([...reset, ...deleted].map(uri => uri.toString()));
            }
        });
    }

    get(): WorkspaceFacts {
        if (this.cache.has('facts')) {
            return this.cache.get('facts', () => this.settled!);
        }
        const documents = this.shared.workspace.LangiumDocuments.all.toArray();
        const linked = documents.filter(d => d.state >= DocumentState.Linked);
        if (linked.length < documents.length) {
            // Before the first build has linked every file (the server starting), the part that has.
            return this.settled ?? new WorkspaceFacts(linked);
        }
        const facts = new WorkspaceFacts(documents, this.references);
        this.settled = facts;
        this.cache.set('facts', facts);
        return facts;
    }
}
