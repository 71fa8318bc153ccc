import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, test } from 'vitest';
import { exportDiagramText, type DiagramSpec } from 'spbe-generators';
import { formatRupiah, propertyLabel, valueLabel, yearSpan, type SpbeModel, type ValueRule } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { repoRoot } from '../helpers/run-cli.js';

/**
 * The ArchiMate export read back with an XML parser into a model and compared with the semantic
 * model it came from: every concept once, every relationship in the right direction with a type the
 * ArchiMate 3.1 relationship table allows, every property carried, every view connection drawing
 * its relationship from source to target (Archi takes a relationship's ends from its connection).
 */

interface Concept {
    readonly identifier: string;
    readonly type: string;
    name?: string;
    readonly attributes: Record<string, string>;
    /** Property name (through its definition) → value. */
    readonly properties: Map<string, string>;
}

interface ReadBack {
    readonly rootChildren: string[];
    readonly modelProperties: Map<string, string>;
    readonly elements: Map<string, Concept>;
    readonly relationships: Map<string, Concept>;
    readonly definitions: Map<string, string>;
    readonly nodes: Map<string, string>;
    readonly connections: Array<Record<string, string>>;
    readonly identifiers: string[];
}

/** Parses the exchange file strictly (saxes throws on malformed XML) into concepts, definitions and the view. */
function readBack(xml: string): ReadBack {
    const parser = new SaxesParser({ xmlns: false });
    const result: ReadBack = { rootChildren: [], modelProperties: new Map(), elements: new Map(), relationships: new Map(), definitions: new Map(), nodes: new Map(), connections: [], identifiers: [] };
    const stack: string[] = [];
    const pendingRefs: Array<{ owner: Map<string, string>; ref: string; value: string }> = [];
    let concept: Concept | undefined;
    let definition: string | undefined;
    let property: { ref: string; value: string } | undefined;
    let text = '';
    parser.on('opentag', tag => {
        const a = tag.attributes as Record<string, string>;
        if (a.identifier) {
            result.identifiers.push(a.identifier);
        }
        if (stack.length === 1) {
            result.rootChildren.push(tag.name);
        }
        stack.push(tag.name);
        text = '';
        if (tag.name === 'element' || tag.name === 'relationship') {
            concept = { identifier: a.identifier, type: a['xsi:type'], attributes: a, properties: new Map() };
            (tag.name === 'element' ? result.elements : result.relationships).set(a.identifier, concept);
        } else if (tag.name === 'propertyDefinition') {
            definition = a.identifier;
        } else if (tag.name === 'property') {
            property = { ref: a.propertyDefinitionRef, value: '' };
        } else if (tag.name === 'node') {
            result.nodes.set(a.identifier, a.elementRef);
        } else if (tag.name === 'connection') {
            result.connections.push(a);
        }
    });
    parser.on('text', t => { text += t; });
    parser.on('closetag', tag => {
        stack.pop();
        if (tag.name === 'name' && definition) {
            result.definitions.set(definition, text);
        } else if (tag.name === 'name' && concept && (stack[stack.length - 1] === 'element' || stack[stack.length - 1] === 'relationship')) {
            concept.name = text;
        } else if (tag.name === 'value' && property) {
            property.value = text;
        } else if (tag.name === 'property' && property) {
            pendingRefs.push({ owner: concept?.properties ?? result.modelProperties, ref: property.ref, value: property.value });
            property = undefined;
        } else if (tag.name === 'element' || tag.name === 'relationship') {
            concept = undefined;
        } else if (tag.name === 'propertyDefinition') {
            definition = undefined;
        }
    });
    parser.write(xml).close();
    for (const p of pendingRefs) {
        const name = result.definitions.get(p.ref);
        expect(name, `property definition ${p.ref}`).toBeDefined();
        p.owner.set(name!, p.value);
    }
    return result;
}

const elementTypes: Record<string, string> = {
    probis: 'BusinessProcess', layanan: 'BusinessService', data: 'DataObject', aplikasi: 'ApplicationComponent', keamanan: 'Assessment'
};

/**
 * The relationships each reference must become (the mapping of docs/archimate.md, written here
 * independently of the product): type, and whether it runs from the referenced element back.
 */
