import { escapeXml as x } from '../output/escape.js';
import type { Locale, SpbeModel } from 'spbe-model';
import { buildExchangeModel, identifierAllocator, type ExchangeModel, type ExchangeProperty } from './archimate-model.js';
import type { PositionedGraph } from './elk-layout.js';
import { appendAll } from 'spbe-model';

export { archimateType } from './archimate-model.js';


/**
 * The model as ArchiMate 3.1 Open Exchange Format, so it opens in Archi, in `locale`'s words: every OPD, element,
 * integrasi, roadmap item, periode year and penilaian of `model` (mapping in docs/archimate.md),
 * their properties, and one diagram view carrying the ELK coordinates of `layout`. Each view
 * connection runs from the node of its relationship's source to the node of its target, because
 * Archi takes a relationship's ends from the connection that draws it.
 */
export function renderArchimate(model: SpbeModel, layout: PositionedGraph, locale: Locale = 'id'): string {
    const exchange = buildExchangeModel(model, locale);
    // Names, documentation and values are in the locale's words, and say so to Archi.
    const text = (tag: string, value: string) => `<${tag} xml:lang="${locale}">${x(value)}</${tag}>`;
    const definitions = new Map<string, string>();
    const properties = (list: readonly ExchangeProperty[], indent: string): string[] => {
        if (list.length === 0) {
            return [];
        }
        return [`${indent}<properties>`, ...list.map(p => {
            if (!definitions.has(p.key)) {
                definitions.set(p.key, `id-propdef-${definitions.size + 1}`);
            }
            return `${indent}  <property propertyDefinitionRef="${definitions.get(p.key)}">${text('value', p.value)}</property>`;
        }), `${indent}</properties>`];
    };
    const body: string[] = ['  <elements>'];
    for (const e of exchange.elements) {
        body.push(`    <element identifier="${e.identifier}" xsi:type="${e.type}">`, `      ${text('name', e.name)}`);
        if (e.documentation) {
            body.push(`      ${text('documentation', e.documentation)}`);
        }
        appendAll(body, properties(e.properties, '      '));
        body.push('    </element>');
    }
    body.push('  </elements>', '  <relationships>');
    for (const r of exchange.relationships) {
        const open = `    <relationship identifier="${r.identifier}" source="${r.source}" target="${r.target}" xsi:type="${r.type}"${r.accessType ? ` accessType="${r.accessType}"` : ''}`;
        const inner = [
            ...(r.name ? [`      ${text('name', r.name)}`] : []),
            ...(r.documentation ? [`      ${text('documentation', r.documentation)}`] : []),
            ...properties(r.properties, '      ')
        ];
        appendAll(body, inner.length ? [`${open}>`, ...inner, '    </relationship>'] : [`${open}/>`]);
    }
    body.push('  </relationships>');
    const modelProperties = properties(exchange.properties, '  ');
    const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>',
        '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '       xsi:schemaLocation="http://www.opengroup.org/xsd/archimate/3.0/ http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd"',
        `       identifier="id-model-${(model.pemda?.name ?? 'spbe').replace(/[^A-Za-z0-9_.-]/g, '_')}">`,
        `  ${text('name', exchange.name)}`, ...modelProperties, ...body];
    if (definitions.size > 0) {
        out.push('  <propertyDefinitions>');
        appendAll(out, [...definitions].map(([key, identifier]) =>
            `    <propertyDefinition identifier="${identifier}" type="string">${text('name', key)}</propertyDefinition>`));
        out.push('  </propertyDefinitions>');
    }
    appendAll(out, renderView(exchange, layout, text));
    out.push('</model>');
    return out.join('\n') + '\n';
}

/** One diagram: a node per drawn element, a connection per drawn edge whose relationship the model has. */
function renderView(exchange: ExchangeModel, layout: PositionedGraph, text: (tag: string, value: string) => string): string[] {
    const allocate = identifierAllocator();
    const out = ['  <views>', '    <diagrams>', `      <view identifier="${allocate('view', layout.view)}" xsi:type="Diagram">`, `        ${text('name', layout.title)}`];
    const nodeOf = new Map<string, string>();
    for (const n of layout.nodes) {
        const ref = n.kind === 'opd' ? exchange.elementOf('opd', n.id) : n.elementId ? exchange.elementOf('element', n.elementId) : undefined;
        if (!ref || nodeOf.has(ref)) {
            continue;
        }
        const nodeId = allocate('node', n.id);
        nodeOf.set(ref, nodeId);
        out.push(`        <node identifier="${nodeId}" elementRef="${ref}" xsi:type="Element" x="${Math.round(n.x)}" y="${Math.round(n.y)}" w="${Math.round(n.width)}" h="${Math.round(n.height)}"/>`);
    }
    const drawn = new Set<string>();
    for (const e of layout.edges) {
        const rel = e.origin && exchange.relationshipOf(e.origin);
        const source = rel && nodeOf.get(rel.source);
        const target = rel && nodeOf.get(rel.target);
        if (rel && source && target && !drawn.has(rel.identifier)) {
            drawn.add(rel.identifier);
            out.push(`        <connection identifier="${allocate('conn', rel.identifier.replace(/^id-rel-/, ''))}" relationshipRef="${rel.identifier}" xsi:type="Relationship" source="${source}" target="${target}"/>`);
        }
    }
    out.push('      </view>', '    </diagrams>', '  </views>');
    return out;
}
