import { documentLabel, documentSentence, editorLabel, elementKindLabel, formatRupiah, formatScore, heading, indexLabel, predicateText, term, valueLabel, yearSpan, type Locale, type SpbeModel } from 'spbe-model';
import { indicatorLabel } from '../output/document-words.js';
import { budgetCell, sumCell, type BudgetSums, type RoadmapReport } from '../roadmap/roadmap-report.js';
import { cellValues } from './cell-values.js';
import { chapterNumber } from './document-frame.js';
import { ganttKey, ganttParts } from './gantt-parts.js';
import type { DocumentBlock, DocumentChapter, DocumentColumn, DocumentRow } from './document-model.js';
import { legalBasis } from './legal-basis.js';

/**
 * The chapters of the Peta Rencana SPBE (spec §6 v2) from the roadmap report, the one model every
 * roadmap format renders: every amount here is the report's, so it equals the JSON roadmap's.
 */
export function petaRencanaChapters(model: SpbeModel, report: RoadmapReport): DocumentChapter[] {
    const locale = report.locale;
    const chapters: Array<Omit<DocumentChapter, 'number'>> = [
        introduction(model, report),
        currentState(model, report),
        directionAndTargets(report),
        roadmapTables(report),
        { title: documentLabel('schedule', locale), landscape: true, blocks: scheduleBlocks(report) },
        closing(model, report)
    ];
    return chapters.map((c, i) => ({ ...c, number: chapterNumber(i, locale) }));
}

const L = documentLabel;

/** The Gantt, one landscape page per part (`ganttParts`); every part after the first captioned "(lanjutan)". */
function scheduleBlocks(report: RoadmapReport): DocumentBlock[] {
    const caption = L('ganttCaption', report.locale);
    return ganttParts(report).map((_, i) => ({
        kind: 'image', image: ganttKey(i), caption: i === 0 ? caption : `${caption} (${L('continued', report.locale)})`, missing: L('diagramMissing', report.locale)
    }));
}

function pemdaName(model: SpbeModel): string {
    return model.pemda?.title ?? model.pemda?.name ?? '';
}

function periodeText(model: SpbeModel): string {
    const periode = model.pemda?.periode;
    return periode ? `${periode.start}–${periode.end}` : '';
}

/** A cell with nothing to show because nothing was written (an unfunded item's sumber dana). */
const NoValue = '—';

function cell(text: string, numeric = false) {
    return { text, numeric };
}

function introduction(model: SpbeModel, report: RoadmapReport): Omit<DocumentChapter, 'number'> {
    const locale = report.locale;
    return {
        title: L('introduction', locale),
        landscape: false,
        blocks: [
            { kind: 'heading', level: 2, text: L('background', locale) },
            { kind: 'paragraph', text: documentSentence('roadmapBackground', locale, { pemda: pemdaName(model), periode: periodeText(model), items: report.rows.length, muatan: report.groups.filter(g => g.rows.length > 0).map(g => g.muatan).join(','), budget: budgetCell(report.totals.total, report.totals.unread, locale, amount => formatRupiah(amount, locale)) }) },
            { kind: 'heading', level: 2, text: L('legalBasis', locale) },
            { kind: 'list', items: legalBasis(model.pemda) }
        ]
    };
}

/** The latest index and the as-is summary: elements per domain by status. */
function currentState(model: SpbeModel, report: RoadmapReport): Omit<DocumentChapter, 'number'> {
    const locale = report.locale;
    const index = report.index;
    const baseline = index?.baseline;
    const indexText = baseline && baseline.result.score !== null
        ? documentSentence('latestIndex', locale, {
            framework: index.title, year: baseline.year, score: formatScore(baseline.result.score, locale),
            predicate: predicateText(baseline.result, locale),
            assessed: baseline.result.assessedCount, count: baseline.result.indicatorCount
        })
        : L('noIndex', locale);
    return {
        title: L('currentState', locale),
        landscape: false,
        blocks: [
            { kind: 'heading', level: 2, text: L('latestIndex', locale) },
            { kind: 'paragraph', text: indexText },
            { kind: 'heading', level: 2, text: L('asIsSummary', locale) },
            asIsTable(model, report.filters.opd, locale)
        ]
    };
}

const DomainKinds = ['probis', 'layanan', 'data', 'aplikasi', 'infrastruktur', 'keamanan', 'integrasi'] as const;