const expectedReference: Record<string, { type: string; reverse: boolean }> = {
    'layanan.probis': { type: 'Realization', reverse: true }, 'layanan.aplikasi': { type: 'Serving', reverse: true },
    'layanan.data': { type: 'Access', reverse: false }, 'aplikasi.data': { type: 'Access', reverse: false },
    'aplikasi.hosting': { type: 'Serving', reverse: true }, 'probis.induk': { type: 'Composition', reverse: true },
    'infrastruktur.terhubung': { type: 'Association', reverse: false }, 'keamanan.objek': { type: 'Association', reverse: false },
    'aplikasi.pengguna': { type: 'Serving', reverse: false }, 'data.produsen': { type: 'Association', reverse: false },
    'data.walidata': { type: 'Association', reverse: false }, 'data.bagiPakai': { type: 'Association', reverse: false },
    'integrasi.via': { type: 'Association', reverse: true }, 'integrasi.data': { type: 'Association', reverse: true }
};

/**
 * ArchiMate 3.1 relationship table (Appendix B), rows and columns in `order`, for the element types
 * the export uses. Letters: a access, c composition, f flow, g aggregation, i assignment,
 * n influence, o association, r realization, s specialization, t triggering, v serving.
 */
const order = ['BusinessActor', 'BusinessProcess', 'BusinessService', 'DataObject', 'ApplicationComponent', 'Assessment', 'Node',
    'SystemSoftware', 'CommunicationNetwork', 'WorkPackage', 'Plateau'];
const table31: Record<string, string> = {
    ApplicationComponent: 'fotv fortv fortv ao cfgorstv no fotv fotv fotv o o',
    Assessment: 'o o o o o cgnos o o o o o',
    BusinessActor: 'cfgostv fiotv fiortv ao fotv no fotv fotv fotv io o',
    BusinessProcess: 'fotv cfgostv fortv ao fotv no fotv fotv fotv o o',
    BusinessService: 'fotv fotv cfgostv ao fotv no fotv fotv fotv o o',
    CommunicationNetwork: 'fiortv fiortv fiortv ao fortv no fgiortv fgiortv cfgostv o o',
    DataObject: 'o o o cgos o no o o o o o',
    Node: 'fiortv fiortv fiortv ao fortv no cfgiorstv cfgiorstv fotv o o',
    Plateau: 'cgor cgor cgor cgor cgor no cgor cgor cgor fot cfgost',
    SystemSoftware: 'fiortv fiortv fiortv ao fortv no cfgiorstv cfgiorstv fotv o o',
    WorkPackage: 'or or or or or no or or or cfgost fort'
};
const letter: Record<string, string> = {
    Access: 'a', Composition: 'c', Flow: 'f', Aggregation: 'g', Assignment: 'i', Influence: 'n', Association: 'o',
    Realization: 'r', Specialization: 's', Triggering: 't', Serving: 'v'
};
function allowed(source: string, type: string, target: string): boolean {
    const column = order.indexOf(target);
    return column >= 0 && (table31[source]?.split(' ')[column] ?? '').includes(letter[type]);
}

/** The enumeration rule of an element attribute, as the language defines it (`jenis` by kind). */
function ruleOf(kind: string, key: string): ValueRule | undefined {
    const rules: Record<string, ValueRule> = {
        sifat: 'SifatData', kepemilikan: 'Kepemilikan', fungsi: 'Fungsi', basis: 'Basis', metode: 'MetodeLayanan',
        kategori: 'KategoriProbis', pemutakhiran: 'Pemutakhiran'
    };
    const jenis: Record<string, ValueRule> = { data: 'JenisData', infrastruktur: 'JenisInfrastruktur', keamanan: 'JenisKeamanan', layanan: 'JenisLayanan' };
    return key === 'jenis' ? jenis[kind] : key === 'pengguna' && kind === 'layanan' ? 'PenggunaLayanan' : rules[key];
}

/** An attribute's value as Archi must show it: each enumeration value by its Indonesian label. */
function inWords(kind: string, key: string, value: string | number | readonly string[]): string {
    const rule = ruleOf(kind, key);
    const values = Array.isArray(value) ? value as readonly string[] : [String(value)];
    return values.map(v => rule ? valueLabel(rule, v, 'id') : v).join(', ');
}

const label = (property: string) => propertyLabel(property, 'id');

let minimal: SpbeModel;
let kediri: SpbeModel;
beforeAll(async () => {
    minimal = (await loadWorkspace(join(repoRoot, 'examples/minimal'))).model();
    kediri = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
});

