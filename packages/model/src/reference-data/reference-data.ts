import perpres132 from './perpres132_2022.json' with { type: 'json' };
import spbe2020 from './spbe2020.json' with { type: 'json' };
import pemdi2025 from './pemdi2025.json' with { type: 'json' };
import pemdi2026 from './pemdi2026.json' with { type: 'json' };

/** How sure we are of a national code; anything but `confirmed` is shown as unverified. */
export type Confidence = 'confirmed' | 'single-source' | 'inferred' | 'unverified';

export interface ReferenceCode {
    readonly code: string;
    readonly name: string;
    readonly level: number;
    readonly parent: string | null;
    readonly confidence: Confidence;
    readonly sources: readonly string[];
    readonly note?: string;
}

export interface ReferenceCodeList {
    readonly id: string;
    readonly title: string;
    readonly provenance: string;
    readonly sources: Readonly<Record<string, string>>;
    /** Per domain prefix (`RAB`), the name of each level, level 1 first. */
    readonly levelNames?: Readonly<Record<string, readonly string[]>>;
    readonly codes: readonly ReferenceCode[];
}

/**
 * Where one entry of an evaluation framework comes from, in the shape of a `ReferenceCode`:
 * `sources` are keys of the framework's `sources`; anything but `confirmed` is shown as unverified.
 * Frameworks compiled before per-entry provenance (spbe2020, pemdi2026) leave it out and state it
 * once in their `provenance` and `weightsUnverified`.
 */
export interface EntryProvenance {
    readonly confidence?: Confidence;
    readonly sources?: readonly string[];
    readonly note?: string;
}

export interface Indicator extends EntryProvenance {
    readonly id: string;
    readonly name: string;
    readonly aspect: string;
    /** Percent of the whole index (the weights of a framework sum to 100). */
    readonly weight: number;
    readonly levelFamily: string;
}

/** The evaluation frameworks the language knows, oldest first (spec §3.5). */
export const FrameworkIds = ['spbe2020', 'pemdi2025', 'pemdi2026'] as const;
export type FrameworkId = typeof FrameworkIds[number];

export interface EvaluationFramework {
    readonly id: FrameworkId;
    readonly title: string;
    readonly regulation: string;
    readonly provenance: string;
    readonly weightsUnverified: boolean;
    /** Source key → what the source is (repository + path, or URL) and what it gave. */
    readonly sources?: Readonly<Record<string, string>>;
    readonly domains: ReadonlyArray<{ id: string; name: string; weight: number }>;
    readonly aspects: ReadonlyArray<{ id: string; name: string; weight: number; domain?: string } & EntryProvenance>;
    readonly indicators: readonly Indicator[];
    /**
     * Level names per family, level 1 first. An empty `levels` list means no source names the levels:
     * outputs show the level numbers alone (and the family is `unverified`).
     */
    readonly levelFamilies: Readonly<Record<string, { levels: readonly string[]; unverified: boolean; note?: string; sources?: readonly string[] }>>;
    /**
     * Ordered from the highest threshold down; a score gets the first predicate whose `min` it reaches.
     * `label` is the predikat's second name where the instrument gives one (PermenPANRB 8/2026, Tabel 4: Baik = Berkembang).
     */
    readonly predicates: ReadonlyArray<{ name: string; min: number; label?: string } & EntryProvenance>;
}

export const ReferenceCodeLists: Readonly<Record<string, ReferenceCodeList>> = {
    perpres132_2022: perpres132 as ReferenceCodeList
};

export const DefaultReferenceVersion = 'perpres132_2022';

export const EvaluationFrameworks: Readonly<Record<string, EvaluationFramework>> = {
    spbe2020: spbe2020 as EvaluationFramework,
    pemdi2025: pemdi2025 as EvaluationFramework,
    pemdi2026: pemdi2026 as EvaluationFramework
};

/**
 * Whether an entry of a framework (indicator, aspect, predicate) rests on less than two agreeing
 * sources: its own `confidence` when it has one, else the framework-wide `weightsUnverified`.
 */
export function isEntryUnverified(framework: EvaluationFramework, entry: EntryProvenance): boolean {
    return entry.confidence ? entry.confidence !== 'confirmed' : framework.weightsUnverified;
}

export function isUnverified(code: ReferenceCode): boolean {
    return code.confidence !== 'confirmed';
}

/** The code prefix each element kind must use (spec §3.2 table). */
export const RefPrefixByKind: Readonly<Record<string, string>> = {
    Probis: 'RAB',
    Layanan: 'RAL',
    Data: 'RAD',
    Aplikasi: 'RAA',
    Infrastruktur: 'RAI',
    Keamanan: 'RAK'
};

const codeIndexes = new Map<string, Map<string, ReferenceCode>>();

/** Hash lookup of a national code in a given version's list. */
export function findReferenceCode(version: string, code: string): ReferenceCode | undefined {
    let index = codeIndexes.get(version);
    if (!index) {
        index = new Map((ReferenceCodeLists[version]?.codes ?? []).map(c => [c.code, c]));
        codeIndexes.set(version, index);
    }
    return index.get(code);
}

export function findIndicator(framework: string, id: string): Indicator | undefined {
    return EvaluationFrameworks[framework]?.indicators.find(i => i.id === id);
}

/** `I01..I47`: the id range of a framework, used in messages. */
export function indicatorRange(framework: string): string {
    const list = EvaluationFrameworks[framework]?.indicators ?? [];
    return list.length ? `${list[0].id}..${list[list.length - 1].id}` : '';
}
