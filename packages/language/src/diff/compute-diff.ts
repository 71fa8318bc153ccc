import { computeIndex } from '../evaluation/index-calculator.js';
import type { AssessmentInfo, ElementInfo, ElementKind, OpdInfo, PemdaInfo, RoadmapItemInfo, SpbeModel } from '../model/spbe-model.js';
import { pushTo } from '../utils/collections.js';
import type {
    ChangeKind, CrossOpdReferenceChange, DiffSummary, ElementChange, FindingCodeChange, FindingEntry, IndexChange, ItemChange,
    OpdChange, PropertyChange, WorkspaceDiff
} from './diff-model.js';

/** One side of a comparison: its semantic model and every diagnostic, paths relative to the workspace root. */
export interface DiffSide {
    readonly label: string;
    readonly model: SpbeModel;
    readonly findings: readonly FindingEntry[];
}

type Properties = ReadonlyMap<string, string>;

/**
 * The semantic difference between two versions of a workspace. Only meaning counts: the order of
 * declarations, of files and of list entries, formatting and comments never show up. A renamed
 * element or item (same kind, every other property equal) is one rename, and references that only
 * follow a rename are not reported as changes.
 */
export function computeDiff(oldSide: DiffSide, newSide: DiffSide): WorkspaceDiff {
    const oldElements = workspaceElements(oldSide.model);
    const newElements = workspaceElements(newSide.model);
    const oldItems = new Map(oldSide.model.items.map(i => [i.name, i]));
    const newItems = new Map(newSide.model.items.map(i => [i.name, i]));

    // Renames are detected first so that the old side can be read "in new names" everywhere else.
    const identity = (t: string) => t;
    const elementPrint = (e: ElementInfo) => `${e.kind}\n${serialize(elementProperties(e, identity))}`;
    const elementRenames = detectRenames(oldElements, newElements, elementPrint, elementPrint);
    const renameTarget = (target: string) => elementRenames.get(target) ?? target;
    const itemRenames = detectRenames(oldItems, newItems,
        i => serialize(itemProperties(i, renameTarget, identity)), i => serialize(itemProperties(i, identity, identity)));
    const renameItem = (name: string) => itemRenames.get(name) ?? name;

    const elements = diffElements(oldElements, newElements, elementRenames, renameTarget);
    const items = diffItems(oldItems, newItems, itemRenames, renameTarget, renameItem);
    const crossOpdReferences = diffCrossOpdReferences(oldElements, newElements, elementRenames, renameTarget);
    const findings = diffFindings(oldSide.findings, newSide.findings);
    const opds = diffOpds(oldSide.model.opds.filter(o => !o.builtin), newSide.model.opds.filter(o => !o.builtin));
    const index = diffIndex(oldSide.model.assessments, newSide.model.assessments);
    const pemda = diffProperties(pemdaProperties(oldSide.model.pemda), pemdaProperties(newSide.model.pemda));
    return {
        oldLabel: oldSide.label,
        newLabel: newSide.label,
        pemdaTitle: newSide.model.pemda?.title ?? oldSide.model.pemda?.title,
        pemda, opds, elements, crossOpdReferences, items, findings, index,
        summary: summarize(oldSide.model, newSide.model, elements, items, crossOpdReferences, findings, opds)
    };
}

function workspaceElements(model: SpbeModel): Map<string, ElementInfo> {
    return new Map(model.elements.filter(e => !e.builtin).map(e => [e.id, e]));
}

function serialize(properties: Properties): string {
    return [...properties].map(([k, v]) => `${k}=${v}`).join('\n');
}

/** Lists compare as sets: reordering `pengguna B, A` is not a change. */
function listValue(values: readonly string[]): string {
    return [...new Set(values)].sort().join(', ');
}

function setIf(map: Map<string, string>, key: string, value: string | number | undefined): void {
    if (value !== undefined && value !== '') {
        map.set(key, String(value));
    }
}

