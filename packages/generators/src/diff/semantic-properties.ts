import type { ElementInfo, OpdInfo, PemdaInfo, RoadmapItemInfo } from 'spbe-model';
import { compareText, pushTo } from 'spbe-model';
import type { PropertyChange } from './diff-model.js';

/**
 * Each declaration flattened to property → value text, the form two versions are compared in.
 * Lists are sorted sets and references are passed through a rename, so that order and renames
 * never read as changes.
 */
export type Properties = ReadonlyMap<string, string>;

export function serialize(properties: Properties): string {
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

export function elementProperties(e: ElementInfo, rename: (target: string) => string): Properties {
    const props = new Map<string, string>();
    setIf(props, 'title', e.title);
    setIf(props, 'deskripsi', e.deskripsi);
    setIf(props, 'status', e.status);
    setIf(props, 'hingga', e.hingga);
    setIf(props, 'ref', e.ref);
    for (const [key, value] of Object.entries(e.attributes)) {
        setIf(props, key, typeof value === 'object' ? listValue(value) : value);
    }
    if (e.pribadi) {
        props.set('pribadi', 'ya');
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
    return new Map([...props].sort(([a], [b]) => compareText(a, b)));
}

function yearRange(range: { start: number; end: number } | undefined): string | undefined {
    return range ? (range.start === range.end ? `${range.start}` : `${range.start}–${range.end}`) : undefined;
}

export const reassignmentProperties = new Set(['penanggungJawab', 'pelaksana']);

export function itemProperties(i: RoadmapItemInfo, renameElement: (target: string) => string, renameItem: (name: string) => string): Properties {
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
    // Written but unreadable: a value of its own, so a diff never reads it as removed or as Rp0.
    for (const year of i.anggaranDropped) {
        props.set(`anggaran ${year}`, UnreadAmount);
    }
    setIf(props, 'sumberDana', i.sumberDana);
    setIf(props, 'kegiatan', listValue(i.kegiatan));
    setIf(props, 'prioritas', i.prioritas);
    for (const k of i.indikatorKinerja) {
        const values = [k.awal ? `awal ${k.awal.year} ${k.awal.value}` : '', ...k.targets.map(t => `target ${t.year} ${t.value}`)].filter(Boolean);
        props.set(`indikatorKinerja ${k.name}`, [k.satuan ?? '', ...values].filter(Boolean).join('; '));
    }
    if (!i.kodeDerived) {
        setIf(props, 'kode', i.kode);
    }
    setIf(props, 'mewujudkan', listValue(i.mewujudkan.map(renameElement)));
    setIf(props, 'menghentikan', listValue(i.menghentikan.map(renameElement)));
    setIf(props, 'setelah', listValue(i.setelah.map(renameItem)));
    setIf(props, 'indikator', listValue(i.indikator.map(t => `${t.framework}.${t.indicator} -> ${t.level}`)));
    return props;
}

export function pemdaProperties(p: PemdaInfo | undefined): Properties {
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
    setIf(props, 'jenis', p.jenis);
    setIf(props, 'kepalaDaerah', p.kepalaDaerah);
    setIf(props, 'tempat', p.tempat);
    if (p.ilustrasi) {
        props.set('ilustrasi', 'ya');
    }
    return props;
}

export function opdProperties(o: OpdInfo): Properties {
    const props = new Map<string, string>();
    setIf(props, 'title', o.title);
    setIf(props, 'pic', o.pic);
    setIf(props, 'email', o.email);
    setIf(props, 'peran', listValue(o.peran));
    return props;
}

export function diffProperties(oldProps: Properties, newProps: Properties): PropertyChange[] {
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

/** The property value of an `anggaran` year whose amount could not be read (not a number, never shown). */
export const UnreadAmount = '?';
