import { DiagramViewTitles, documentLabel, documentSentence, elementKindLabel, enumLabel, formatLongDate, heading, propertyLabel, type DocumentLabelKey, type ElementInfo, type ElementKind, type Locale, type SpbeModel } from 'spbe-model';
import { InventorySheets, type InventoryColumn } from '../inventory/inventory-schema.js';
import { crossOpdUses } from '../output/cross-opd-uses.js';
import { cellValues } from './cell-values.js';
import { appendixNumber, chapterNumber } from './document-frame.js';
import type { DocumentBlock, DocumentChapter, DocumentRow } from './document-model.js';
import { legalBasis } from './legal-basis.js';

/**
 * The chapters of the Arsitektur SPBE (spec §6 v2): one per domain with its elements per OPD as
 * tables whose columns are the SIA-SPBE fields of the inventory workbook (inventory-schema.ts),
 * every value in words: references by the element's title, OPDs by title, enumerations by label.
 */

/** What checking the workspace found, already in words (the server has the findings; the generators do not). */
export interface DocumentFindings {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    /** One entry per kind of finding: its severity in words, what it means in words, and how often it occurs. */
    readonly groups: ReadonlyArray<{ readonly severity: string; readonly text: string; readonly count: number }>;
}

export interface ArsitekturScope {
    readonly locale: Locale;
    /** Only this OPD's elements (`--opd`). */
    readonly opd?: string;
    readonly findings?: DocumentFindings;
}

const L = documentLabel;

const Domains: ReadonlyArray<{ kind: ElementKind; label: DocumentLabelKey }> = [
    { kind: 'probis', label: 'domainProbis' },
    { kind: 'data', label: 'domainData' },
    { kind: 'layanan', label: 'domainLayanan' },
    { kind: 'aplikasi', label: 'domainAplikasi' },
    { kind: 'infrastruktur', label: 'domainInfrastruktur' },
    { kind: 'keamanan', label: 'domainKeamanan' },
    { kind: 'integrasi', label: 'domainIntegrasi' }
];

/** Names in words: an element by its title, an OPD by its title (`nasional` in words); the identifier only when untitled. */
interface Names {
    readonly locale: Locale;
    readonly element: (id: string) => string;
    readonly opd: (code: string) => string;
}

function names(model: SpbeModel, locale: Locale): Names {
    const elements = new Map(model.elements.map(e => [e.id, e]));
    const opds = new Map(model.opds.map(o => [o.code, o]));
    const opd = (code: string) => opds.get(code)?.builtin ? L('nasional', locale) : opds.get(code)?.title || code;
    return {
        locale,
        opd,
        element: id => {
            const e = elements.get(id);
            return e?.title || e?.name || id.slice(id.indexOf('.') + 1);
        }
    };
}

