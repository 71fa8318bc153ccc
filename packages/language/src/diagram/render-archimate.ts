import { escapeXml as x } from '../generator/escape.js';
import type { ElementInfo, SpbeModel } from '../model/spbe-model.js';
import type { PositionedGraph } from './elk-layout.js';
import { appendAll } from '../utils/collections.js';

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

/** Relationship type (and direction) for a relation property; undefined when it is not drawn. */
function relationship(property: string): { type: string; reverse: boolean } | undefined {
    switch (property) {
        case 'probis': return { type: 'Realization', reverse: true };   // the process realizes the service
        case 'aplikasi': return { type: 'Serving', reverse: true };      // the application serves the service
        case 'data': return { type: 'Access', reverse: false };
        case 'hosting': return { type: 'Serving', reverse: true };       // the node serves the application
        case 'induk': return { type: 'Composition', reverse: true };
        case 'terhubung': case 'objek': return { type: 'Association', reverse: false };
        default: return undefined;
    }
}

const id = (kind: string, key: string) => `id-${kind}-${key.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

/**
 * The model as ArchiMate Open Exchange Format (3.1), so it opens in Archi: OPDs as business actors,
 * elements by kind, references as relationships, integrasi as Flow, roadmap items as work packages,
 * periode years as plateaus, and one diagram view carrying the ELK coordinates of `layout`.
 */
export function renderArchimate(model: SpbeModel, layout: PositionedGraph): string {
    const elements = model.elements.filter(e => e.kind !== 'integrasi');
    const known = new Set(elements.map(e => e.id));
    const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>',
        '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '       xsi:schemaLocation="http://www.opengroup.org/xsd/archimate/3.0/ http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd"',
        `       identifier="${id('model', model.pemda?.name ?? 'spbe')}">`,
        `  <name xml:lang="id">${x(model.pemda?.title ?? model.pemda?.name ?? 'Arsitektur SPBE')}</name>`,
        '  <elements>'];
    const element = (identifier: string, type: string, name: string, documentation?: string) => {
        out.push(`    <element identifier="${identifier}" xsi:type="${type}">`, `      <name xml:lang="id">${x(name)}</name>`);
        if (documentation) {
            out.push(`      <documentation xml:lang="id">${x(documentation)}</documentation>`);
        }
        out.push('    </element>');
    };
    for (const opd of model.opds) {
        element(id('opd', opd.code), 'BusinessActor', opd.title ? `${opd.code} — ${opd.title}` : opd.code, opd.builtin ? 'Pustaka nasional bawaan' : undefined);
    }
    for (const e of elements) {
        element(id('el', e.id), archimateType(e), e.title ? `${e.title} (${e.id})` : e.id, e.doc ?? e.deskripsi);
    }
    for (const item of model.items) {
        element(id('wp', item.name), 'WorkPackage', item.title ? `${item.title} (${item.name})` : item.name, item.doc ?? item.deskripsi);
    }
    const years = model.pemda?.periode ? Array.from({ length: model.pemda.periode.end - model.pemda.periode.start + 1 }, (_, i) => model.pemda!.periode!.start + i) : [];
    for (const year of years) {
        element(id('plateau', String(year)), 'Plateau', `Arsitektur ${year}`);
    }
    out.push('  </elements>', '  <relationships>');
    const relations = new Map<string, string>();
    const relate = (type: string, source: string, target: string, name?: string) => {
        const key = id('rel', `${type}-${source}-${target}`);
        if (!relations.has(key)) {
            relations.set(key, `    <relationship identifier="${key}" source="${source}" target="${target}" xsi:type="${type}"${name ? '>' : '/>'}${name ? `<name xml:lang="id">${x(name)}</name></relationship>` : ''}`);
        }
        return key;
    };
    for (const e of elements) {
        relate('Association', id('opd', e.opd), id('el', e.id));
        for (const r of e.relations) {
            const rel = relationship(r.property);
            if (rel && !r.targetIsOpd && known.has(r.target)) {
                const [s, t] = rel.reverse ? [id('el', r.target), id('el', e.id)] : [id('el', e.id), id('el', r.target)];
                relate(rel.type, s, t);
            }
        }
    }
    for (const i of model.elements.filter(e => e.kind === 'integrasi')) {
        const from = i.relations.find(r => r.property === 'dari')?.target;
        const to = i.relations.find(r => r.property === 'ke')?.target;
        if (from && to && known.has(from) && known.has(to)) {
            relate('Flow', id('el', from), id('el', to), i.title ? `${i.title} (${i.id})` : i.id);
        }
    }
    for (const item of model.items) {
        for (const target of [...item.mewujudkan, ...item.menghentikan]) {
            if (known.has(target)) {
                relate('Association', id('wp', item.name), id('el', target), item.mewujudkan.includes(target) ? 'mewujudkan' : 'menghentikan');
            }
        }
        if (item.tahun && years.includes(item.tahun.end)) {
            relate('Association', id('plateau', String(item.tahun.end)), id('wp', item.name));
        }
        for (const predecessor of item.setelah) {
            relate('Triggering', id('wp', predecessor), id('wp', item.name));
        }
    }
    appendAll(out, relations.values());
    out.push('  </relationships>');
    // One view with the ELK layout of the exported diagram.
    out.push('  <views>', '    <diagrams>', `      <view identifier="${id('view', layout.view)}" xsi:type="Diagram">`, `        <name xml:lang="id">${x(layout.title)}</name>`);
    const nodeIds = new Map<string, string>();
    for (const n of layout.nodes) {
        const ref = n.kind === 'opd' ? id('opd', n.id) : n.elementId ? id('el', n.elementId) : undefined;
        if (!ref) {
            continue;
        }
        const nodeId = id('node', n.id);
        nodeIds.set(n.id, nodeId);
        out.push(`        <node identifier="${nodeId}" elementRef="${ref}" xsi:type="Element" x="${Math.round(n.x)}" y="${Math.round(n.y)}" w="${Math.round(n.width)}" h="${Math.round(n.height)}"/>`);
    }
    for (const e of layout.edges) {
        const source = nodeIds.get(e.source);
        const target = nodeIds.get(e.target);
        const rel = [...relations.keys()].find(k => k.endsWith(`-${id('el', e.source)}-${id('el', e.target)}`) || k.endsWith(`-${id('el', e.target)}-${id('el', e.source)}`));
        if (source && target && rel) {
            out.push(`        <connection identifier="${id('conn', e.id)}" relationshipRef="${rel}" xsi:type="Relationship" source="${source}" target="${target}"/>`);
        }
    }
    out.push('      </view>', '    </diagrams>', '  </views>', '</model>');
    return out.join('\n') + '\n';
}
