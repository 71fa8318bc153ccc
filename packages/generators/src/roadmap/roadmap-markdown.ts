import { escapeMarkdownCell as cell, escapeMarkdownText as text } from '../output/escape.js';
import { formatRupiah, yearSpan } from 'spbe-model';
import { subtitle } from './report-subtitle.js';
import { heading, muatanLabel } from 'spbe-model';
import { budgetCell, sumCell, type BudgetSums, type RoadmapReport } from './roadmap-report.js';
import { appendAll, formatScore, formatShare, indexLabel, predicateText } from 'spbe-model';
import { hasTargetShare, indexYearRows, noBaselineLine, unverifiedIndicatorsLine } from '../index-report/index-report.js';

/** The roadmap as Markdown: the Peta Rencana table, coverage, gap list and budget per OPD. */
export function roadmapMarkdown(report: RoadmapReport): string {
    const l = report.locale;
    const h = (key: Parameters<typeof heading>[0]) => heading(key, l);
    const money = (n: number) => formatRupiah(n, l);
    const sums = (s: BudgetSums, year?: number) => cell(sumCell(s, year, l, money));
    const lines: string[] = [`# ${h('title')}`, '', ...report.notices.flatMap(n => [`> **${text(n)}**`, '']), text(subtitle(report, h('periode'), h('filters'))), ''];
    const header = [h('no'), h('muatan'), h('rencana'), h('prioritas'), h('indikator'), h('kinerja'), ...report.years.map(y => `${h('target')} ${y}`),
        h('penanggungJawab'), h('pelaksana'), h('kegiatan'), ...report.years.map(y => `${h('anggaran')} ${y}`), h('total'), h('sumberDana')];
    const amountColumns = report.years.length + 1;
    const firstAmount = header.length - amountColumns - 1;
    lines.push(row(header), row(header.map((_, i) => (i === 0 || (i >= firstAmount && i < header.length - 1) ? '---:' : '---'))));
    const padding = Array(firstAmount - 2).fill('');
    for (const group of report.groups) {
        lines.push(row(['', `**${cell(group.label)}**`, ...Array(header.length - 2).fill('')]));
        for (const r of group.rows) {
            lines.push(row([String(r.no), cell(muatanLabel(r.muatan, l)), `${cell(r.label)}${r.critical ? ' ★' : ''}`, cell(r.prioritasLabel),
                cells(r.indikatorWords), cells(r.kinerjaLines), ...report.years.map(y => cell(r.targets[y] ?? '')), cell(r.penanggungJawabTitle),
                cells(r.pelaksanaTitles), cell(r.kegiatan),
                ...report.years.map(y => r.anggaranDropped.includes(y) ? h('unread') : r.anggaran[y] ? money(r.anggaran[y]) : ''), cell(budgetCell(r.total, r.unread, l, money)),
                cell(r.sumberDanaLabel)]));
        }
        lines.push(row(['', `${h('total')} ${cell(group.label)}`, ...padding,
            ...report.years.map(y => sums(group, y)), sums(group), '']));
    }
    lines.push(row(['', `**${h('grandTotal')}**`, ...padding,
        ...report.years.map(y => `**${sums(report.totals, y)}**`), `**${sums(report.totals)}**`, '']));
    if (report.budgetUnread) {
        lines.push('', text(h('budgetUnread')));
    }
    lines.push('', `★ ${h('criticalPath')}: ${report.criticalPath.length ? text(report.criticalPathLabels.join(' → ')) : h('none')}`, '');

    lines.push(`## ${h('coverage')}`, '', row([h('muatan'), h('items'), h('covered')]), row(['---', '---:', '---']));
    for (const c of report.coverage) {
        lines.push(row([cell(c.label), String(c.count), c.count > 0 ? h('yes') : h('missing')]));
    }
    lines.push('', `## ${h('gap')}`, '', `### ${h('toBe')}`, '');
    appendAll(lines, table([h('element'), h('kind'), h('opd'), h('year'), h('by')],
        report.gap.toBe.map(t => [cell(t.element.title || t.element.id), t.element.kindLabel, cell(t.element.opdTitle), t.year === null ? '' : String(t.year), cells(t.realizedByLabels)]), h('none')));
    lines.push('', `### ${h('retirements')}`, '');
    appendAll(lines, table([h('element'), h('kind'), h('opd'), h('year'), h('by')],
        report.gap.retirements.map(t => [cell(t.element.title || t.element.id), t.element.kindLabel, cell(t.element.opdTitle), t.year === null ? '' : String(t.year), cells(t.retiredByLabels)]), h('none')));
    lines.push('', `### ${h('unrealized')}`, '');
    appendAll(lines, table([h('element'), h('kind'), h('opd')], report.gap.unrealized.map(e => [cell(e.title || e.id), e.kindLabel, cell(e.opdTitle)]), h('none')));
    lines.push('', `## ${h('budgetByOpd')}`, '');
    appendAll(lines, table([h('opd'), ...report.years.map(String), h('total')],
        report.budgetByOpd.map(b => [cell(b.title || b.opd), ...report.years.map(y => sums(b, y)), sums(b)]), h('none')));
    lines.push('', `## ${h('gantt')}`, '');
    appendAll(lines, table([h('rencana'), h('muatan'), h('year'), h('after')],
        report.rows.map(r => [`${cell(r.label)}${r.critical ? ' ★' : ''}`, cell(muatanLabel(r.muatan, l)), yearSpan(r.tahunMulai, r.tahunSelesai), cells(r.setelahLabels)]), h('none')));
    if (report.index) {
        // Only the index per year here; `spbe index` writes the aspects, contributions and plan notes.
        const p = report.index;
        lines.push('', `## ${cell(p.title)}`, '');
        // The share from targets only gets its own column when a projected year has one, so that no planned level reads as assessed.
        const targets = hasTargetShare(p);
        appendAll(lines, table([h('year'), indexLabel('title', l), indexLabel('predicate', l), indexLabel('assessedShare', l), ...(targets ? [indexLabel('targetShare', l)] : [])],
            indexYearRows(p, l).map(r => [r.label, formatScore(r.result.score, l), predicateText(r.result, l), formatShare(r.result.assessedShare, l),
                ...(targets ? [formatShare(r.result.targetShare, l)] : [])]), h('none')));
        const notes = [noBaselineLine(p, l), p.weightsUnverified ? indexLabel('unverified', l) : '', unverifiedIndicatorsLine(p, l)].filter(Boolean);
        if (notes.length) {
            lines.push('', `_${cell(notes.join(' '))}_`);
        }
    }
    return lines.join('\n') + '\n';
}

function row(values: readonly string[]): string {
    return `| ${values.join(' | ')} |`;
}

/** Several values in one cell, one per line. */
function cells(values: readonly string[]): string {
    return values.map(cell).join('<br>');
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, empty: string): string[] {
    if (rows.length === 0) {
        return [empty];
    }
    return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}
