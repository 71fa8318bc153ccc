import type ExcelJSModule from 'exceljs';
import { stableZip } from '../output/stable-zip.js';
import { heading, indexLabel, muatanLabel, predicateText } from 'spbe-model';
import { hasTargetShare, indexYearRows, noBaselineLine, unverifiedIndicatorsLine } from '../index-report/index-report.js';
import { budgetCell, sumCell, type BudgetSums, type RoadmapReport } from './roadmap-report.js';

const rupiah = '"Rp"#,##0';

/**
 * The roadmap as an Excel workbook: one sheet per table, amounts as real numbers formatted as
 * rupiah, frozen header rows, column widths and autofilters. Text is always written as text cells,
 * so a title starting with `=` can never become a formula.
 */
export async function roadmapXlsx(report: RoadmapReport): Promise<Uint8Array> {
    // exceljs is large; loading it on first use keeps `spbe validate` and the server's start fast.
    const ExcelJS = ((await import('exceljs')) as unknown as { default: typeof ExcelJSModule }).default;
    const l = report.locale;
    const h = (key: Parameters<typeof heading>[0]) => heading(key, l);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'SPBE Tools';
    workbook.title = `${h('title')} ${report.pemda?.title ?? ''}`.trim();
    // A fixed date keeps the file byte-stable for the same input (golden tests, reproducible builds).
    workbook.created = new Date(Date.UTC(2000, 0, 1));
    workbook.modified = workbook.created;
    const years = report.years;
    // The example banner and the errors notice stand above every sheet's table (v2 §6): a sheet is
    // often copied or printed alone.
    const notes = report.notices;
    // Amounts are numbers; a sum with an unreadable amount is the words saying it is incomplete (v2 §6).
    const sums = (s: BudgetSums, year?: number) => sumCell(s, year, l, amount => amount);

    const main = sheet(workbook, 'Peta Rencana', [
        { header: h('no'), width: 5 }, { header: h('muatan'), width: 20 }, { header: 'ID', width: 22 }, { header: h('kode'), width: 8 },
        { header: h('rencana'), width: 44 }, { header: h('prioritas'), width: 10 },
        { header: h('indikator'), width: 40 }, { header: h('kinerja'), width: 40 }, ...years.map(y => ({ header: `${h('target')} ${y}`, width: 30 })),
        { header: h('penanggungJawab'), width: 30 }, { header: h('pelaksana'), width: 30 }, { header: h('kegiatan'), width: 18 },
        ...years.map(y => ({ header: `${h('anggaran')} ${y}`, width: 16, money: true })), { header: h('total'), width: 18, money: true },
        { header: h('sumberDana'), width: 16 }
    ], notes);
    for (const group of report.groups) {
        const groupRow = main.addRow(['', group.label]);
        groupRow.font = { bold: true };
        groupRow.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF3F8' } };
        for (const r of group.rows) {
            main.addRow([r.no, muatanLabel(r.muatan, l), r.name, r.kode, r.title || r.name, r.prioritasLabel, r.indikatorWords.join('\n'), r.kinerjaLines.join('\n'),
                ...years.map(y => r.targets[y] ?? ''), r.penanggungJawabTitle, r.pelaksanaTitles.join('\n'), r.kegiatanList.join('\n'),
                ...years.map(y => r.anggaranDropped.includes(y) ? h('unread') : r.anggaran[y] ?? null), budgetCell(r.total, r.unread, l, amount => amount), r.sumberDanaLabel]);
        }
        const subtotal = main.addRow(['', `${h('total')} ${group.label}`, ...Array(9 + years.length).fill(''), ...years.map(y => sums(group, y)), sums(group)]);
        subtotal.font = { italic: true };
    }
    const total = main.addRow(['', h('grandTotal'), ...Array(9 + years.length).fill(''), ...years.map(y => sums(report.totals, y)), sums(report.totals)]);
    total.font = { bold: true };
    if (report.budgetUnread) {
        main.addRow([]);
        main.addRow(['', h('budgetUnread')]);
    }

    const gantt = sheet(workbook, 'Gantt', [{ header: h('no'), width: 5 }, { header: 'ID', width: 22 }, { header: h('rencana'), width: 44 },
        { header: h('muatan'), width: 20 }, ...years.map(y => ({ header: String(y), width: 8 })), { header: h('after'), width: 36 }, { header: h('criticalPath'), width: 12 }], notes);
    for (const r of report.rows) {
        // Kode and title, as on the other sheets (spec §6): `AP.01 · Judul`.
        const row = gantt.addRow([r.no, r.name, r.label, muatanLabel(r.muatan, l), ...years.map(() => ''), r.setelahLabels.join('\n'), r.critical ? h('yes') : '']);
        years.forEach((year, i) => {
            if (r.tahunMulai !== null && r.tahunSelesai !== null && year >= r.tahunMulai && year <= r.tahunSelesai) {
                row.getCell(5 + i).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: r.critical ? 'FFC00000' : 'FF0072B2' } };
            }
        });
    }

    const coverage = sheet(workbook, 'Cakupan', [{ header: h('muatan'), width: 24 }, { header: h('items'), width: 14 }, { header: h('covered'), width: 50 }], notes);
    report.coverage.forEach(c => coverage.addRow([c.label, c.count, c.count > 0 ? h('yes') : h('missing')]));

    const gap = sheet(workbook, 'Gap', [{ header: h('gap'), width: 26 }, { header: h('element'), width: 40 }, { header: 'ID', width: 30 },
        { header: h('kind'), width: 14 }, { header: h('opd'), width: 16 }, { header: h('year'), width: 8 }, { header: h('by'), width: 30 }], notes);
    report.gap.toBe.forEach(t => gap.addRow([h('toBe'), t.element.title, t.element.id, t.element.kindLabel, t.element.opdTitle, t.year, t.realizedByLabels.join('\n')]));
    report.gap.retirements.forEach(t => gap.addRow([h('retirements'), t.element.title, t.element.id, t.element.kindLabel, t.element.opdTitle, t.year, t.retiredByLabels.join('\n')]));
    report.gap.unrealized.forEach(e => gap.addRow([h('unrealized'), e.title, e.id, e.kindLabel, e.opdTitle, null, '']));

    // The OPD's code is its ID (where machines read, spec §6); its title is the next column.
    const budget = sheet(workbook, 'Anggaran', [{ header: 'ID', width: 18 }, { header: h('penanggungJawab'), width: 44 },
        ...years.map(y => ({ header: String(y), width: 16, money: true })), { header: h('total'), width: 18, money: true }], notes);
    report.budgetByOpd.forEach(b => budget.addRow([b.opd, b.title, ...years.map(y => sums(b, y)), sums(b)]));
    budget.addRow([h('grandTotal'), '', ...years.map(y => sums(report.totals, y)), sums(report.totals)]).font = { bold: true };
    if (report.budgetUnread) {
        budget.addRow([]);
        budget.addRow([h('budgetUnread')]);
    }

    if (report.index) {
        const p = report.index;
        // The baseline column is named as in the other outputs ("Penilaian 2025"), so that it never reads as a projected year.
        const columns = indexYearRows(p, l);
        const index = sheet(workbook, 'Indeks', [{ header: p.title, width: 56 }, { header: '%', width: 8 }, ...columns.map(c => ({ header: c.label, width: c.baseline ? 16 : 10 }))], notes);
        index.addRow([p.title, 100, ...columns.map(c => c.result.score)]).font = { bold: true };
        index.addRow([indexLabel('predicate', l), null, ...columns.map(c => (c.result.predicate === null ? '' : predicateText(c.result, l)))]);
        // The shares as numbers (fractions shown as percentages), so that a sheet user can compute with them:
        // assessed always, from roadmap targets only when a projected year has any.
        const targets = hasTargetShare(p);
        const shareRows = [index.addRow([indexLabel('assessedShare', l), null, ...columns.map(c => c.result.assessedShare)])];
        if (targets) {
            shareRows.push(index.addRow([indexLabel('targetShare', l), null, ...columns.map(c => c.result.targetShare)]));
        }
        // Each aspect's score, then the share of the aspect's own weight behind it; a score from part of
        // the aspect keeps its number and reads "(sementara)" through the cell's format.
        const provisionalCells: ExcelJSModule.Cell[] = [];
        for (const aspect of (p.baseline?.result ?? p.years[0]?.result)?.aspects ?? []) {
            const subs = columns.map(c => c.result.aspects.find(a => a.id === aspect.id));
            const scores = index.addRow([`${aspect.id} ${aspect.name}`, aspect.weight, ...subs.map(sub => sub?.score ?? null)]);
            subs.forEach((sub, i) => { if (sub?.provisional) { provisionalCells.push(scores.getCell(3 + i)); } });
            shareRows.push(index.addRow([`    ${indexLabel('assessedShare', l)}`, null, ...subs.map(sub => sub?.assessedShare ?? 0)]));
            if (targets) {
                shareRows.push(index.addRow([`    ${indexLabel('targetShare', l)}`, null, ...subs.map(sub => sub?.targetShare ?? 0)]));
            }
        }
        // What rests on a single source, or on no baseline at all, is said on the sheet itself, as in the other index outputs.
        const sourceNotes = [noBaselineLine(p, l), p.weightsUnverified ? indexLabel('unverified', l) : '', unverifiedIndicatorsLine(p, l)].filter(Boolean);
        if (sourceNotes.length) {
            index.addRow([]);
            sourceNotes.forEach(note => index.addRow([note]));
        }
        index.getColumn(1).numFmt = '@';
        columns.forEach((_, i) => { index.getColumn(3 + i).numFmt = '0.00'; });
        // After the columns' format, which would otherwise overwrite it.
        shareRows.forEach(row => columns.forEach((_, i) => { row.getCell(3 + i).numFmt = '0.0%'; }));
        provisionalCells.forEach(c => { c.numFmt = `0.00" (${indexLabel('provisional', l)})"`; });
    }

    return stableZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

interface Column { header: string; width: number; money?: boolean }

/**
 * A sheet with a bold, frozen header row and an autofilter. `notes` (the example banner, the errors
 * notice) come first, one bold red row each, above the header.
 */
function sheet(workbook: ExcelJSModule.Workbook, name: string, columns: readonly Column[], notes: readonly string[] = []): ExcelJSModule.Worksheet {
    const headerRow = notes.length + 1;
    const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: headerRow }] });
    worksheet.columns = columns.map(c => ({ width: c.width, style: c.money ? { numFmt: rupiah } : { alignment: { wrapText: true, vertical: 'top' } } }));
    notes.forEach(note => {
        const row = worksheet.addRow([note]);
        row.font = { bold: true, color: { argb: 'FFC00000' } };
    });
    worksheet.addRow(columns.map(c => c.header)).font = { bold: true };
    worksheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };
    return worksheet;
}
