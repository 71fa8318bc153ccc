import { AstUtils, DocumentState, WorkspaceCache, type AstNode, type LangiumDocument, type LangiumSharedCoreServices, type MultiReference, type Reference } from 'langium';
import { isBuiltinDocument } from '../builtin/builtin-library.js';
import { forEachReference, nodesInOrder } from '../workspace/ast-walk.js';
import {
    isAplikasi, isElement, isIntegrasi, isOpd, isPemda, isPenilaian, isPetaRencana,
    type Aplikasi, type Element, type Integrasi, type Opd, type Pemda, type Penilaian, type Rencana, type Workspace, type YearRange
} from '../generated/ast.js';
import { DefaultReferenceVersion } from 'spbe-model';
import { lifetime, type YearSpan } from 'spbe-model';
import type { Period } from 'spbe-model';
import { appendAll, pushTo } from 'spbe-model';

/** One reference from an element to another element, kept with its position for diagnostics. */
export interface ElementUse {
    readonly user: Element;
    /** The node holding the reference (the element itself or one of its list nodes). */
    readonly holder: AstNode;
    readonly property: string;
    readonly index: number | undefined;
}

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
    private readonly lifetimes = new Map<Element, YearSpan>();
    private readonly memos = new Map<string, unknown>();

    constructor(documents: readonly LangiumDocument[]) {
        const ordered = [...documents].sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
        for (const document of ordered) {
            if (isBuiltinDocument(document)) {
                continue;
            }
            this.documents.push(document);
            this.collect(document.parseResult.value as Workspace);
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

    /** Every element-to-element reference, keyed by the element referred to. */
    get uses(): ReadonlyMap<Element, ElementUse[]> {
        return this.memo('uses', () => {
            const uses = new Map<Element, ElementUse[]>();
            for (const element of this.elements) {
                collectUses(element, uses);
            }
            return uses;
        });
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
            for (const element of this.elements) {
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

    usesOf(element: Element): readonly ElementUse[] {
        return this.uses.get(element) ?? [];
    }

    /** Retired by status or by a roadmap item (spec §5.3 retired-element-in-use). */
    isRetired(element: Element): boolean {
        return element.status[0] === 'dihentikan' || (this.retirers.get(element)?.length ?? 0) > 0;
    }

    lifetime(element: Element): YearSpan {
        let span = this.lifetimes.get(element);
        if (!span) {
            span = lifetime({
                status: element.status[0] ?? 'eksisting',
                hingga: element.hingga[0],
                realizedBy: (this.realizers.get(element) ?? []).map(itemEnd).filter(isNumber),
                retiredBy: (this.retirers.get(element) ?? []).map(itemEnd).filter(isNumber)
            });
            this.lifetimes.set(element, span);
        }
        return span;
    }

    private itemsBy(property: 'mewujudkan' | 'menghentikan'): Map<Element, Rencana[]> {
        const map = new Map<Element, Rencana[]>();
        for (const item of this.items) {
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

function collectUses(user: Element, uses: Map<Element, ElementUse[]>): void {
    for (const holder of nodesInOrder(user)) {
        forEachReference(holder, (reference, property, index) => {
            const target = referencedNode(reference);
            if (target && isElement(target)) {
                pushTo(uses, target, { user, holder, property, index });
            }
        });
    }
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

/** The node a single-target reference resolved to (the grammar has no multi-target references). */
export function referencedNode(reference: Reference | MultiReference): AstNode | undefined {
    return 'ref' in reference ? reference.ref : undefined;
}

function isNumber(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}


/** Per-build cache of the facts; cleared whenever any document is relinked or deleted. */
export class WorkspaceFactsProvider {
    private readonly cache: WorkspaceCache<string, WorkspaceFacts>;
    private readonly shared: LangiumSharedCoreServices;

    constructor(shared: LangiumSharedCoreServices) {
        this.shared = shared;
        this.cache = new WorkspaceCache(shared, DocumentState.Linked);
    }

    get(): WorkspaceFacts {
        return this.cache.get('facts', () => new WorkspaceFacts(this.shared.workspace.LangiumDocuments.all.toArray()));
    }
}
