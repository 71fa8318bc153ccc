import { escapeHtml as e } from '../output/escape.js';
import { printedNoticesCss } from '../output/printed-notices.js';
import { formatRupiah, yearSpan } from 'spbe-model';
import { subtitle } from './report-subtitle.js';
import { ganttSvg } from './gantt-svg.js';
import { indexHtmlSection } from '../index-report/index-report.js';
import { heading } from 'spbe-model';
import { budgetCell, sumCell, type BudgetSums, type ElementRef, type RoadmapReport } from './roadmap-report.js';

const style = `
:root { color-scheme: light; }
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 12px; color: #1f2328; margin: 24px; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 28px 0 8px; } h3 { font-size: 13px; margin: 16px 0 6px; }
.subtitle { color: #57606a; margin-bottom: 16px; }
table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
th, td { border: 1px solid #d0d7de; padding: 4px 6px; vertical-align: top; text-align: left; unicode-bidi: isolate; overflow-wrap: break-word; }
.wide { overflow-x: auto; }
table.roadmap { width: max-content; max-width: none; }
table.roadmap td { max-width: 22em; }
table.roadmap td.item { min-width: 16em; } table.roadmap td.text { min-width: 10em; } table.roadmap td.code { white-space: nowrap; }
th { background: #f6f8fa; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.group td { background: #eef3f8; font-weight: bold; }
tr.subtotal td { background: #fafbfc; font-style: italic; }
tr.total td { font-weight: bold; border-top: 2px solid #1f2328; }
tr.critical td:first-child { border-left: 4px solid #C00000; }
code { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 11px; }
.missing { color: #C00000; font-weight: bold; }
.notice { border: 2px solid #C00000; color: #C00000; font-weight: bold; padding: 6px 10px; margin: 8px 0; }
.gantt { overflow-x: auto; }
@page { size: A4 landscape; margin: 10mm; }
tr.print-only { display: none; }
@media print { tr.print-only { display: table-row; } tr.print-only th { color: #C00000; background: #fff; border: 2px solid #C00000; } }
@media print { body { margin: 0; font-size: 7px; } .wide { overflow: visible; } table.roadmap { width: 100%; } table.roadmap td.item, table.roadmap td.text { min-width: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } .gantt svg { max-width: 100%; height: auto; } }
`;

/**
 * A self-contained HTML report: the Peta Rencana table, the Gantt chart as inline SVG, coverage,
 * gap and budget per OPD. No scripts, no external resources; prints on A4 landscape.
 */