export function arsitekturChapters(model: SpbeModel, scope: ArsitekturScope): DocumentChapter[] {
    const locale = scope.locale;
    const words = names(model, locale);
    const elements = model.elements.filter(e => !e.builtin && (!scope.opd || e.opd === scope.opd));
    const opds = model.opds.filter(o => !o.builtin && (!scope.opd || o.code === scope.opd));
    const pemda = model.pemda?.title ?? model.pemda?.name ?? '';
    const periode = model.pemda?.periode ? `${model.pemda.periode.start}–${model.pemda.periode.end}` : '';
    const chapters: Array<Omit<DocumentChapter, 'number'>> = [
        {
            title: L('introduction', locale),
            landscape: false,
            blocks: [
                { kind: 'heading', level: 2, text: L('background', locale) },
                { kind: 'paragraph', text: documentSentence('architectureBackground', locale, { pemda, periode, elements: elements.length, opds: opds.length }) },
                { kind: 'heading', level: 2, text: L('legalBasis', locale) },
                { kind: 'list', items: legalBasis(model.pemda) },
                { kind: 'heading', level: 2, text: L('scope', locale) },
                { kind: 'list', items: opds.map(o => words.opd(o.code)) }
            ]
        },
        ...Domains.map(domain => ({
            title: L(domain.label, locale),
            // Portrait holds up to seven columns legibly; wider domains (layanan, data, aplikasi…) turn the page.
            landscape: documentColumns(domain.kind).length + 1 > 7,
            blocks: domainBlocks(elements.filter(e => e.kind === domain.kind), opds.map(o => o.code), domain.kind, words)
        })),
        {
            title: L('diagrams', locale),
            // The layered view stacks five bands and the integration map fans out downwards: both are taller than wide.
            landscape: false,
            blocks: [
                { kind: 'image', image: 'layered', caption: L('layeredDiagram', locale), missing: L('diagramMissing', locale), continuedCaption: `${L('layeredDiagram', locale)} (${L('continued', locale)})` },
                { kind: 'image', image: 'integrasi', caption: DiagramViewTitles.integrasi[locale], missing: L('diagramMissing', locale), continuedCaption: `${DiagramViewTitles.integrasi[locale]} (${L('continued', locale)})` }
            ]
        },
        { title: L('closing', locale), landscape: false, blocks: [{ kind: 'paragraph', text: documentSentence('closingArchitecture', locale, { pemda, periode }) }] }
    ];
    const appendices: Array<Omit<DocumentChapter, 'number'>> = [
        { title: L('crossOpdSharing', locale), landscape: true, blocks: sharingBlocks(model, elements, words, scope.opd) },
        { title: L('findings', locale), landscape: false, blocks: findingBlocks(scope.findings, locale) }
    ];
    return [
        ...chapters.map((c, i) => ({ ...c, number: chapterNumber(i, locale) })),
        ...appendices.map((c, i) => ({ ...c, number: appendixNumber(i, locale) }))
    ];
}

/** The SIA-SPBE columns a document shows: the inventory's, minus owner, identifier, notes, free-text description and the retirement year (it joins the status). */
function documentColumns(kind: ElementKind): InventoryColumn[] {
    const sheet = InventorySheets.find(s => s.kind === kind)!;
    return sheet.columns.filter(c => !['opd', 'name', 'doc', 'line'].includes(c.type) && c.property !== 'deskripsi' && c.property !== 'hingga');
}

function domainBlocks(elements: readonly ElementInfo[], opds: readonly string[], kind: ElementKind, words: Names): DocumentBlock[] {
    const columns = documentColumns(kind);
    const blocks: DocumentBlock[] = [];
    let section = 0;
    for (const opd of opds) {
        const own = elements.filter(e => e.opd === opd);
        if (own.length === 0) {
            continue;
        }
        blocks.push({ kind: 'heading', level: 2, text: `${++section}. ${words.opd(opd)}` });
        blocks.push({
            kind: 'table',
            // The workbook's widths, evened out: a page has no horizontal scroll, so no column may starve (`Eksisting` on one line).
            columns: [{ header: L('no', words.locale), width: 9, numeric: true }, ...columns.map(c => ({ header: columnHeader(c, words.locale), width: Math.max(14, Math.min(c.width, 30)) }))],
            rows: own.map((e, i) => ({ cells: [{ text: String(i + 1), numeric: true }, ...columns.map(c => ({ text: cellText(e, c, words) }))] }))
        });
    }
    return blocks.length > 0 ? blocks : [{ kind: 'paragraph', text: `${elementKindLabel(kind, words.locale)}: ${L('noneDeclared', words.locale)}` }];
}

/**
 * A column's header: in Indonesian the SIA-SPBE field name of the inventory workbook; in another locale
 * the property's words from the locale's label table (the SIA-SPBE names are Indonesian only).
 */
function columnHeader(column: InventoryColumn, locale: Locale): string {
    if (locale === 'id') {
        return column.header;
    }
    return column.property ? propertyLabel(column.property, locale) : column.type === 'title' ? propertyLabel('name', locale) : column.header;
}

