import { pushTo } from 'spbe-model';
import type { DiagramGraph, DiagramNode } from './diagram-graph.js';
import { edgeKindWords, edgeTooltip } from './diagram-words.js';

const line = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

/**
 * Mermaid label text, exact and on one line: quotes, angle brackets, `#`, `:`, `&` and `%` as Mermaid
 * entity codes (`:` because Mermaid's entity pre-pass trims a `;` after `style…:…#` on a line; `&`
 * because labels are HTML, where `&amp;` would show as `&`; `%` because `%%` starts a directive).
 */
export function mermaidLabel(text: string): string {
    return line(text).replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/:/g, '#58;')
        .replace(/&/g, '#38;').replace(/%/g, '#37;');
}

/** Identifiers for formats that need plain ones: `n0`, `n1`… in node order. */
function ids(graph: DiagramGraph): Map<string, string> {
    return new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
}

/** Nodes grouped by band name in node order; nodes outside bands under ''. */
function nodesByBandName(graph: DiagramGraph): Map<string, DiagramNode[]> {
    const groups = new Map<string, DiagramNode[]>();
    for (const n of graph.nodes) {
        pushTo(groups, n.band !== undefined ? graph.bands[n.band] ?? '' : '', n);
    }
    return groups;
}

/** Mermaid `flowchart TB`, one subgraph per band. */
export function renderMermaid(graph: DiagramGraph): string {
    const id = ids(graph);
    const out = ['---', `title: "${mermaidLabel(graph.title)}"`, '---', 'flowchart TB'];
    const groups = nodesByBandName(graph);
    let b = 0;
    for (const [band, members] of groups) {
        const indent = band ? '        ' : '    ';
        if (band) {
            out.push(`    subgraph band${b++}["${mermaidLabel(band)}"]`);
        }
        for (const n of members) {
            out.push(`${indent}${id.get(n.id)}["${mermaidLabel(n.label)}<br/><small>${mermaidLabel(n.wordsCaption ?? n.caption)}</small>"]:::${n.state}`);
        }
        if (band) {
            out.push('    end');
        }
    }
    for (const e of graph.edges) {
        const arrow = e.kind === 'integrasi-direct' || e.kind === 'data' || e.kind === 'data-use' ? '-.->' : '-->';
        const text = e.label ?? (e.kind.startsWith('integrasi') ? edgeKindWords(e.kind, graph.locale) : '');
        out.push(`    ${id.get(e.source)} ${arrow}${text ? `|"${mermaidLabel(text)}"|` : ''} ${id.get(e.target)}`);
    }
    out.push('    classDef normal fill:#fff,stroke:#1f2328', '    classDef planned fill:#fff,stroke:#1f2328,stroke-dasharray: 5 3',
        '    classDef added fill:#e6f4ea,stroke:#117733', '    classDef retired fill:#f6f8fa,stroke:#C00000,stroke-dasharray: 4 2',
        '    classDef neighbour fill:#f6f8fa,stroke:#8c959f');
    return out.join('\n') + '\n';
}

const plantumlCode = (c: string) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

/**
 * PlantUML label text, exact and on one line, with PlantUML's own `<U+XXXX>` character codes for what
 * it would otherwise read as syntax: `"` (ends the quoted label), `\` (`\n` is a line break), `<` `>`
 * (tags such as `<b>` or `<img:…>`), the first character of creole markers (`**`, `//`, `--`, `__`,
 * `~~`, `==`, `""`, `..`, `[[`), and a first character that would start a creole line (`=` heading,
 * `*` bullet, `#` list, `|` table…).
 */
