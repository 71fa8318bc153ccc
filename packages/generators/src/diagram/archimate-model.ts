import type { ElementInfo, Locale, SpbeModel } from 'spbe-model';
import { diagramLabel, heading, indexLabel, valueLabel, yearSpan } from 'spbe-model';
import { kinerjaLine } from '../roadmap/roadmap-report.js';
import type { EdgeOrigin } from './diagram-graph.js';
import { DiffWords } from '../diff/diff-words.js';
import { indicatorLabel, indicatorTargetLabel, itemLabel } from '../output/document-words.js';

/**
 * The semantic model as ArchiMate 3.1 concepts, before any XML: what `render-archimate.ts` writes
 * and what the view's nodes and connections refer to. The mapping is documented in
 * docs/archimate.md; every relationship type used here is one the ArchiMate 3.1 relationship table
 * allows between the element types it connects.
 */

export interface ExchangeProperty {
    /** Property name (a propertyDefinition) in words, e.g. `Status`, `Sifat data`, `Anggaran 2026`; `ID` for the machines' one. */
    readonly key: string;
    /** The value in words (`Milik Sendiri`, `Rp1.500.000`, an OPD's title); under `ID`, the `.spbe` identifier. */
    readonly value: string;
}

/**
 * The property that carries the `.spbe` identifier (`OPD.NAME`, an OPD code, a roadmap item's name):
 * the one place of an export where tools read identifiers; every other name and value is in words.
 */
export const MachineIdProperty = 'ID';

/** The export's own words (diagram-labels.ts). */
const exchangeWords = (key: 'owner' | 'plateau' | 'builtin' | 'model' | 'enactedOn' | 'allOpds', locale: Locale) => diagramLabel(`archimate.${key}`, locale);

export interface ExchangeElement {
    readonly identifier: string;
    /** ArchiMate element type (`xsi:type`), e.g. `ApplicationComponent`. */
    readonly type: string;
    readonly name: string;
    readonly documentation?: string;
    readonly properties: readonly ExchangeProperty[];
}

export interface ExchangeRelationship {
    readonly identifier: string;
    readonly type: 'Access' | 'Assignment' | 'Association' | 'Composition' | 'Flow' | 'Realization' | 'Serving' | 'Triggering';
    /** Identifier of an element, or of another relationship (associations to an integrasi's flow). */
    readonly source: string;
    readonly target: string;
    readonly name?: string;
    /** Only on Access: always `Access` (the .spbe reference says "uses", not read or write). */
    readonly accessType?: 'Access';
    readonly documentation?: string;
    readonly properties: readonly ExchangeProperty[];
}

export interface ExchangeModel {
    readonly name: string;
    readonly properties: readonly ExchangeProperty[];
    readonly elements: readonly ExchangeElement[];
    readonly relationships: readonly ExchangeRelationship[];
    /** Identifier of the element drawn for an `OPD.NAME` element id or an OPD code. */
    readonly elementOf: (kind: 'element' | 'opd', key: string) => string | undefined;
    /** The relationship a diagram edge draws, if the model has it. */
    readonly relationshipOf: (origin: EdgeOrigin) => ExchangeRelationship | undefined;
}

/** ArchiMate 3.1 element types for the .spbe kinds (infrastruktur by its jenis). */
export function archimateType(e: ElementInfo): string {
    switch (e.kind) {
        case 'probis': return 'BusinessProcess';
        case 'layanan': return 'BusinessService';
        case 'data': return 'DataObject';
        case 'aplikasi': return 'ApplicationComponent';
        case 'keamanan': return 'Assessment';
        case 'infrastruktur': {
            const jenis = String(e.attributes.jenis ?? '');
            if (['sistemOperasi', 'basisData', 'utilitas', 'sistemPenghubung'].includes(jenis)) {
                return 'SystemSoftware';
            }
            return ['jaringanIntra', 'perangkatJaringan'].includes(jenis) ? 'CommunicationNetwork' : 'Node';
        }
        default: return 'Grouping';
    }
}

type Mapping = { readonly type: ExchangeRelationship['type']; readonly reverse: boolean; readonly named: boolean };

/**
 * Element-to-element references. `reverse`: the relationship runs from the referenced element to
 * the one that names it (the process realizes the service that lists it under `probis`).
 */
