import type { ReferenceInfo } from 'langium';

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

/**
 * Keyed by `<container type>.<property>`; for the list nodes (`DataRefs`…) by the property of the
 * block that holds the list, because `objek` and `mewujudkan` share one list rule but not one kind.
 */
const targets: Record<string, ReferenceTarget> = {
    'Pemda.koordinator': opd,
    'Data.produsen': opd,
    'Data.walidata': opd,
    'Rencana.penanggungJawab': opd,
    'OpdRefs.opds': opd,
    'OpdGrant.opds': opd,
    'Probis.induk': element(['Probis']),
    'ProbisRefs.refs': element(['Probis']),
    'AplikasiRefs.refs': element(['Aplikasi']),
    'Integrasi.dari': element(['Aplikasi']),
    'Integrasi.ke': element(['Aplikasi']),
    'DataRefs.refs': element(['Data']),
    'Aplikasi.hosting': element(['Infrastruktur']),
    'InfrastrukturRefs.refs': element(['Infrastruktur']),
    'Integrasi.via': element(['Infrastruktur'], 'sistemPenghubung'),
    'Keamanan.objek': element(['Aplikasi', 'Infrastruktur', 'Data']),
    'Rencana.mewujudkan': element(),
    'Rencana.menghentikan': element(),
    'RencanaRefs.refs': rencana
};

export function referenceTarget(context: ReferenceInfo): ReferenceTarget {
    const container = context.container;
    const direct = targets[`${container.$type}.${context.property}`];
    if (direct) {
        return direct;
    }
    const holder = container.$container;
    const viaList = holder && targets[`${holder.$type}.${container.$containerProperty}`];
    if (viaList) {
        return viaList;
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