export function roadmapHtml(report: RoadmapReport): string {
    const l = report.locale;
    const h = (key: Parameters<typeof heading>[0]) => e(heading(key, l));
    const money = (n: number) => formatRupiah(n, l);
    // A sum with an unreadable amount says it is incomplete (v2 §6), marked like a missing muatan.
    const amount = (text: string, incomplete: boolean) => `<td class="num${incomplete ? ' missing' : ''}">${e(text)}</td>`;
    const sums = (s: BudgetSums, year?: number) => amount(sumCell(s, year, l, money), (year === undefined ? s.unread : s.unreadPerYear[year] ?? 0) > 0);
    const years = report.years;
    const out: string[] = [];
    out.push('<!DOCTYPE html>', `<html lang="${l}">`, '<head>', '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">',
        `<title>${h('title')} — ${e(report.pemda?.title ?? '')}</title>`, `<style>${style}${printedNoticesCss(report.notices)}</style>`, '</head>', '<body>');
    out.push(`<h1>${h('title')}</h1>`, ...report.notices.map(n => `<p class="notice">${e(n)}</p>`), `<div class="subtitle">${e(subtitle(report, heading('periode', l), heading('filters', l)))}</div>`);
    const span = 10 + years.length * 2;
    // The notices print in every page's top margin (printedNoticesCss); a table's head also repeats on
    // every printed page it spans, in every browser, so the notices go there too.
    const noticeRows = report.notices.map(n => `<tr class="print-only"><th colspan="${span}">${e(n)}</th></tr>`);
    out.push('<div class="wide"><table class="roadmap">', '<thead>', ...noticeRows, '<tr>', `<th class="num">${h('no')}</th><th>${h('rencana')}</th><th>${h('prioritas')}</th><th>${h('indikator')}</th><th>${h('kinerja')}</th>`,
        ...years.map(y => `<th>${h('target')} ${y}</th>`), `<th>${h('penanggungJawab')}</th><th>${h('pelaksana')}</th><th>${h('kegiatan')}</th>`,
        ...years.map(y => `<th class="num">${h('anggaran')} ${y}</th>`), `<th class="num">${h('total')}</th><th>${h('sumberDana')}</th>`, '</tr></thead>', '<tbody>');
    for (const group of report.groups) {
        out.push(`<tr class="group"><td colspan="${span}">${e(group.label)}</td></tr>`);
        for (const r of group.rows) {
            out.push(`<tr${r.critical ? ' class="critical"' : ''}><td class="num">${r.no}</td><td class="item">${e(r.label)}</td><td>${e(r.prioritasLabel)}</td><td class="text">${lines(r.indikatorWords)}</td><td class="text">${lines(r.kinerjaLines)}</td>`
                + years.map(y => `<td class="text">${e(r.targets[y] ?? '')}</td>`).join('')
                + `<td>${e(r.penanggungJawabTitle)}</td><td>${lines(r.pelaksanaTitles)}</td><td class="code">${lines(r.kegiatanList)}</td>`
                + years.map(y => r.anggaranDropped.includes(y) ? amount(heading('unread', l), true) : amount(r.anggaran[y] ? money(r.anggaran[y]) : '', false)).join('')
                + `${amount(budgetCell(r.total, r.unread, l, money), r.unread > 0)}<td>${e(r.sumberDanaLabel)}</td></tr>`);
        }
        out.push(`<tr class="subtotal"><td></td><td colspan="${7 + years.length}">${h('total')} ${e(group.label)}</td>`
            + years.map(y => sums(group, y)).join('') + `${sums(group)}<td></td></tr>`);
    }
    out.push(`<tr class="total"><td></td><td colspan="${7 + years.length}">${h('grandTotal')}</td>`
        + years.map(y => sums(report.totals, y)).join('') + `${sums(report.totals)}<td></td></tr>`);
    out.push('</tbody></table></div>');
    if (report.budgetUnread) {
        out.push(`<p>${h('budgetUnread')}</p>`);
    }

    out.push(`<h2>${h('gantt')}</h2>`, `<div class="gantt">${ganttSvg(report)}</div>`,
        `<p>${h('criticalPath')}: ${report.criticalPathLabels.map(n => e(n)).join(' → ') || h('none')}</p>`);

    out.push(`<h2>${h('coverage')}</h2>`, `<table><thead><tr><th>${h('muatan')}</th><th class="num">${h('items')}</th><th>${h('covered')}</th></tr></thead><tbody>`);
    for (const c of report.coverage) {
        out.push(`<tr><td>${e(c.label)}</td><td class="num">${c.count}</td><td${c.count ? '' : ' class="missing"'}>${c.count ? h('yes') : h('missing')}</td></tr>`);
    }
    out.push('</tbody></table>');

    out.push(`<h2>${h('gap')}</h2>`);
    const elementTable = (title: string, rows: ReadonlyArray<{ element: ElementRef; year?: number | null; by?: readonly string[] }>, withYear: boolean) => {
        out.push(`<h3>${title}</h3>`);
        if (rows.length === 0) {
            out.push(`<p>${h('none')}</p>`);
            return;
        }
        out.push(`<table><thead><tr><th>${h('element')}</th><th>${h('kind')}</th><th>${h('opd')}</th>${withYear ? `<th>${h('year')}</th><th>${h('by')}</th>` : ''}</tr></thead><tbody>`);
        for (const r of rows) {
            out.push(`<tr><td>${e(r.element.title || r.element.id)}</td><td>${e(r.element.kindLabel)}</td><td>${e(r.element.opdTitle)}</td>`
                + (withYear ? `<td>${r.year ?? ''}</td><td>${lines(r.by ?? [])}</td>` : '') + '</tr>');
        }
        out.push('</tbody></table>');
    };
    elementTable(h('toBe'), report.gap.toBe.map(t => ({ element: t.element, year: t.year, by: t.realizedByLabels })), true);
    elementTable(h('retirements'), report.gap.retirements.map(t => ({ element: t.element, year: t.year, by: t.retiredByLabels })), true);
    elementTable(h('unrealized'), report.gap.unrealized.map(element => ({ element })), false);

    if (report.index) {
        out.push(indexHtmlSection(report.index, l, 2, report.indexWords));
    }

    out.push(`<h2>${h('budgetByOpd')}</h2>`, `<table><thead><tr><th>${h('opd')}</th>${years.map(y => `<th class="num">${y}</th>`).join('')}<th class="num">${h('total')}</th></tr></thead><tbody>`);
    for (const b of report.budgetByOpd) {
        out.push(`<tr><td>${e(b.title || b.opd)}</td>${years.map(y => sums(b, y)).join('')}${sums(b)}</tr>`);
    }
    out.push(`<tr class="total"><td>${h('grandTotal')}</td>${years.map(y => sums(report.totals, y)).join('')}${sums(report.totals)}</tr>`);
    out.push('</tbody></table>');
    out.push(`<p class="subtitle">${h('generated')} ${e(report.pemda?.title ?? '')} · ${e(yearSpan(report.periode?.start ?? null, report.periode?.end ?? null))}</p>`);
    out.push('</body>', '</html>');
    return out.join('\n') + '\n';
}

/** Several values in one cell, one per line, each escaped. */
function lines(values: readonly string[]): string {
    return values.map(v => e(v)).join('<br>');
}