/** One SIA-SPBE cell of an element, in words. */
function cellText(element: ElementInfo, column: InventoryColumn, words: Names): string {
    const locale = words.locale;
    if (column.type === 'title') {
        return element.title || element.name;
    }
    if (column.type === 'flag') {
        return element[column.property as 'pribadi'] ? L('yes', locale) : '';
    }
    const property = column.property!;
    if (property === 'ref') {
        return element.ref ?? '';
    }
    if (property === 'status') {
        const status = enumLabel('Status', element.status, locale);
        return element.hingga === undefined ? status : `${status} (${element.hingga})`;
    }
    const targets = element.relations.filter(r => r.property === property);
    if (column.type === 'opdGrant' && element.sharedWithAll && targets.length === 0) {
        return L('allOpd', locale);
    }
    if (targets.length > 0) {
        return cellValues(targets.map(r => r.targetIsOpd ? words.opd(r.target) : words.element(r.target)));
    }
    const value = element.attributes[property];
    if (value === undefined) {
        return '';
    }
    const values = typeof value === 'object' ? value : [String(value)];
    switch (column.type) {
        case 'enum':
        case 'enumList': return values.map(v => enumLabel(column.rule!, v, locale)).join(', ');
        case 'date': return values.map(v => formatLongDate(v, locale)).join(', ');
        default: return values.join(', ');
    }
}

/**
 * Who uses whose data and applications: the cross-OPD uses (`crossOpdUses`, as the portal lists them) of
 * `elements`; with `opd` (`--opd`), those where that OPD is the user or the owner (others using its data and
 * applications are half of what it shares).
 */
function sharingBlocks(model: SpbeModel, elements: readonly ElementInfo[], words: Names, opd?: string): DocumentBlock[] {
    const locale = words.locale;
    const users = new Set(elements.map(e => e.id));
    const inScope = (u: { user: ElementInfo; target: ElementInfo }) => opd === undefined ? users.has(u.user.id) : u.user.opd === opd || u.target.opd === opd;
    const rows: DocumentRow[] = crossOpdUses(model).filter(inScope).map(({ user, target, property }) => ({
        cells: [
            { text: words.opd(user.opd) },
            { text: `${elementKindLabel(user.kind, locale)}: ${words.element(user.id)}` },
            { text: relationWord(user.kind, property, locale) },
            { text: words.element(target.id) },
            { text: words.opd(target.opd) }
        ]
    }));
    if (rows.length === 0) {
        return [{ kind: 'paragraph', text: L('noSharing', locale) }];
    }
    return [
        { kind: 'paragraph', text: documentSentence('sharingIntro', locale) },
        {
            kind: 'table',
            columns: [
                { header: L('opdPengguna', locale), width: 20 }, { header: heading('element', locale), width: 25 }, { header: L('hubungan', locale), width: 15 },
                { header: L('dipakai', locale), width: 22 }, { header: L('opdPemilik', locale), width: 18 }
            ],
            rows
        }
    ];
}

/** The SIA-SPBE header of the property that makes the reference ("Aplikasi Pendukung", "Data yang Digunakan"). */
function relationWord(kind: ElementKind, property: string, locale: Locale): string {
    const column = InventorySheets.find(s => s.kind === kind)?.columns.find(c => c.property === property);
    return column ? columnHeader(column, locale) : propertyLabel(property, locale);
}

function findingBlocks(findings: DocumentFindings | undefined, locale: Locale): DocumentBlock[] {
    if (!findings || findings.errors + findings.warnings + findings.infos === 0) {
        return [{ kind: 'paragraph', text: L('noFindings', locale) }];
    }
    const blocks: DocumentBlock[] = [{ kind: 'paragraph', text: documentSentence('findingsIntro', locale, { errors: findings.errors, warnings: findings.warnings, infos: findings.infos }) }];
    if (findings.groups.length > 0) {
        blocks.push({
            kind: 'table',
            columns: [{ header: L('tingkat', locale), width: 14 }, { header: L('temuan', locale), width: 72 }, { header: L('jumlahTemuan', locale), width: 14, numeric: true }],
            rows: findings.groups.map(g => ({ cells: [{ text: g.severity }, { text: g.text }, { text: String(g.count), numeric: true }] }))
        });
    }
    return blocks;
}