const views: DiagramSpec[] = [{ view: 'layered' }, { view: 'opd', opd: 'BKPSDM' }, { view: 'opd', opd: 'DISKOMINFO' }, { view: 'gap' }, { view: 'layered', year: 2029 }];

describe('ArchiMate exchange read back', () => {
    test('every view connection runs from its relationship\'s source node to its target node', async () => {
        for (const [name, model] of [['minimal', minimal], ['kota-kediri', kediri]] as const) {
            for (const spec of views.filter(v => v.view !== 'opd' || model === kediri)) {
                const file = readBack(await exportDiagramText(model, spec, 'archimate'));
                expect(file.connections.length, `${name} ${spec.view}`).toBeGreaterThan(0);
                const reversed = file.connections.filter(c => {
                    const rel = file.relationships.get(c.relationshipRef);
                    expect(rel, `${c.identifier} references a relationship`).toBeDefined();
                    return file.nodes.get(c.source) !== rel!.attributes.source || file.nodes.get(c.target) !== rel!.attributes.target;
                });
                expect(reversed.map(c => c.identifier), `${name} ${spec.view ?? ''} ${spec.opd ?? ''}`).toEqual([]);
                for (const elementRef of file.nodes.values()) {
                    expect(file.elements.has(elementRef), elementRef).toBe(true);
                }
                expect(new Set(file.nodes.values()).size, 'one node per element').toBe(file.nodes.size);
            }
        }
    });

    test('every OPD, element, roadmap item, periode year and penilaian is there exactly once, with its properties', async () => {
        const file = readBack(await exportDiagramText(kediri, { view: 'layered' }, 'archimate'));
        const byId = new Map<string, Concept[]>();
        for (const c of [...file.elements.values(), ...file.relationships.values()]) {
            const id = c.type === 'BusinessActor' ? `opd:${c.properties.get('ID')}` : c.properties.get('ID');
            if (id) {
                byId.set(id, [...byId.get(id) ?? [], c]);
            }
        }
        for (const e of kediri.elements) {
            const found = byId.get(e.id) ?? [];
            expect(found.length, e.id).toBe(1);
            const [c] = found;
            if (e.kind === 'integrasi') {
                expect(c.type, e.id).toBe('Flow');
            } else if (elementTypes[e.kind]) {
                expect(c.type, e.id).toBe(elementTypes[e.kind]);
            } else {
                expect(['Node', 'SystemSoftware', 'CommunicationNetwork'], e.id).toContain(c.type);
            }
            expect(c.name, e.id).toContain(e.title ?? e.id);
            expect(c.properties.get(label('status')), e.id).toBe(valueLabel('Status', e.status, 'id'));
            for (const [key, value] of Object.entries(e.attributes)) {
                expect(c.properties.get(label(key)), `${e.id} ${key}`).toBe(inWords(e.kind, key, value));
            }
            if (e.ref) {
                expect(c.properties.get(label('ref')), e.id).toBe(e.ref);
            }
        }
        for (const o of kediri.opds) {
            expect(byId.get(`opd:${o.code}`)?.length, o.code).toBe(1);
        }
        for (const item of kediri.items) {
            const [wp, ...more] = byId.get(item.name) ?? [];
            expect(more.length, item.name).toBe(0);
            expect(wp?.type, item.name).toBe('WorkPackage');
            for (const a of item.anggaran) {
                expect(wp.properties.get(label(`anggaran ${a.year}`)), item.name).toBe(formatRupiah(a.amount, 'id'));
            }
            for (const t of item.targets) {
                expect(wp.properties.get(label(`target ${t.year}`)), item.name).toBe(t.text);
            }
        }
        const years = kediri.pemda!.periode!.end - kediri.pemda!.periode!.start + 1;
        const count = (type: string) => [...file.elements.values()].filter(c => c.type === type).length;
        expect(count('Plateau')).toBe(years);
        const architecture = kediri.elements.filter(e => e.kind !== 'integrasi').length;
        expect(file.elements.size).toBe(kediri.opds.length + architecture + kediri.items.length + years + kediri.assessments.length);
        expect(file.modelProperties.get(label('periode'))).toBe(yearSpan(kediri.pemda!.periode!.start, kediri.pemda!.periode!.end));
        expect(file.modelProperties.get('ID')).toBe(kediri.pemda!.name);
        expect(new Set(file.definitions.values()).size, 'one definition per property name').toBe(file.definitions.size);
    });

    test('every reference is one relationship in the documented direction and type, and nothing else is invented', async () => {
        for (const model of [minimal, kediri]) {
            const file = readBack(await exportDiagramText(model, { view: 'layered' }, 'archimate'));
            const conceptOf = new Map<string, string>();
            for (const c of [...file.elements.values(), ...file.relationships.values()]) {
                const id = c.properties.get('ID');
                if (id) {
                    conceptOf.set(id, c.identifier);
                }
            }
            const relationships = [...file.relationships.values()];
            const between = (source: string, target: string) => relationships.filter(r => r.attributes.source === source && r.attributes.target === target);
            let expected = 0;
            for (const e of model.elements) {
                for (const r of e.relations.filter(r => !(e.kind === 'integrasi' && (r.property === 'dari' || r.property === 'ke')))) {
                    const rule = expectedReference[`${e.kind}.${r.property}`];
                    expect(rule, `${e.kind}.${r.property} has a documented mapping`).toBeDefined();
                    const [self, other] = [conceptOf.get(e.id)!, conceptOf.get(r.target)!];
                    const [source, target] = rule.reverse ? [other, self] : [self, other];
                    const found = between(source, target).filter(x => x.type === rule.type && (x.type !== 'Association' || x.name === label(r.property)));
                    expect(found.length, `${e.id} ${r.property} ${r.target}: ${rule.type} ${source} → ${target}`).toBe(1);
                    if (rule.type === 'Access') {
                        expect(found[0].attributes.accessType).toBe('Access');
                    }
                    expected++;
                }
                if (e.kind !== 'integrasi') {
                    expect(between(conceptOf.get(e.opd)!, conceptOf.get(e.id)!).filter(x => x.name === 'Pemilik').length, `${e.id} owner`).toBe(1);
                    expected++;
                } else {
                    const from = conceptOf.get(e.relations.find(r => r.property === 'dari')!.target)!;
                    const to = conceptOf.get(e.relations.find(r => r.property === 'ke')!.target)!;
                    const flow = relationships.filter(r => r.properties.get('ID') === e.id);
                    expect(flow.map(f => [f.type, f.attributes.source, f.attributes.target]), e.id).toEqual([['Flow', from, to]]);
                    expected++;
                }
            }
            for (const item of model.items) {
                const wp = conceptOf.get(item.name)!;
                const named = (name: string, type: string, source: string, target: string) =>
                    expect(between(source, target).filter(r => r.name === label(name) && r.type === type).length, `${item.name} ${name}`).toBe(1);
                if (item.penanggungJawab) {
                    named('penanggungJawab', 'Assignment', conceptOf.get(item.penanggungJawab)!, wp);
                    expected++;
                }
                item.pelaksana.forEach(code => named('pelaksana', 'Assignment', conceptOf.get(code)!, wp));
                // Realization, except towards an Assessment or a flow (a relationship), where only association is allowed.
                item.mewujudkan.forEach(id => named('mewujudkan', ['keamanan', 'integrasi'].includes(model.elements.find(e => e.id === id)!.kind) ? 'Association' : 'Realization', wp, conceptOf.get(id)!));
                item.menghentikan.forEach(id => named('menghentikan', 'Association', wp, conceptOf.get(id)!));
                item.setelah.forEach(before => named('setelah', 'Triggering', conceptOf.get(before)!, wp));
                // The item realizes the plateau of its last year, when that year is in the periode.
                const periode = model.pemda?.periode;
                const plateau = item.tahun && periode && item.tahun.end >= periode.start && item.tahun.end <= periode.end ? 1 : 0;
                expected += item.pelaksana.length + item.mewujudkan.length + item.menghentikan.length + item.setelah.length + plateau;
            }
            expect(relationships.length, 'no relationship without a source in the model').toBe(expected);
        }
    });

    test('every relationship type is allowed by the ArchiMate 3.1 table between the types it connects', async () => {
        const file = readBack(await exportDiagramText(kediri, { view: 'layered' }, 'archimate'));
        const used = new Set<string>();
        for (const r of file.relationships.values()) {
            const source = file.elements.get(r.attributes.source)?.type;
            const target = file.elements.get(r.attributes.target)?.type;
            if (!target) {
                // A relationship to a relationship (data or SPLP associated with an integrasi's flow): association only.
                expect(file.relationships.has(r.attributes.target) && r.type === 'Association', r.identifier).toBe(true);
                continue;
            }
            used.add(`${source} ${r.type} ${target}`);
            expect(allowed(source!, r.type, target), `${source} —${r.type}→ ${target} (${r.identifier})`).toBe(true);
        }
        // The pairs the issue names: the process realizes the service, the application serves it.
        expect(used).toContain('BusinessProcess Realization BusinessService');
        expect(used).toContain('ApplicationComponent Serving BusinessService');
        expect(used).not.toContain('BusinessService Realization BusinessProcess');
    });

    test('the file follows the exchange schema\'s structure: order, identifiers, references, access types', async () => {
        for (const spec of [{ view: 'layered' }, { view: 'integrasi' }] as DiagramSpec[]) {
            const xml = await exportDiagramText(kediri, spec, 'archimate');
            const file = readBack(xml);
            // archimate3_Model.xsd ModelType: name, properties, elements, relationships, propertyDefinitions, views.
            expect(file.rootChildren).toEqual(['name', 'properties', 'elements', 'relationships', 'propertyDefinitions', 'views']);
            expect(file.identifiers.every(id => /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(id)), 'identifiers are NCNames').toBe(true);
            expect(new Set(file.identifiers).size).toBe(file.identifiers.length);
            const defined = new Set(file.identifiers);
            for (const r of file.relationships.values()) {
                expect(defined.has(r.attributes.source) && defined.has(r.attributes.target), r.identifier).toBe(true);
                expect(r.attributes.accessType === undefined || (r.type === 'Access' && ['Access', 'Read', 'Write', 'ReadWrite'].includes(r.attributes.accessType)), r.identifier).toBe(true);
            }
            for (const c of file.connections) {
                expect(file.nodes.has(c.source) && file.nodes.has(c.target), c.identifier).toBe(true);
            }
        }
    });
});