export function plantumlText(text: string): string {
    const coded = line(text).replace(/["<>\\]|\*\*|\/\/|--|__|~~|==|""|\.\.|\[\[/g, m => plantumlCode(m) + m.slice(1));
    return /^[\p{L}\p{N}<]/u.test(coded) || coded === '' ? coded : plantumlCode(coded) + coded.slice(String.fromCodePoint(coded.codePointAt(0)!).length);
}

export function renderPlantUml(graph: DiagramGraph): string {
    const id = ids(graph);
    const out = ['@startuml', `title ${plantumlText(graph.title)}`, 'skinparam defaultFontName "DejaVu Sans"', 'skinparam shadowing false', 'top to bottom direction'];
    const groups = nodesByBandName(graph);
    for (const [band, members] of groups) {
        if (band) {
            out.push(`package "${plantumlText(band)}" {`);
        }
        for (const n of members) {
            const stereotype = n.kind === 'opd' ? 'OPD' : n.kind;
            out.push(`${band ? '  ' : ''}rectangle "${plantumlText(n.label)}\\n<size:9>${plantumlText(n.wordsCaption ?? n.caption)}</size>" <<${stereotype}>> as ${id.get(n.id)}${n.state === 'retired' ? ' #line.dashed' : n.state === 'added' ? ' #e6f4ea' : ''}`);
        }
        if (band) {
            out.push('}');
        }
    }
    for (const e of graph.edges) {
        const arrow = e.kind === 'integrasi-direct' || e.kind === 'data' || e.kind === 'data-use' ? '..>' : '-->';
        const text = e.label ?? (e.kind.startsWith('integrasi') ? edgeKindWords(e.kind, graph.locale) : '');
        out.push(`${id.get(e.source)} ${arrow} ${id.get(e.target)}${text ? ` : ${plantumlText(text)}` : ''}`);
    }
    out.push('@enduml');
    return out.join('\n') + '\n';
}

/** A DOT quoted string: backslashes and quotes escaped, line breaks as DOT's own `\n`. */
export function dotString(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n|\r|\u2028|\u2029/g, '\\n')}"`;
}

export function renderDot(graph: DiagramGraph, colour: (opd: string) => string): string {
    const id = ids(graph);
    const out = ['digraph spbe {', `  label=${dotString(`${graph.title} — ${graph.subtitle}`)};`, '  labelloc=t;', '  rankdir=TB;', '  fontname="DejaVu Sans";',
        '  node [shape=box, style="rounded,filled", fillcolor=white, fontname="DejaVu Sans", fontsize=11];', '  edge [fontname="DejaVu Sans", fontsize=9];'];
    const groups = new Map<number, DiagramNode[]>();
    const loose: DiagramNode[] = [];
    for (const n of graph.nodes) {
        if (n.band === undefined) {
            loose.push(n);
        } else {
            pushTo(groups, n.band, n);
        }
    }
    const nodeLine = (n: DiagramNode, indent: string) =>
        `${indent}${id.get(n.id)} [label=${dotString(`${n.label}\n${n.wordsCaption ?? n.caption}`)}, color=${dotString(colour(n.opd))}, penwidth=2, tooltip=${dotString(n.tooltip)}${n.state === 'retired' || n.state === 'planned' ? ', style="rounded,dashed"' : n.state === 'added' ? ', fillcolor="#e6f4ea"' : n.state === 'neighbour' ? ', fillcolor="#f6f8fa", fontcolor="#57606a"' : ''}];`;
    for (const [band, members] of [...groups].sort((a, b) => a[0] - b[0])) {
        out.push(`  subgraph cluster_${band} {`, `    label=${dotString(graph.bands[band] ?? '')};`, '    style=filled;', `    color="${band % 2 ? '#f6f8fa' : '#eef3f8'}";`);
        members.forEach(n => out.push(nodeLine(n, '    ')));
        out.push('  }');
    }
    loose.forEach(n => out.push(nodeLine(n, '  ')));
    const labels = new Map(graph.nodes.map(n => [n.id, n.label]));
    for (const e of graph.edges) {
        const style = e.kind === 'integrasi-direct' || e.kind === 'data' || e.kind === 'data-use' ? ', style=dashed' : '';
        const label = e.label ?? (e.kind.startsWith('integrasi') ? edgeKindWords(e.kind, graph.locale) : '');
        out.push(`  ${id.get(e.source)} -> ${id.get(e.target)} [tooltip=${dotString(edgeTooltip(e, labels, graph.locale))}${label ? `, label=${dotString(label)}` : ''}${style}];`);
    }
    out.push('}');
    return out.join('\n') + '\n';
}
