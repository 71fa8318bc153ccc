import { diagramLabel, elementKindLabel, valueLabel, type DiagramLabelKey, type ElementInfo, type Locale, type SpbeModel } from 'spbe-model';
import type { DiagramEdge } from './diagram-graph.js';
import { CaptionFontSize, textWidth } from './node-label.js';

/**
 * What a diagram says in words (spec §6 v2: an OPD by its title, a kind and a status by their labels),
 * shared by every diagram format and the preview. Identifiers stay in the machine-read places only
 * (node ids, `data-element`, ArchiMate identifiers).
 */

/**
 * Widest caption (px at the caption font size) that shows an OPD's whole title; a wider title is cut
 * with `…` (the tooltip keeps it whole). Measured with the widest kind word, so that all of one OPD's
 * boxes say the same.
 */
const captionWidth = 250;
const widestKind: Readonly<Record<Locale, string>> = Object.fromEntries((['id', 'en'] as const).map(locale => [locale,
    ['probis', 'layanan', 'data', 'aplikasi', 'infrastruktur', 'keamanan'].map(k => elementKindLabel(k, locale))
        .reduce((a, b) => (textWidth(b, CaptionFontSize) > textWidth(a, CaptionFontSize) ? b : a))])) as Record<Locale, string>;

const edgeKinds = new Set(['probis', 'aplikasi', 'data', 'hosting', 'terhubung', 'induk', 'objek', 'integrasi', 'integrasi-splp',
    'integrasi-direct', 'data-use', 'app-use']);

/** Each edge kind in words (legend entries, tooltips and the text formats' edge labels); an unknown kind as written. */
export function edgeKindWords(kind: string, locale: Locale): string {
    return edgeKinds.has(kind) ? diagramLabel(`edge.${kind}` as DiagramLabelKey, locale) : kind;
}

/**
 * OPD code → its title (the code only when it has none), for every OPD of the model, and the built-in
 * `nasional` owner → the national library's word from the diagram label table (`pustaka nasional`).
 */
export function opdTitles(model: SpbeModel, locale: Locale = 'id'): Record<string, string> {
    return { ...Object.fromEntries(model.opds.map(o => [o.code, o.title || o.code])), nasional: diagramLabel('nationalLibrary', locale) };
}

/**
 * `compose(title)`, the title cut with `…` where `compose(title)` is wider than `width` px at `fontSize`
 * px (spec §6 v2: words, never the code); `compose` defaults to the OPD word alone.
 */
export function opdWords(titles: Readonly<Record<string, string>>, code: string, width: number, fontSize: number,
    compose: (opd: string) => string = opd => opd): string {
    return compose(opdWord(titles, code, width, fontSize, compose));
}

/** The OPD's title, cut with `…` to the longest start for which `compose(…)` fits `width` px at `fontSize` px. */
function opdWord(titles: Readonly<Record<string, string>>, code: string, width: number, fontSize: number, compose: (opd: string) => string): string {
    const title = titles[code] ?? code;
    if (textWidth(compose(title), fontSize) <= width) {
        return title;
    }
    // The width grows with the kept prefix, so the longest fitting prefix is found by bisection:
    // O(n log n) for a title of n characters (a 100,000-character title must not take minutes).
    const chars = [...title];
    const fits = (keep: number) => textWidth(compose(`${chars.slice(0, keep).join('').trimEnd()}…`), fontSize) <= width;
    let low = 1;
    let high = chars.length - 1;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fits(middle)) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    const keep = low;
    return `${chars.slice(0, keep).join('').trimEnd()}…`;
}

/**
 * A node's caption: `Aplikasi · Dinas Komunikasi dan Informatika`, the title cut with `…` when wider
 * than `width` px (default: what an SVG box holds; `Infinity` for the text formats).
 */
export function elementCaption(e: ElementInfo, titles: Readonly<Record<string, string>>, locale: Locale, width = captionWidth): string {
    const opd = opdWord(titles, e.opd, width, CaptionFontSize, o => `${widestKind[locale]} · ${o}`);
    return `${elementKindLabel(e.kind, locale)} · ${opd}`;
}

/** A node's tooltip: title, kind, OPD title and status, in words. */
export function elementTooltip(e: ElementInfo, titles: Readonly<Record<string, string>>, locale: Locale): string {
    return [e.title || e.name, elementKindLabel(e.kind, locale), titles[e.opd] ?? e.opd, `Status: ${valueLabel('Status', e.status, locale)}`].join(' — ');
}

/** An edge's tooltip: `Sumber → Tujuan (jenis: label)`, ends named by their node labels. */
export function edgeTooltip(e: DiagramEdge, labels: ReadonlyMap<string, string>, locale: Locale): string {
    const end = (id: string) => labels.get(id) ?? id;
    return `${end(e.source)} → ${end(e.target)} (${edgeKindWords(e.kind, locale)}${e.label ? `: ${e.label}` : ''})`;
}