const elementReferences: Record<string, Mapping> = {
    probis: { type: 'Realization', reverse: true, named: false },   // BusinessProcess realizes BusinessService
    aplikasi: { type: 'Serving', reverse: true, named: false },     // ApplicationComponent serves BusinessService
    data: { type: 'Access', reverse: false, named: false },         // BusinessService / ApplicationComponent accesses DataObject
    hosting: { type: 'Serving', reverse: true, named: false },      // Node / SystemSoftware / CommunicationNetwork serves ApplicationComponent
    induk: { type: 'Composition', reverse: true, named: false },    // the parent BusinessProcess is composed of the child
    terhubung: { type: 'Association', reverse: false, named: true },
    objek: { type: 'Association', reverse: false, named: true }     // Assessment: only association is allowed
};

/** References to an OPD: `pengguna` (the application serves that OPD); data roles are named associations. */
const opdReferences: Record<string, Mapping> = {
    pengguna: { type: 'Serving', reverse: false, named: true },     // ApplicationComponent serves BusinessActor
    produsen: { type: 'Association', reverse: false, named: true },
    walidata: { type: 'Association', reverse: false, named: true },
    bagiPakai: { type: 'Association', reverse: false, named: true }
};

/** Any reference not listed above (a property added to the language later) stays as a named association. */
const fallback: Mapping = { type: 'Association', reverse: false, named: true };

