import { labelLookup, sentenceLookup, type Bilingual, type BilingualSentence } from './bilingual.js';
import { diagramLabel } from './diagram-labels.js';
import { severityLabel, type SeverityWord } from './severity-labels.js';
import { DiagramViewTitles } from './view-titles.js';
import type { Locale } from './messages.js';

/**
 * The diagram app's own words (VS Code's live preview and the static site's diagram pages) in
 * Indonesian and English: the page shells' toolbar, the status line, tooltips and the findings
 * panel. What the app draws (titles, captions, kinds, lifetimes) comes translated in its payload.
 */
const DiagramAppWords = {
    pageTitle: { id: 'Pratinjau SPBE', en: 'SPBE preview' },
    toolbar: { id: 'Pratinjau arsitektur', en: 'Architecture preview' },
    view: { id: 'Tampilan', en: 'View' },
    viewLayered: { id: 'Arsitektur berlapis', en: 'Layered architecture' },
    viewOpd: { id: 'Satu OPD', en: 'One OPD' },
    viewIntegrasi: DiagramViewTitles.integrasi,
    viewGap: { id: 'Gap (as-is → to-be)', en: 'Gap (as-is → to-be)' },
    allYears: { id: 'semua tahun', en: 'all years' },
    yearShown: { id: 'Tahun yang ditampilkan', en: 'Year shown' },
    gapSide: { id: 'Sisi gap', en: 'Gap side' },
    gapBoth: { id: 'keduanya', en: 'both' },
    filterOpd: { id: 'Saring OPD', en: 'Filter OPD' },
    filterKind: { id: 'Saring domain', en: 'Filter domain' },
    allOpds: { id: diagramLabel('archimate.allOpds', 'id'), en: diagramLabel('archimate.allOpds', 'en') },
    allDomains: { id: 'Semua domain', en: 'All domains' },
    highlight: { id: 'Sorot elemen…', en: 'Highlight elements…' },
    highlightLabel: { id: 'Sorot elemen di diagram', en: 'Highlight elements in the diagram' },
    fit: { id: 'Pas', en: 'Fit' },
    fitTitle: { id: 'Sesuaikan ke layar', en: 'Fit to the window' },
    zoomIn: { id: 'Perbesar', en: 'Zoom in' },
    zoomOut: { id: 'Perkecil', en: 'Zoom out' },
    exportSvg: { id: 'Ekspor SVG', en: 'Export SVG' },
    exportPng: { id: 'Ekspor PNG', en: 'Export PNG' },
    /** The editor's canvas: what the keys do there (the site's pages say it in their own words). */
    canvasEditor: {
        id: 'Diagram arsitektur; Tab berpindah antar elemen, Enter membuka deklarasinya, panah menggeser',
        en: 'Architecture diagram; Tab moves between elements, Enter opens the declaration, the arrow keys pan'
    },
    loading: { id: 'Memuat…', en: 'Loading…' },
    noData: { id: 'Data diagram tidak ditemukan.', en: 'No diagram data found.' },
    notOnStaticSite: { id: 'Tampilan ini tidak tersedia di situs statis.', en: 'This view is not available on the static site.' },
    collapsed: { id: 'diringkas per OPD', en: 'summed up per OPD' },
    appearsThisYear: { id: 'mulai ada pada tahun ini', en: 'begins to exist this year' },
    retiresThisYear: { id: 'terakhir ada pada tahun ini', en: 'exists for the last time this year' },
    close: { id: 'Tutup', en: 'Close' }
} as const satisfies Record<string, Bilingual>;

export type DiagramAppWord = keyof typeof DiagramAppWords;

/** A word of the diagram app: `diagramAppWord('fit', 'en')` is `Fit`. */
export const diagramAppWord = labelLookup(DiagramAppWords);

/** Every key of the diagram app's words (tests check a page against both columns). */
export const DiagramAppWordKeys = Object.keys(DiagramAppWords) as readonly DiagramAppWord[];

const plural = (count: string | number, one: string, many: string) => `${count} ${Number(count) === 1 ? one : many}`;

const DiagramAppSentences = {
    /** The year slider's label: the architecture as of `year`. */
    asOfYear: { id: a => `arsitektur per ${a.year}`, en: a => `architecture as of ${a.year}` },
    /**
     * Status line: element views count the elements drawn, saying how many are from the national library
     * (`national`), so the number reads against the workspace's own count on Beranda…
     */
    elements: {
        id: a => `${a.count} elemen digambar${Number(a.national) > 0 ? `, termasuk ${a.national} nasional` : ''}`,
        en: a => `${plural(a.count, 'element', 'elements')} drawn${Number(a.national) > 0 ? `, ${a.national} of them national` : ''}`
    },
    /** …the integration map OPD boxes and the dependencies between them. */
    opdsAndLinks: {
        id: a => `${a.opds} OPD · ${a.links} hubungan`,
        en: a => `${plural(a.opds, 'OPD', 'OPDs')} · ${plural(a.links, 'dependency', 'dependencies')}`
    },
    findings: { id: a => `${a.count} temuan`, en: a => plural(a.count, 'finding', 'findings') },
    /** …and the findings on what is drawn (a subset of the workspace total: findings on the pemda or the roadmap are on no box). */
    findingsDrawn: { id: a => `${a.count} temuan pada yang digambar`, en: a => `${plural(a.count, 'finding', 'findings')} on what is drawn` },
    /** Tooltip: an element's findings and how to list them. */
    findingsHint: { id: a => `${a.count} temuan (klik penanda untuk melihat)`, en: a => `${plural(a.count, 'finding', 'findings')} (click the marker to list them)` },
    tooltipOpd: { id: a => `OPD: ${a.opd}`, en: a => `OPD: ${a.opd}` },
    /** `lifetime` may be empty: then the status alone. */
    tooltipStatus: {
        id: a => `Status: ${a.status}${a.lifetime ? ` · ada: ${a.lifetime}` : ''}`,
        en: a => `Status: ${a.status}${a.lifetime ? ` · exists: ${a.lifetime}` : ''}`
    },
    /** The findings panel's heading: `id` is the element (`OPD.NAME`). */
    findingsOf: { id: a => `${a.id}: ${a.count} temuan`, en: a => `${a.id}: ${plural(a.count, 'finding', 'findings')}` }
} as const satisfies Record<string, BilingualSentence>;

export type DiagramAppSentence = keyof typeof DiagramAppSentences;

/** A diagram app phrase with numbers in it: `diagramAppSentence('findings', 'en', { count: 2 })` is `2 findings`. */
export const diagramAppSentence = sentenceLookup(DiagramAppSentences);

/**
 * A node's findings by severity, as its accessible name ends: `3 temuan: 1 galat, 2 peringatan`
 * (counts ≥ 0; empty when both are 0).
 */
export function findingsSummary(errors: number, warnings: number, locale: Locale): string {
    if (errors + warnings === 0) {
        return '';
    }
    const parts = ([['error', errors], ['warning', warnings]] as Array<[SeverityWord, number]>)
        .filter(([, n]) => n > 0).map(([word, n]) => `${n} ${severityLabel(word, locale)}`);
    return `${diagramAppSentence('findings', locale, { count: errors + warnings })}: ${parts.join(', ')}`;
}