describe('ArchiMate: words, not identifiers (spec §6 v2)', () => {
    /** What Archi shows a person: names, property names and values; the `ID` property is for machines. */
    function shownTexts(file: ReadBack): string[] {
        const concepts = [...file.elements.values(), ...file.relationships.values()];
        return [
            ...file.definitions.values(),
            ...concepts.map(c => c.name ?? ''),
            ...concepts.flatMap(c => [...c.properties].filter(([key]) => key !== 'ID' && key !== label('deskripsi')).map(([, value]) => value)),
            ...[...file.modelProperties].filter(([key]) => key !== 'ID').map(([, value]) => value)
        ];
    }

    test('no camelCase value, property or relationship name, and no OPD code, outside the ID property', async () => {
        const file = readBack(await exportDiagramText(kediri, { view: 'layered' }, 'archimate'));
        const codes = kediri.opds.filter(o => o.title && o.code.includes('_')).map(o => o.code);
        expect(codes.length, 'the example has OPD codes such as BAG_ORGANISASI').toBeGreaterThan(0);
        const identifiers = shownTexts(file).filter(t => /\b[a-z]+[A-Z][A-Za-z]*\b/.test(t) || codes.some(c => new RegExp(`\\b${c}\\b`).test(t)));
        expect(identifiers).toEqual([]);
        const relationshipNames = new Set([...file.relationships.values()].map(r => r.name).filter(Boolean));
        expect([...relationshipNames]).toEqual(expect.arrayContaining(['Pemilik', 'Bagi pakai', 'Walidata', 'Mewujudkan']));
        const owned = kediri.elements.find(e => e.attributes.kepemilikan === 'milikSendiri')!;
        const concept = [...file.elements.values()].find(c => c.properties.get('ID') === owned.id)!;
        expect(concept.properties.get('Kepemilikan')).toBe('Milik Sendiri');
    });

    test('--locale en: English words, xml:lang="en", identifiers unchanged', async () => {
        const xml = await exportDiagramText(kediri, { view: 'layered', locale: 'en' }, 'archimate');
        expect(xml).not.toContain('xml:lang="id"');
        const file = readBack(xml);
        const names = new Set([...file.relationships.values()].map(r => r.name));
        expect(names).toContain('Owner');
        expect(names).not.toContain('Pemilik');
        expect(new Set(file.definitions.values())).toContain('Ownership');
        const owned = kediri.elements.find(e => e.attributes.kepemilikan === 'milikSendiri')!;
        const concept = [...file.elements.values()].find(c => c.properties.get('ID') === owned.id)!;
        expect(concept.properties.get('Ownership')).toBe('Own');
        expect([...file.elements.values()].filter(c => c.type === 'Plateau').every(c => /^Architecture \d{4}$/.test(c.name!))).toBe(true);
    });
});