function asIsTable(model: SpbeModel, opd: string | undefined, locale: Locale): DocumentBlock {
    const elements = model.elements.filter(e => !e.builtin && (!opd || e.opd === opd));
    const count = (kind: string, status: string) => String(elements.filter(e => e.kind === kind && e.status === status).length);
    return {
        kind: 'table',
        columns: [
            { header: indexLabel('domain', locale), width: 40 },
            { header: valueLabel('Status', 'eksisting', locale), width: 20, numeric: true },
            { header: valueLabel('Status', 'rencana', locale), width: 20, numeric: true },
            { header: valueLabel('Status', 'dihentikan', locale), width: 20, numeric: true }
        ],
        rows: DomainKinds.map(kind => ({
            cells: [cell(elementKindLabel(kind, locale)), cell(count(kind, 'eksisting'), true), cell(count(kind, 'rencana'), true), cell(count(kind, 'dihentikan'), true)]
        }))
    };
}

/** The indicator targets (highest level each indicator is raised to, and by which plans) and the projected index. */
function directionAndTargets(report: RoadmapReport): Omit<DocumentChapter, 'number'> {
    const locale = report.locale;
    const targets = new Map<string, { framework: string; indicator: string; level: number; items: string[] }>();
    for (const row of report.rows) {
        for (const t of row.indikatorTargets) {
            const key = `${t.framework}.${t.indicator}`;
            const entry = targets.get(key) ?? { framework: t.framework, indicator: t.indicator, level: 0, items: [] };
            entry.level = Math.max(entry.level, t.level);
            entry.items.push(row.label);
            targets.set(key, entry);
        }
    }
    const blocks: DocumentBlock[] = [{ kind: 'heading', level: 2, text: L('indicatorTargets', locale) }];
    if (targets.size === 0) {
        blocks.push({ kind: 'paragraph', text: L('noTargets', locale) });
    } else {
        // One table per framework under its name: indicator 3 of SPBE 2018 and of PEMDI 2025 are different indicators.
        const sorted = [...targets.values()].sort((a, b) => a.framework.localeCompare(b.framework) || a.indicator.localeCompare(b.indicator));
        for (const framework of new Set(sorted.map(t => t.framework))) {
            blocks.push({ kind: 'heading', level: 3, text: valueLabel('Framework', framework, locale) }, {
                kind: 'table',
                columns: [{ header: heading('indicator', locale), width: 45 }, { header: L('targetLevel', locale), width: 12, numeric: true }, { header: L('byItems', locale), width: 43 }],
                rows: sorted.filter(t => t.framework === framework)
                    .map(t => ({ cells: [cell(indicatorLabel(t.framework, t.indicator, locale)), cell(String(t.level), true), cell(cellValues(t.items))] }))
            });
        }
    }
    const index = report.index;
    if (index && index.years.length > 0) {
        blocks.push(
            { kind: 'heading', level: 2, text: `${L('indexProjection', locale)} — ${index.title}${report.filters.opd ? ` (${L('wholePemdaIndex', locale)})` : ''}` },
            {
                kind: 'table',
                columns: [{ header: editorLabel('years', locale), width: 20 }, { header: L('nilai', locale), width: 20, numeric: true }, { header: L('predikat', locale), width: 60 }],
                rows: index.years.map(y => ({ cells: [cell(String(y.year)), cell(formatScore(y.result.score, locale), true), cell(predicateText(y.result, locale))] }))
            }
        );
    }
    return { title: L('directionAndTargets', locale), landscape: false, blocks };
}

/** One landscape chapter: per muatan the plan table and its budget table, then the budget summary. */
function roadmapTables(report: RoadmapReport): Omit<DocumentChapter, 'number'> {
    const locale = report.locale;
    const blocks: DocumentBlock[] = [];
    report.groups.forEach((group, i) => {
        blocks.push({ kind: 'heading', level: 2, text: `${i + 1}. ${group.label}` });
        if (group.rows.length === 0) {
            blocks.push({ kind: 'paragraph', text: L('noItems', locale) });
            return;
        }
        blocks.push(planTable(group.rows, locale));
        blocks.push({ kind: 'heading', level: 3, text: `${L('indicativeBudget', locale)} — ${group.label}` });
        blocks.push(budgetTable(report, group, locale));
    });
    blocks.push({ kind: 'heading', level: 2, text: L('budgetRecap', locale) });
    blocks.push(recapTable(report, locale));
    return { title: L('roadmapTable', locale), landscape: true, blocks };
}

type Row = RoadmapReport['rows'][number];

