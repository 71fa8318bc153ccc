import type { ElementInfo, ElementKind, OpdInfo, RoadmapItemInfo, SpbeModel } from 'spbe-model';
import { compareText, pushTo } from 'spbe-model';
import { diffFindings } from './findings-diff.js';
import { itemLabel } from '../output/document-words.js';
import { diffIndex } from './index-diff.js';
import {
    diffProperties, elementProperties, itemProperties, opdProperties, pemdaProperties, reassignmentProperties, serialize, UnreadAmount
} from './semantic-properties.js';
import type {
    ChangeKind, CrossOpdReferenceChange, DiffAmount, DiffNames, DiffTotal, DiffSummary, ElementChange, FindingCodeChange, FindingEntry, ItemChange, OpdChange, PropertyChange, WorkspaceDiff
} from './diff-model.js';

/** One side of a comparison: its semantic model and every diagnostic, paths relative to the workspace root. */
export interface DiffSide {
    readonly label: string;
    readonly model: SpbeModel;
    readonly findings: readonly FindingEntry[];
}

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
    const crossOpdReferences = diffCrossOpdReferences(oldElements, newElements, renameTarget);
    const findings = diffFindings(oldSide.findings, newSide.findings);
    const opds = diffOpds(oldSide.model.opds.filter(o => !o.builtin), newSide.model.opds.filter(o => !o.builtin));
    const index = diffIndex(oldSide.model.assessments, newSide.model.assessments);
    const pemda = diffProperties(pemdaProperties(oldSide.model.pemda), pemdaProperties(newSide.model.pemda));
    return {
        oldLabel: oldSide.label,
        newLabel: newSide.label,
        pemdaTitle: newSide.model.pemda?.title ?? oldSide.model.pemda?.title,
        marks: {
            ilustrasi: oldSide.model.pemda?.ilustrasi === true || newSide.model.pemda?.ilustrasi === true,
            oldErrors: oldSide.findings.filter(f => f.severity === 'error').length,
            newErrors: newSide.findings.filter(f => f.severity === 'error').length
        },
        pemda, opds, elements, crossOpdReferences, items, findings, index,
        summary: summarize(oldSide.model, newSide.model, elements, items, crossOpdReferences, findings, opds),
        names: diffNames(oldSide.model, newSide.model)
    };
}

/** The names people read, from both sides so that a removed element is named too (the new side wins). */
function diffNames(oldModel: SpbeModel, newModel: SpbeModel): DiffNames {
    const sides = [oldModel, newModel];
    return {
        elements: Object.fromEntries(sides.flatMap(m => m.elements.filter(e => e.title).map(e => [e.id, e.title!]))),
        opds: Object.fromEntries(sides.flatMap(m => m.opds.filter(o => o.title).map(o => [o.code, o.title!]))),
        items: Object.fromEntries(sides.flatMap(m => m.items.map(i => [i.name, itemLabel(i)])))
    };
}

function workspaceElements(model: SpbeModel): Map<string, ElementInfo> {
    return new Map(model.elements.filter(e => !e.builtin).map(e => [e.id, e]));
}

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
        const all = withDerivedKode(diffProperties(itemProperties(before, renameElement, renameItem), itemProperties(item, identity, identity)), before, item);
        const rescheduled = all.find(p => p.property === 'tahun');
        const budgetYears = all.filter(p => p.property.startsWith('anggaran '))
            .map(p => ({ year: Number(p.property.slice('anggaran '.length)), old: amountOf(p.old), new: amountOf(p.new) }))
            .sort((a, b) => a.year - b.year);
        const reassigned = all.filter(p => reassignmentProperties.has(p.property));
        const properties = all.filter(p => p !== rescheduled && !p.property.startsWith('anggaran ') && !reassignmentProperties.has(p.property));
        const change: ItemChange = {
            ...base,
            change: oldName !== name ? 'renamed' : 'changed',
            renamedFrom: oldName !== name ? oldName : undefined,
            rescheduled: rescheduled ? { old: rescheduled.old ?? '', new: rescheduled.new ?? '' } : undefined,
            rebudgeted: budgetYears.length > 0 ? { years: budgetYears, oldTotal: totalBudget([before]), newTotal: totalBudget([item]) } : undefined,
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

/** An `anggaran` property value as an amount: absent is Rp0, unreadable is null. */
function amountOf(value: string | undefined): DiffAmount {
    return value === undefined ? 0 : value === UnreadAmount ? null : Number(value);
}

/** The items' budget; its amount is null when some amount could not be read (v2 §6: never a partial sum). */
function totalBudget(items: readonly RoadmapItemInfo[]): DiffTotal {
    const unread = items.reduce((n, i) => n + i.anggaranDropped.length, 0);
    return { amount: unread > 0 ? null : items.reduce((sum, i) => sum + i.anggaran.reduce((s, a) => s + a.amount, 0), 0), unread };
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
    rename: (t: string) => string): CrossOpdReferenceChange[] {
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
            // Its source is already the old side's declaration.
            changes.push({ ...ref, change: 'removed' });
        }
    }
    return changes.sort((a, b) => compareText(a.from, b.from) || compareText(a.property, b.property) || compareText(a.target, b.target));
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
    const modelBudget = (model: SpbeModel) => totalBudget(model.items);
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

/**
 * A derived kode is no property of its own (renumbering is not a change), but when a written kode
 * is added or removed, the other side shows the kode the item had there (`TK.01 → TK.09`, not
 * `∅ → TK.09`); a written kode equal to the derived one it replaces is no change at all.
 */
function withDerivedKode(changes: PropertyChange[], before: RoadmapItemInfo, after: RoadmapItemInfo): PropertyChange[] {
    return changes.flatMap(change => {
        if (change.property !== 'kode') {
            return [change];
        }
        const old = change.old ?? (before.kodeDerived ? before.kode : undefined);
        const now = change.new ?? (after.kodeDerived ? after.kode : undefined);
        return old === now ? [] : [{ ...change, old, new: now }];
    });
}
