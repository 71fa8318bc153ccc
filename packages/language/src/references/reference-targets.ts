import { AstUtils, GrammarAST, type ReferenceInfo } from 'langium';
import { SpbeGrammar } from '../generated/grammar.js';

/** The three namespaces of spec §3: OPD codes, OPD elements (`OPD.NAME`) and roadmap items. */
export type Namespace = 'opd' | 'element' | 'rencana';

/** What a reference may resolve to: a namespace, and for elements the allowed kinds (and jenis). */
export interface ReferenceTarget {
    readonly namespace: Namespace;
    readonly kinds?: readonly string[];
    readonly jenis?: string;
}

const opd: ReferenceTarget = { namespace: 'opd' };
const rencana: ReferenceTarget = { namespace: 'rencana' };
const element = (kinds?: string[], jenis?: string): ReferenceTarget => ({ namespace: 'element', kinds, jenis });

/** The target a cross-reference to the grammar type `type` has unless the spec narrows it. */
function targetOfType(type: string): ReferenceTarget {
    switch (type) {
        case 'Opd': return opd;
        case 'Rencana': return rencana;
        case 'Element': return element();
        default: return element([type]);
    }
}

/**
 * Where the spec is narrower than the grammar's reference type, keyed by `<rule>.<property>` of
 * the property the user writes (for a list such as `objek A, B` the property of the block).
 */
const narrowed: Record<string, ReferenceTarget> = {
    'Integrasi.via': element(['Infrastruktur'], 'sistemPenghubung'),
    'Keamanan.objek': element(['Aplikasi', 'Infrastruktur', 'Data'])
};

interface DerivedTargets {
    /** `<rule>.<property>` of every cross-reference assignment in the grammar. */
    readonly direct: Map<string, ReferenceTarget>;
    /** For each list rule (`ElementRefs`…): `<holder rule>.<property>` of each place it is used → target. */
    readonly lists: Map<string, Map<string, ReferenceTarget>>;
}

let derived: DerivedTargets | undefined;

/**
 * Reads every cross-reference of the grammar, so that a property added to the grammar has a target
 * without being listed here: the grammar's reference type, narrowed where `narrowed` says so.
 */
function deriveTargets(): DerivedTargets {
    const rules = SpbeGrammar().rules.filter(GrammarAST.isParserRule);
    // Walked once per rule: the grammar walk is a fixed cost of every process that links.
    const assignments = new Map(rules.map(rule => [rule, AstUtils.streamAllContents(rule).filter(GrammarAST.isAssignment).toArray()]));
    const assignmentsOf = (rule: GrammarAST.ParserRule) => assignments.get(rule)!;
    const direct = new Map<string, ReferenceTarget>();
    const listRules = new Map<string, ReferenceTarget>();
    for (const rule of rules) {
        for (const assignment of assignmentsOf(rule)) {
            const terminal = assignment.terminal;
            if (GrammarAST.isCrossReference(terminal) && terminal.type.ref) {
                const key = `${rule.name}.${assignment.feature}`;
                const target = narrowed[key] ?? targetOfType(terminal.type.ref.name);
                direct.set(key, target);
                listRules.set(rule.name, target);
            }
        }
    }
    const lists = new Map<string, Map<string, ReferenceTarget>>();
    for (const rule of rules) {
        for (const assignment of assignmentsOf(rule)) {
            const called = GrammarAST.isRuleCall(assignment.terminal) ? assignment.terminal.rule.ref?.name : undefined;
            const listTarget = called === undefined ? undefined : listRules.get(called);
            if (called !== undefined && listTarget) {
                const key = `${rule.name}.${assignment.feature}`;
                const holders = lists.get(called) ?? new Map<string, ReferenceTarget>();
                holders.set(key, narrowed[key] ?? listTarget);
                lists.set(called, holders);
            }
        }
    }
    return { direct, lists };
}

const sameTarget = (a: ReferenceTarget, b: ReferenceTarget) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The target of a reference, from the grammar (see `deriveTargets`). A reference inside a list node
 * (`DataRefs`…) takes the target of the block property that holds the list, because `objek` and
 * `mewujudkan` share one list rule but not one kind. Completion builds a list node that does not
 * exist yet with the wrong `$containerProperty`; then the holder's properties that use this list
 * rule decide, when they agree.
 * @throws Error when the container's type has no cross-reference property of that name (a bug).
 */
export function referenceTarget(context: ReferenceInfo): ReferenceTarget {
    derived ??= deriveTargets();
    const container = context.container;
    const holder = container.$container;
    const holders = derived.lists.get(container.$type);
    if (holder && holders) {
        const viaList = holders.get(`${holder.$type}.${container.$containerProperty}`);
        if (viaList) {
            return viaList;
        }
        const candidates = [...holders].filter(([key]) => key.startsWith(`${holder.$type}.`)).map(([, target]) => target);
        if (candidates.length > 0 && candidates.every(t => sameTarget(t, candidates[0]))) {
            return candidates[0];
        }
    }
    const direct = derived.direct.get(`${container.$type}.${context.property}`);
    if (direct) {
        return direct;
    }
    throw new Error(`No reference target declared for ${container.$type}.${context.property}`);
}

/** Human wording of a target for messages: `aplikasi`, `infrastruktur sistemPenghubung`, `OPD`… */
export function describeTarget(target: ReferenceTarget): string {
    switch (target.namespace) {
        case 'opd': return 'OPD';
        case 'rencana': return 'rencana';
        case 'element': {
            const kinds = target.kinds?.map(k => k.toLowerCase()).join('/') ?? 'elemen';
            return target.jenis ? `${kinds} ${target.jenis}` : kinds;
        }
    }
}