function planTable(rows: readonly Row[], locale: Locale): DocumentBlock {
    const columns: DocumentColumn[] = [
        { header: heading('kode', locale), width: 6 },
        { header: L('rencana', locale), width: 13 },
        { header: term('prioritas', locale), width: 7 },
        { header: editorLabel('years', locale), width: 7 },
        { header: L('targetTahunan', locale), width: 15 },
        { header: L('indikatorKinerja', locale), width: 15 },
        { header: L('indikatorIndeks', locale), width: 13 },
        { header: L('penanggungJawab', locale), width: 11 },
        { header: heading('pelaksana', locale), width: 11 },
        // Wide enough for a sub-kegiatan code (2.16.03.2.02.0035) on one line.
        { header: L('kegiatan', locale), width: 13 }
    ];
    return {
        kind: 'table',
        columns,
        rows: rows.map(r => ({
            cells: [
                cell(r.kode || String(r.no)),
                cell(r.title || r.label),
                cell(r.prioritasLabel),
                cell(yearSpan(r.tahunMulai, r.tahunSelesai)),
                cell(cellValues(Object.entries(r.targets).map(([year, text]) => `${year}: ${text}`))),
                cell(cellValues(r.kinerjaLines)),
                cell(cellValues(r.indikatorWords)),
                cell(r.penanggungJawabTitle),
                cell(cellValues(r.pelaksanaTitles)),
                cell(cellValues(r.kegiatanList))
            ]
        }))
    };
}


/** The money columns: one per year, then the total (the report's sums, never recomputed here). */
function moneyColumns(report: RoadmapReport, locale: Locale): DocumentColumn[] {
    return [...report.years.map(y => ({ header: String(y), width: 11, numeric: true })), { header: heading('total', locale), width: 12, numeric: true }];
}

/** A plan's amount: "tak terbaca" when the year's amount was written but could not be read, empty when none was written. */
function money(amount: number | undefined, locale: Locale, unread = false): string {
    return unread ? heading('unread', locale) : amount === undefined ? '' : formatRupiah(amount, locale);
}

/**
 * A sum's cell (`year` undefined: its total): "tidak lengkap: N nilai tak terbaca" when it includes an
 * unreadable amount (spec §6: never a figure that silently leaves one out), as in every roadmap format.
 */
function sumText(sums: BudgetSums, year: number | undefined, locale: Locale): string {
    return sumCell(sums, year, locale, amount => formatRupiah(amount, locale));
}

function budgetTable(report: RoadmapReport, group: RoadmapReport['groups'][number], locale: Locale): DocumentBlock {
    // Kode and title (`AP.01 · Title`), as the plan table names the item; an item without any `anggaran`
    // (the finding roadmap-unfunded) says so rather than totalling Rp0, and has no sumber dana to show.
    const rows: DocumentRow[] = group.rows.map(r => ({
        cells: [
            cell(r.label || String(r.no)),
            ...report.years.map(y => cell(money(r.anggaran[y], locale, r.anggaranDropped.includes(y)), true)),
            cell(r.unfunded ? heading('unfunded', locale) : budgetCell(r.total, r.unread, locale, amount => formatRupiah(amount, locale)), true),
            cell(r.sumberDanaLabel || (r.unfunded ? NoValue : ''))
        ]
    }));
    rows.push({
        total: true,
        cells: [cell(`${heading('total', locale)} ${group.label}`), ...report.years.map(y => cell(sumText(group, y, locale), true)), cell(sumText(group, undefined, locale), true), cell('')]
    });
    return {
        kind: 'table',
        // The first column also holds `Jumlah <muatan>`: wide enough for it on one line.
        columns: [{ header: heading('kode', locale), width: 24 }, ...moneyColumns(report, locale), { header: L('sumberDana', locale), width: 14 }],
        rows
    };
}

function recapTable(report: RoadmapReport, locale: Locale): DocumentBlock {
    const rows: DocumentRow[] = report.groups.map(g => ({
        cells: [cell(g.label), ...report.years.map(y => cell(sumText(g, y, locale), true)), cell(sumText(g, undefined, locale), true)]
    }));
    rows.push({
        total: true,
        cells: [cell(L('grandTotal', locale)), ...report.years.map(y => cell(sumText(report.totals, y, locale), true)), cell(sumText(report.totals, undefined, locale), true)]
    });
    return { kind: 'table', columns: [{ header: L('muatan', locale), width: 24 }, ...moneyColumns(report, locale)], rows };
}

function closing(model: SpbeModel, report: RoadmapReport): Omit<DocumentChapter, 'number'> {
    return {
        title: L('closing', report.locale),
        landscape: false,
        blocks: [{ kind: 'paragraph', text: documentSentence('closingRoadmap', report.locale, { pemda: pemdaName(model), periode: periodeText(model) }) }]
    };
}