/** `id-<prefix>-<key>` made an XML NCName, unique within one export (a clash gets `-2`, `-3`…). */
export function identifierAllocator(): (prefix: string, key: string) => string {
    const used = new Set<string>();
    return (prefix, key) => {
        const base = `id-${prefix}-${key.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
        let identifier = base;
        for (let n = 2; used.has(identifier); n++) {
            identifier = `${base}-${n}`;
        }
        used.add(identifier);
        return identifier;
    };
}

const join = (values: readonly string[]) => values.join(', ');

type Entry = readonly [string, string | number | readonly string[] | undefined];

/**
 * Defined values only, in the given order, each in words: the property by its label, an enumeration
 * value by its label and a reference by its title, as `scope` (an element kind, `item`, `opd`, `pemda`)
 * gives them meaning; `ID` and keys already in words are kept as given.
 */
function props(words: DiffWords, scope: string, entries: readonly Entry[]): ExchangeProperty[] {
    return entries.flatMap(([key, value]) => {
        if (value === undefined || (Array.isArray(value) && value.length === 0)) {
            return [];
        }
        const text = Array.isArray(value) ? join(value as readonly string[]) : String(value);
        return key === MachineIdProperty ? [{ key, value: text }] : [{ key: words.property(key), value: words.value(scope, key, text) }];
    });
}

function elementProperties(e: ElementInfo, words: DiffWords, locale: Locale): ExchangeProperty[] {
    const attributes = Object.entries(e.attributes).map(([key, value]) => [key, value] as const);
    const shared = e.sharedWithAll ? [[e.kind === 'data' ? 'bagiPakai' : 'pengguna', exchangeWords('allOpds', locale)] as const] : [];
    return props(words, e.kind, [[MachineIdProperty, e.id], ['status', e.status], ['hingga', e.hingga], ['ref', e.ref], ['deskripsi', e.deskripsi], ...attributes, ...shared,
        // (v2) The personal-data flag: written only when set, in words.
        ['pribadi', e.pribadi ? heading('yes', locale) : undefined]]);
}

/**
 * Builds the exchange model of `model`: every OPD, element, integrasi, roadmap item, periode year and
 * penilaian once, its names, documentation and property values in `locale`'s words (spec §6 v2).
 */
export function buildExchangeModel(model: SpbeModel, locale: Locale = 'id'): ExchangeModel {
    const words = new DiffWords({
        elements: Object.fromEntries(model.elements.map(e => [e.id, e.title || e.name])),
        opds: Object.fromEntries(model.opds.map(o => [o.code, o.title || o.code])),
        items: Object.fromEntries(model.items.map(i => [i.name, itemLabel(i)]))
    }, locale);
    const allocate = identifierAllocator();
    const elements: ExchangeElement[] = [];
    const relationships: ExchangeRelationship[] = [];
    const opdIds = new Map<string, string>();
    const elementIds = new Map<string, string>();
    const itemIds = new Map<string, string>();
    const flowIds = new Map<string, string>();
    const bySemanticKey = new Map<string, ExchangeRelationship>();
    const relate = (key: string, relationship: Omit<ExchangeRelationship, 'identifier' | 'properties'> & { properties?: ExchangeProperty[] }, idKey: string) => {
        if (!bySemanticKey.has(key)) {
            const r: ExchangeRelationship = { ...relationship, properties: relationship.properties ?? [], identifier: allocate('rel', idKey) };
            bySemanticKey.set(key, r);
            relationships.push(r);
        }
        return bySemanticKey.get(key)!;
    };

    for (const opd of model.opds) {
        const identifier = allocate('opd', opd.code);
        opdIds.set(opd.code, identifier);
        elements.push({
            identifier, type: 'BusinessActor', name: opd.title || opd.code,
            documentation: opd.builtin ? exchangeWords('builtin', locale) : undefined,
            properties: props(words, 'opd', [[MachineIdProperty, opd.code], ['pic', opd.pic], ['email', opd.email], ['peran', opd.peran]])
        });
    }
    const architecture = model.elements.filter(e => e.kind !== 'integrasi');
    const kindOf = new Map(architecture.map(e => [e.id, e.kind]));
    for (const e of architecture) {
        const identifier = allocate('el', e.id);
        elementIds.set(e.id, identifier);
        elements.push({ identifier, type: archimateType(e), name: e.title || e.name, documentation: e.doc, properties: elementProperties(e, words, locale) });
    }
    for (const item of model.items) {
        const identifier = allocate('wp', item.name);
        itemIds.set(item.name, identifier);
        elements.push({
            identifier, type: 'WorkPackage', name: itemLabel(item), documentation: item.doc,
            properties: props(words, 'item', [
                [MachineIdProperty, item.name], ['deskripsi', item.deskripsi], ['muatan', item.muatan], ['prioritas', item.prioritas],
                ['tahun', item.tahun ? yearSpan(item.tahun.start, item.tahun.end) : undefined],
                ...item.targets.map(t => [`target ${t.year}`, t.text] as const),
                ...item.anggaran.map(a => [`anggaran ${a.year}`, a.amount] as const),
                ['sumberDana', item.sumberDana], ['kegiatan', item.kegiatan],
                ['indikator', item.indikator.map(i => indicatorTargetLabel({ framework: i.framework, indicator: i.indicator, level: i.level }, locale))],
                ['indikatorKinerja', item.indikatorKinerja.map(k => kinerjaLine(k, locale))]
            ])
        });
    }
    const periode = model.pemda?.periode;
    const plateaus = new Map<number, string>();
    for (let year = periode?.start ?? 0; periode && year <= periode.end; year++) {
        const identifier = allocate('plateau', String(year));
        plateaus.set(year, identifier);
        elements.push({ identifier, type: 'Plateau', name: `${exchangeWords('plateau', locale)} ${year}`, properties: props(words, 'plateau', [['tahun', year]]) });
    }
    for (const a of model.assessments) {
        elements.push({
            identifier: allocate('penilaian', `${a.year}-${a.framework}`), type: 'Assessment',
            name: `${indexLabel('assessment', locale)} ${valueLabel('Framework', a.framework, locale)} ${a.year}`,
            properties: props(words, 'penilaian', [['tahun', a.year], ['evaluasi', a.framework],
                ...a.scores.map(s => [indicatorLabel(a.framework, s.indicator, locale), s.level] as const)])
        });
    }

    // Ownership: not an ArchiMate relationship of its own, so a named association from the OPD.
    for (const e of architecture) {
        relate(`owner|${e.id}`, { type: 'Association', source: opdIds.get(e.opd)!, target: elementIds.get(e.id)!, name: exchangeWords('owner', locale) }, `pemilik-${e.id}`);
    }
    for (const e of architecture) {
        for (const r of e.relations) {
            const ends = r.targetIsOpd ? opdIds.get(r.target) : elementIds.get(r.target);
            if (!ends) {
                continue;
            }
            const mapping = (r.targetIsOpd ? opdReferences[r.property] : elementReferences[r.property]) ?? fallback;
            const [source, target] = mapping.reverse ? [ends, elementIds.get(e.id)!] : [elementIds.get(e.id)!, ends];
            relate(`ref|${e.id}|${r.property}|${r.target}`, {
                type: mapping.type, source, target, name: mapping.named ? words.property(r.property) : undefined,
                accessType: mapping.type === 'Access' ? 'Access' : undefined
            }, `${r.property}-${e.id}-${r.target}`);
        }
    }
    // An integrasi is a flow between two applications; its `via` and `data` are associations to that flow.
    for (const i of model.elements.filter(e => e.kind === 'integrasi')) {
        const from = elementIds.get(i.relations.find(r => r.property === 'dari')?.target ?? '');
        const to = elementIds.get(i.relations.find(r => r.property === 'ke')?.target ?? '');
        if (!from || !to) {
            continue;
        }
        const flow = relate(`int|${i.id}`, {
            type: 'Flow', source: from, target: to, name: i.title || i.name, documentation: i.doc, properties: elementProperties(i, words, locale)
        }, i.id);
        flowIds.set(i.id, flow.identifier);
        for (const r of i.relations.filter(r => r.property !== 'dari' && r.property !== 'ke')) {
            const other = r.targetIsOpd ? opdIds.get(r.target) : elementIds.get(r.target);
            if (other) {
                relate(`ref|${i.id}|${r.property}|${r.target}`, { type: 'Association', source: other, target: flow.identifier, name: words.property(r.property) }, `${r.property}-${i.id}-${r.target}`);
            }
        }
    }
    for (const item of model.items) {
        const wp = itemIds.get(item.name)!;
        for (const [property, opds] of [['penanggungJawab', item.penanggungJawab ? [item.penanggungJawab] : []], ['pelaksana', item.pelaksana]] as const) {
            for (const code of opds) {
                const actor = opdIds.get(code);
                if (actor) {
                    relate(`item|${item.name}|${property}|${code}`, { type: 'Assignment', source: actor, target: wp, name: words.property(property) }, `${property}-${item.name}-${code}`);
                }
            }
        }
        for (const target of item.mewujudkan) {
            const element = elementIds.get(target) ?? flowIds.get(target);
            // A work package may realize any core element; towards an Assessment (keamanan) or an
            // integrasi's flow (a relationship) the table allows only association.
            const realizable = elementIds.has(target) && kindOf.get(target) !== 'keamanan';
            if (element) {
                relate(`item|${item.name}|mewujudkan|${target}`, { type: realizable ? 'Realization' : 'Association', source: wp, target: element, name: words.property('mewujudkan') }, `mewujudkan-${item.name}-${target}`);
            }
        }
        for (const target of item.menghentikan) {
            const element = elementIds.get(target) ?? flowIds.get(target);
            if (element) {
                relate(`item|${item.name}|menghentikan|${target}`, { type: 'Association', source: wp, target: element, name: words.property('menghentikan') }, `menghentikan-${item.name}-${target}`);
            }
        }
        for (const predecessor of item.setelah) {
            const before = itemIds.get(predecessor);
            if (before) {
                relate(`item|${item.name}|setelah|${predecessor}`, { type: 'Triggering', source: before, target: wp, name: words.property('setelah') }, `setelah-${item.name}-${predecessor}`);
            }
        }
        const plateau = item.tahun ? plateaus.get(item.tahun.end) : undefined;
        if (plateau) {
            relate(`item|${item.name}|plateau`, { type: 'Realization', source: wp, target: plateau }, `plateau-${item.name}`);
        }
    }

    const pemda = model.pemda;
    return {
        name: pemda?.title ?? pemda?.name ?? exchangeWords('model', locale),
        properties: pemda ? props(words, 'pemda', [
            [MachineIdProperty, pemda.name], ['periode', periode ? yearSpan(periode.start, periode.end) : undefined], ['referensi', pemda.referensi],
            ['evaluasi', pemda.evaluasi], ['koordinator', pemda.koordinator], ['ditetapkan', pemda.ditetapkan?.dasar],
            [exchangeWords('enactedOn', locale), pemda.ditetapkan?.tanggal], ['reviu', pemda.reviu],
            ...pemda.kodeLokal.map(k => [`kodeLokal ${k.code}`, k.title] as const),
            ['jenis', pemda.jenis], ['kepalaDaerah', pemda.kepalaDaerah], ['tempat', pemda.tempat], ['ilustrasi', pemda.ilustrasi ? heading('yes', locale) : undefined]
        ]) : [],
        elements,
        relationships,
        elementOf: (kind, key) => (kind === 'opd' ? opdIds : elementIds).get(key),
        relationshipOf: origin => bySemanticKey.get(origin.kind === 'integrasi' ? `int|${origin.element}` : `ref|${origin.element}|${origin.property}|${origin.target}`)
    };
}
