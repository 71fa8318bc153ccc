import { csvTable, defaultCsvSeparator, type CsvSeparator } from '../output/csv-table.js';
import { heading, muatanLabel } from 'spbe-model';
import { budgetCell, sumCell, type BudgetSums, type RoadmapReport } from './roadmap-report.js';

export interface CsvTable {
    /** File name suffix: `peta-rencana.csv`, `peta-rencana-cakupan.csv`… */
    readonly name: string;
    readonly content: string;
}

/**
 * One CSV per table, UTF-8 with a BOM so Excel reads the Indonesian text right; fields separated by
 * `separator` (default: `;` in Indonesian, `,` in English).
 */
export function roadmapCsv(report: RoadmapReport, separator: CsvSeparator = defaultCsvSeparator(report.locale)): CsvTable[] {
    const l = report.locale;
    const csv = (rows: ReadonlyArray<ReadonlyArray<string | number>>) => csvTable(rows, { separator, locale: l });
    const h = (key: Parameters<typeof heading>[0]) => heading(key, l);
    // What a reader must know before trusting a table comes first in EVERY file (v2 §6), one notice per
    // row in the first column, above the header (what Excel and LibreOffice show at the top): the
    // example banner, the errors notice, and where a budget is unreadable, what that means. A clean,
    // real workspace's files start with the header.
    const notices = report.notices.map(n => [n]);
    const budgetNotices = [...notices, ...(report.budgetUnread ? [[h('budgetUnread')]] : [])];
    const sums = (s: BudgetSums, year?: number) => sumCell(s, year, l, amount => amount);
    const main = [
        ...budgetNotices,
        [h('no'), h('muatan'), 'ID', h('kode'), h('rencana'), h('prioritas'), h('indikator'), h('kinerja'), ...report.years.map(y => `${h('target')} ${y}`),
            h('penanggungJawab'), h('pelaksana'), h('kegiatan'), ...report.years.map(y => `${h('anggaran')} ${y}`), h('total'), h('sumberDana'), h('after'), h('criticalPath')],
        ...report.rows.map(r => [r.no, muatanLabel(r.muatan, l), r.name, r.kode, r.title || r.name, r.prioritasLabel, r.indikatorWords.join('; '), r.kinerjaLines.join('; '),
            ...report.years.map(y => r.targets[y] ?? ''), r.penanggungJawabTitle, r.pelaksanaTitles.join('; '), r.kegiatan,
            ...report.years.map(y => r.anggaranDropped.includes(y) ? h('unread') : r.anggaran[y] ?? ''), budgetCell(r.total, r.unread, l, amount => amount), r.sumberDanaLabel, r.setelahLabels.join('; '),
            r.critical ? h('yes') : ''])
    ];
    const coverage = [...notices, [h('muatan'), h('items'), h('covered')], ...report.coverage.map(c => [c.label, c.count, c.count > 0 ? h('yes') : h('missing')])];
    const gap = [...notices, [h('gap'), h('element'), 'ID', h('kind'), h('opd'), h('year'), h('by')],
        ...report.gap.toBe.map(t => [h('toBe'), t.element.title, t.element.id, t.element.kindLabel, t.element.opdTitle, t.year ?? '', t.realizedByLabels.join('; ')]),
        ...report.gap.retirements.map(t => [h('retirements'), t.element.title, t.element.id, t.element.kindLabel, t.element.opdTitle, t.year ?? '', t.retiredByLabels.join('; ')]),
        ...report.gap.unrealized.map(e => [h('unrealized'), e.title, e.id, e.kindLabel, e.opdTitle, '', ''])];
    const budget = [...budgetNotices, ['ID', h('penanggungJawab'), ...report.years.map(String), h('total')],
        ...report.budgetByOpd.map(b => [b.opd, b.title, ...report.years.map(y => sums(b, y)), sums(b)]),
        [h('grandTotal'), '', ...report.years.map(y => sums(report.totals, y)), sums(report.totals)]];
    return [
        { name: 'peta-rencana.csv', content: csv(main) },
        { name: 'peta-rencana-cakupan.csv', content: csv(coverage) },
        { name: 'peta-rencana-gap.csv', content: csv(gap) },
        { name: 'peta-rencana-anggaran.csv', content: csv(budget) }
    ];
}
