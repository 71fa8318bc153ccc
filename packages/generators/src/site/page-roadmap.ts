import { formatRupiah, heading, yearSpan } from 'spbe-model';
import { escapeHtml as e } from '../output/escape.js';
import { ganttSvg } from '../roadmap/gantt-svg.js';
import { budgetCell, type ElementRef } from '../roadmap/roadmap-report.js';
import { sitePage } from './site-layout.js';
import { table, td, type SiteContext } from './site-context.js';

/**
 * Peta Rencana: the table (one row per item, each an anchor other pages link to, grouped by
 * muatan), the Gantt chart, the seven muatan's coverage and the gap (to-be elements, retirements).
 */
export function roadmapPage(c: SiteContext): string {
    const path = c.paths.roadmap;
    const l = c.locale;
    const r = c.report;
    const h = (key: Parameters<typeof heading>[0]) => heading(key, l);
    const lines = (values: readonly string[]) => values.map(v => e(v)).join('<br>');
    // An amount that could not be read makes its sum "tidak lengkap: N nilai tak terbaca", never a Rp figure without it.
    const money = (amount: number, unread: number) => budgetCell(amount, unread, l, a => formatRupiah(a, l));
    const rows: string[] = [];
    for (const group of r.groups) {
        if (group.rows.length === 0) {
            continue;
        }
        rows.push(`<tr class="group"><th scope="rowgroup" colspan="9">${e(group.label)}</th></tr>`);
        for (const row of group.rows) {
            const item = c.items.get(row.name);
            rows.push(`<tr id="rencana-${e(row.name)}"${row.critical ? ' class="critical"' : ''}>${td(row.kode || row.no)}<td><bdi>${e(row.title || row.name)}</bdi></td>${td(row.prioritasLabel)}`
                + `${td(yearSpan(row.tahunMulai, row.tahunSelesai))}<td>${c.opdLink(path, item?.penanggungJawab ?? '')}</td>`
                + `<td>${(item?.pelaksana ?? []).map(p => c.opdLink(path, p)).join(', ')}</td><td>${lines(row.indikatorWords)}</td>`
                + `<td>${[...(item?.mewujudkan ?? []).map(id => `+ ${c.elementLink(path, id)}`), ...(item?.menghentikan ?? []).map(id => `− ${c.elementLink(path, id)}`)].join('<br>')}</td>`
                + `${td(row.unfunded ? h('unfunded') : money(row.total, row.unread), true)}</tr>`);
        }
    }
    rows.push(`<tr class="total"><th scope="row" colspan="8">${e(h('grandTotal'))}</th>${td(money(r.totals.total, r.totals.unread), true)}</tr>`);
    const gapRows = (list: ReadonlyArray<{ element: ElementRef; year: number | null; by: readonly string[] }>) => list.map(g =>
        `<tr><td>${c.elementLink(path, g.element.id)}</td>${td(g.element.kindLabel)}<td>${c.opdLink(path, g.element.opd)}</td>${td(g.year ?? '')}<td>${g.by.map(n => c.itemLink(path, n)).join(', ')}</td></tr>`);
    const gapHeaders = [h('element'), h('kind'), h('opd'), h('year'), h('by')];
    const body = [
        `<section><h2 id="tabel">${e(h('title'))}</h2>`,
        table(h('title'), [h('kode'), h('rencana'), h('prioritas'), c.w('years'), h('penanggungJawab'), h('pelaksana'), h('indikator'), `${c.words.property('mewujudkan')} / ${c.words.property('menghentikan')}`, { text: h('anggaran'), numeric: true }], rows),
        '</section>',
        `<section><h2 id="gantt">${e(h('gantt'))}</h2>`,
        `<div class="table-wrap" role="region" aria-label="${e(h('gantt'))}" tabindex="0">${ganttSvg(r)}</div>`,
        `<p>${e(h('criticalPath'))}: ${r.criticalPath.map(n => c.itemLink(path, n)).join(' → ') || e(h('none'))}</p></section>`,
        `<section><h2 id="cakupan">${e(h('coverage'))}</h2>`,
        table(h('coverage'), [h('muatan'), { text: h('items'), numeric: true }, h('covered')], r.coverage.map(m => `<tr>${td(m.label)}${td(m.count, true)}${td(m.count ? h('yes') : h('missing'))}</tr>`)),
        '</section>',
        `<section><h2 id="gap">${e(h('gap'))}</h2>`,
        `<h3>${e(h('toBe'))}</h3>`, r.gap.toBe.length ? table(h('toBe'), gapHeaders, gapRows(r.gap.toBe.map(g => ({ element: g.element, year: g.year, by: g.realizedBy })))) : `<p>${e(h('none'))}</p>`,
        `<h3>${e(h('retirements'))}</h3>`, r.gap.retirements.length ? table(h('retirements'), gapHeaders, gapRows(r.gap.retirements.map(g => ({ element: g.element, year: g.year, by: g.retiredBy })))) : `<p>${e(h('none'))}</p>`,
        '</section>'
    ];
    return sitePage(c.frame(path, c.w('roadmap'), 'roadmap'), body.join('\n'));
}