function elementProperties(e: ElementInfo, rename: (target: string) => string): Properties {
    const props = new Map<string, string>();
    setIf(props, 'title', e.title);
    setIf(props, 'deskripsi', e.deskripsi);
    setIf(props, 'status', e.status);
    setIf(props, 'hingga', e.hingga);
    setIf(props, 'ref', e.ref);
    for (const [key, value] of Object.entries(e.attributes)) {
        setIf(props, key, typeof value === 'object' ? listValue(value) : value);
    }
    const relations = new Map<string, string[]>();
    for (const relation of e.relations) {
        pushTo(relations, relation.property, relation.targetIsOpd ? relation.target : rename(relation.target));
    }
    if (e.sharedWithAll) {
        pushTo(relations, 'bagiPakai', 'semua');
    }
    for (const [property, targets] of relations) {
        props.set(property, listValue(targets));
    }
    return new Map([...props].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

function yearRange(range: { start: number; end: number } | undefined): string | undefined {
    return range ? (range.start === range.end ? `${range.start}` : `${range.start}–${range.end}`) : undefined;
}

const reassignmentProperties = new Set(['penanggungJawab', 'pelaksana']);

function itemProperties(i: RoadmapItemInfo, renameElement: (target: string) => string, renameItem: (name: string) => string): Properties {
    const props = new Map<string, string>();
    setIf(props, 'title', i.title);
    setIf(props, 'deskripsi', i.deskripsi);
    setIf(props, 'muatan', i.muatan);
    setIf(props, 'penanggungJawab', i.penanggungJawab);
    setIf(props, 'pelaksana', listValue(i.pelaksana));
    setIf(props, 'tahun', yearRange(i.tahun));
    for (const t of [...i.targets].sort((a, b) => a.year - b.year)) {
        props.set(`target ${t.year}`, t.text);
    }
    for (const a of [...i.anggaran].sort((x, y) => x.year - y.year)) {
        props.set(`anggaran ${a.year}`, String(a.amount));
    }
    setIf(props, 'sumberDana', i.sumberDana);
    setIf(props, 'kegiatan', i.kegiatan);
    setIf(props, 'mewujudkan', listValue(i.mewujudkan.map(renameElement)));
    setIf(props, 'menghentikan', listValue(i.menghentikan.map(renameElement)));
    setIf(props, 'setelah', listValue(i.setelah.map(renameItem)));
    setIf(props, 'indikator', listValue(i.indikator.map(t => `${t.framework}.${t.indicator} -> ${t.level}`)));
    return props;
}

function pemdaProperties(p: PemdaInfo | undefined): Properties {
    const props = new Map<string, string>();
    if (!p) {
        return props;
    }
    setIf(props, 'name', p.name);
    setIf(props, 'title', p.title);
    setIf(props, 'periode', yearRange(p.periode));
    setIf(props, 'referensi', p.referensi);
    setIf(props, 'evaluasi', p.evaluasi);
    setIf(props, 'koordinator', p.koordinator);
    setIf(props, 'ditetapkan', p.ditetapkan && [p.ditetapkan.dasar, p.ditetapkan.tanggal].filter(Boolean).join(' '));
    setIf(props, 'reviu', listValue(p.reviu));
    for (const k of p.kodeLokal) {
        props.set(`kodeLokal ${k.code}`, k.title);
    }
    return props;
}

function opdProperties(o: OpdInfo): Properties {
    const props = new Map<string, string>();
    setIf(props, 'title', o.title);
    setIf(props, 'pic', o.pic);
    setIf(props, 'email', o.email);
    setIf(props, 'peran', listValue(o.peran));
    return props;
}

function diffProperties(oldProps: Properties, newProps: Properties): PropertyChange[] {
    const changes: PropertyChange[] = [];
    for (const key of new Set([...oldProps.keys(), ...newProps.keys()])) {
        const before = oldProps.get(key);
        const after = newProps.get(key);
        if (before !== after) {
            changes.push({ property: key, old: before, new: after });
        }
    }
    return changes;
}

/**
 * Pairs each old key missing on the new side with a new key missing on the old side whose
 * fingerprint (everything but the name, references already renamed) is the same. Only unambiguous
 * pairs count: two identical candidates are an add and a remove, not a guess.
 */
function detectRenames<T>(oldMap: ReadonlyMap<string, T>, newMap: ReadonlyMap<string, T>,
    oldPrint: (value: T) => string, newPrint: (value: T) => string): Map<string, string> {
    const added = new Map<string, string[]>();
    for (const [key, value] of newMap) {
        if (!oldMap.has(key)) {
            pushTo(added, newPrint(value), key);
        }
    }
    const removed = new Map<string, string[]>();
    for (const [key, value] of oldMap) {
        if (!newMap.has(key)) {
            pushTo(removed, oldPrint(value), key);
        }
    }
    const renames = new Map<string, string>();
    for (const [print, oldKeys] of removed) {
        const newKeys = added.get(print);
        if (oldKeys.length === 1 && newKeys?.length === 1) {
            renames.set(oldKeys[0], newKeys[0]);
        }
    }
    return renames;
}

function diffElements(oldElements: ReadonlyMap<string, ElementInfo>, newElements: ReadonlyMap<string, ElementInfo>,
    renames: ReadonlyMap<string, string>, rename: (target: string) => string): ElementChange[] {
    const renamedTo = new Map([...renames].map(([from, to]) => [to, from]));
    const identity = (t: string) => t;
    const changes: ElementChange[] = [];
    for (const [id, element] of newElements) {
        const oldId = renamedTo.get(id) ?? id;
        const before = oldElements.get(oldId);
        const base = { id, opd: element.opd, kind: element.kind, title: element.title, source: element.source };
        if (!before) {
            changes.push({ ...base, change: 'added', properties: [...elementProperties(element, identity)].map(([property, value]) => ({ property, new: value })) });
            continue;
        }
        const properties = before.kind === element.kind
            ? diffProperties(elementProperties(before, rename), elementProperties(element, identity))
            : [{ property: 'kind', old: before.kind, new: element.kind }];
        if (oldId !== id) {
            changes.push({ ...base, change: 'renamed', renamedFrom: oldId, properties });
        } else if (properties.length > 0) {
            changes.push({ ...base, change: 'changed', properties });
        }
    }
    for (const [id, element] of oldElements) {
        if (!newElements.has(id) && !renames.has(id)) {
            changes.push({
                change: 'removed', id, opd: element.opd, kind: element.kind, title: element.title, source: element.source,
                properties: [...elementProperties(element, identity)].map(([property, value]) => ({ property, old: value }))
            });
        }
    }
    return changes.sort((a, b) => compareText(a.opd, b.opd) || compareText(a.kind, b.kind) || compareText(a.id, b.id));
}

function diffItems(oldItems: ReadonlyMap<string, RoadmapItemInfo>, newItems: ReadonlyMap<string, RoadmapItemInfo>,
    renames: ReadonlyMap<string, string>, renameElement: (t: string) => string, renameItem: (n: string) => string): ItemChange[] {
    const renamedTo = new Map([...renames].map(([from, to]) => [to, from]));
    const identity = (t: string) => t;
    const changes: ItemChange[] = [];
    for (const [name, item] of newItems) {
        const oldName = renamedTo.get(name) ?? name;
        const before = oldItems.get(oldName);
        const base = { name, title: item.title, source: item.source };
        if (!before) {
            changes.push({ ...base, change: 'added', properties: [...itemProperties(item, identity, identity)].map(([property, value]) => ({ property, new: value })) });
            continue;
        }
        const all = diffProperties(itemProperties(before, renameElement, renameItem), itemProperties(item, identity, identity));
        const rescheduled = all.find(p => p.property === 'tahun');
        const budgetYears = all.filter(p => p.property.startsWith('anggaran '))
            .map(p => ({ year: Number(p.property.slice('anggaran '.length)), old: Number(p.old ?? 0), new: Number(p.new ?? 0) }))
            .sort((a, b) => a.year - b.year);
        const reassigned = all.filter(p => reassignmentProperties.has(p.property));
        const properties = all.filter(p => p !== rescheduled && !p.property.startsWith('anggaran ') && !reassignmentProperties.has(p.property));
        const change: ItemChange = {
            ...base,
            change: oldName !== name ? 'renamed' : 'changed',
            renamedFrom: oldName !== name ? oldName : undefined,
            rescheduled: rescheduled ? { old: rescheduled.old ?? '', new: rescheduled.new ?? '' } : undefined,
            rebudgeted: budgetYears.length > 0 ? { years: budgetYears, oldTotal: totalBudget(before), newTotal: totalBudget(item) } : undefined,
            reassigned: reassigned.length > 0 ? reassigned : undefined,
            properties
        };
        if (oldName !== name || all.length > 0) {
            changes.push(change);
        }
    }
    for (const [name, item] of oldItems) {
        if (!newItems.has(name) && !renames.has(name)) {
            changes.push({
                change: 'removed', name, title: item.title, source: item.source,
                properties: [...itemProperties(item, identity, identity)].map(([property, value]) => ({ property, old: value }))
            });
        }
    }
    return changes.sort((a, b) => compareText(a.name, b.name));
}

function totalBudget(item: RoadmapItemInfo): number {
    return item.anggaran.reduce((sum, a) => sum + a.amount, 0);
}

function crossOpdReferences(elements: ReadonlyMap<string, ElementInfo>, rename: (t: string) => string): Map<string, CrossOpdReferenceChange & { change: 'added' }> {
    const refs = new Map<string, CrossOpdReferenceChange & { change: 'added' }>();
    for (const element of elements.values()) {
        const from = rename(element.id);
        for (const relation of element.relations) {
            const target = relation.targetIsOpd ? relation.target : rename(relation.target);
            const targetOpd = relation.targetIsOpd ? relation.target : target.slice(0, target.indexOf('.'));
            if (targetOpd !== element.opd) {
                refs.set(`${from}\n${relation.property}\n${target}`, { change: 'added', from, property: relation.property, target, source: element.source });
            }
        }
    }
    return refs;
}

function diffCrossOpdReferences(oldElements: ReadonlyMap<string, ElementInfo>, newElements: ReadonlyMap<string, ElementInfo>,
    renames: ReadonlyMap<string, string>, rename: (t: string) => string): CrossOpdReferenceChange[] {
    const before = crossOpdReferences(oldElements, rename);
    const after = crossOpdReferences(newElements, t => t);
    const changes: CrossOpdReferenceChange[] = [];
    for (const [key, ref] of after) {
        if (!before.has(key)) {
            changes.push(ref);
        }
    }
    for (const [key, ref] of before) {
        if (!after.has(key)) {
            const oldId = [...renames].find(([, to]) => to === ref.from)?.[0] ?? ref.from;
            changes.push({ ...ref, change: 'removed', source: oldElements.get(oldId)?.source });
        }
    }
    return changes.sort((a, b) => compareText(a.from, b.from) || compareText(a.property, b.property) || compareText(a.target, b.target));
}

/**
 * Findings are matched by code, file and message (line numbers move with every edit); a finding
 * present n times before and m times after counts |m − n| times.
 */
function diffFindings(before: readonly FindingEntry[], after: readonly FindingEntry[]): FindingCodeChange[] {
    const key = (f: FindingEntry) => `${f.code}\n${f.file}\n${f.message}`;
    const group = (findings: readonly FindingEntry[]) => {
        const map = new Map<string, FindingEntry[]>();
        findings.forEach(f => pushTo(map, key(f), f));
        return map;
    };
    const oldGroups = group(before);
    const newGroups = group(after);
    const byCode = new Map<string, { introduced: FindingEntry[]; resolved: FindingEntry[] }>();
    const entry = (code: string) => byCode.get(code) ?? byCode.set(code, { introduced: [], resolved: [] }).get(code)!;
    for (const [k, list] of newGroups) {
        const count = oldGroups.get(k)?.length ?? 0;
        if (list.length > count) {
            entry(list[0].code).introduced.push(...list.slice(count));
        }
    }
    for (const [k, list] of oldGroups) {
        const count = newGroups.get(k)?.length ?? 0;
        if (list.length > count) {
            entry(list[0].code).resolved.push(...list.slice(count));
        }
    }
    const byPlace = (a: FindingEntry, b: FindingEntry) => compareText(a.file, b.file) || a.line - b.line;
    return [...byCode].sort(([a], [b]) => compareText(a, b))
        .map(([code, { introduced, resolved }]) => ({ code, introduced: introduced.sort(byPlace), resolved: resolved.sort(byPlace) }));
}

function diffOpds(before: readonly OpdInfo[], after: readonly OpdInfo[]): OpdChange[] {
    const oldByCode = new Map(before.map(o => [o.code, o]));
    const newCodes = new Set(after.map(o => o.code));
    const changes: OpdChange[] = [];
    for (const opd of after) {
        const old = oldByCode.get(opd.code);
        const props = opdProperties(opd);
        if (!old) {
            changes.push({ change: 'added', code: opd.code, title: opd.title, source: opd.source, properties: [...props].map(([property, value]) => ({ property, new: value })) });
        } else {
            const properties = diffProperties(opdProperties(old), props);
            if (properties.length > 0) {
                changes.push({ change: 'changed', code: opd.code, title: opd.title, source: opd.source, properties });
            }
        }
    }
    for (const opd of before.filter(o => !newCodes.has(o.code))) {
        changes.push({ change: 'removed', code: opd.code, title: opd.title, source: opd.source, properties: [...opdProperties(opd)].map(([property, value]) => ({ property, old: value })) });
    }
    return changes.sort((a, b) => compareText(a.code, b.code));
}

function diffIndex(before: readonly AssessmentInfo[], after: readonly AssessmentInfo[]): IndexChange[] {
    const key = (a: AssessmentInfo) => `${a.framework} ${a.year}`;
    const levels = (a: AssessmentInfo) => new Map(a.scores.map(s => [s.indicator, s.level]));
    const score = (a: AssessmentInfo) => computeIndex(a.framework, levels(a)).score ?? undefined;
    const levelProps = (a: AssessmentInfo | undefined): Properties =>
        new Map(a ? [...levels(a)].sort(([x], [y]) => compareText(x, y)).map(([id, level]) => [id, String(level)]) : []);
    const oldByKey = new Map(before.map(a => [key(a), a]));
    const newByKey = new Map(after.map(a => [key(a), a]));
    const changes: IndexChange[] = [];
    for (const k of new Set([...oldByKey.keys(), ...newByKey.keys()])) {
        const old = oldByKey.get(k);
        const now = newByKey.get(k);
        const levelChanges = diffProperties(levelProps(old), levelProps(now));
        if (levelChanges.length === 0) {
            continue;
        }
        const any = (now ?? old)!;
        changes.push({
            change: !old ? 'added' : !now ? 'removed' : 'changed',
            framework: any.framework,
            year: any.year,
            old: old && score(old),
            new: now && score(now),
            levels: levelChanges,
            source: any.source
        });
    }
    return changes.sort((a, b) => compareText(a.framework, b.framework) || a.year - b.year);
}

function countKinds(changes: readonly { change: ChangeKind }[]): Record<ChangeKind, number> {
    const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0, renamed: 0 };
    changes.forEach(c => { counts[c.change]++; });
    return counts;
}

function summarize(oldModel: SpbeModel, newModel: SpbeModel, elements: readonly ElementChange[], items: readonly ItemChange[],
    refs: readonly CrossOpdReferenceChange[], findings: readonly FindingCodeChange[], opds: readonly OpdChange[]): DiffSummary {
    const byKind: Partial<Record<ElementKind, Record<ChangeKind, number>>> = {};
    const kinds = new Map<ElementKind, ElementChange[]>();
    elements.forEach(e => pushTo(kinds, e.kind, e));
    for (const [kind, list] of kinds) {
        byKind[kind] = countKinds(list);
    }
    const itemCounts = countKinds(items);
    const modelBudget = (model: SpbeModel) => model.items.reduce((sum, i) => sum + totalBudget(i), 0);
    return {
        elements: countKinds(elements),
        byKind,
        items: {
            ...itemCounts,
            rescheduled: items.filter(i => i.rescheduled).length,
            rebudgeted: items.filter(i => i.rebudgeted).length,
            reassigned: items.filter(i => i.reassigned).length
        },
        budget: { old: modelBudget(oldModel), new: modelBudget(newModel) },
        crossOpdReferences: { added: refs.filter(r => r.change === 'added').length, removed: refs.filter(r => r.change === 'removed').length },
        findings: {
            introduced: findings.reduce((sum, f) => sum + f.introduced.length, 0),
            resolved: findings.reduce((sum, f) => sum + f.resolved.length, 0)
        },
        opds: {
            added: opds.filter(o => o.change === 'added').length,
            removed: opds.filter(o => o.change === 'removed').length,
            changed: opds.filter(o => o.change === 'changed').length
        }
    };
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
