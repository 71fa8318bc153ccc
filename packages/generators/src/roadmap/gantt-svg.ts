import { LabelFontSize, textWidth, wrapText, type LabelMedium } from '../diagram/node-label.js';
import { escapeXml } from '../output/escape.js';
import { yearSpan } from 'spbe-model';
import { heading } from 'spbe-model';
import type { RoadmapReport } from './roadmap-report.js';
import { maxOf } from 'spbe-model';

/** Colour-blind-safe palette (Okabe–Ito), one colour per muatan in regulation order. */
export const MuatanColours = ['#0072B2', '#E69F00', '#009E73', '#56B4E9', '#CC79A7', '#D55E00', '#8C6D1F'];

const minLabelWidth = 300;
/**
 * A single word wider than this (a 10,000-character title) is cut with "…", not allowed to widen the chart without end;
 * on a document's page, which shrinks the whole chart to its width, sooner.
 */
const maxLabelWidth: Record<LabelMedium, number> = { screen: 640, page: 400 };
const yearWidth = 96;
const rowHeight = 24;
const lineHeight = 15;
const maxLines = 3;
const top = 56;

/**
 * The Gantt chart as standalone SVG: a row per item grouped by muatan, a column per year, arrows
 * for `setelah` dependencies, the critical path outlined in red. Item labels (kode and title) wrap
 * on words up to three lines, the row as high as its lines; the label column is at least as wide
 * as the longest word (up to 640 px, 400 px for a document's `page`: a longer word is cut with "…"; the row's
 * tooltip keeps the whole title). Every text is escaped.
 */
export function ganttSvg(report: RoadmapReport, medium: LabelMedium = 'screen'): string {
    const years = report.years;
    const rows: Array<{ kind: 'section'; label: string; colour: string } | { kind: 'item'; row: RoadmapReport['rows'][number]; colour: string }> = [];
    report.groups.forEach((group, i) => {
        if (group.rows.length === 0) {
            return;
        }
        const colour = MuatanColours[i % MuatanColours.length];
        rows.push({ kind: 'section', label: group.label, colour });
        group.rows.forEach(row => rows.push({ kind: 'item', row, colour }));
    });
    const label = (row: RoadmapReport['rows'][number]) => `${row.no}. ${row.label}`;
    const words = rows.flatMap(entry => entry.kind === 'item' ? label(entry.row).split(/\s+/) : []);
    const labelWidth = Math.ceil(Math.min(maxLabelWidth[medium], Math.max(minLabelWidth, 24 + Math.max(0, maxOf(words.map(w => textWidth(w, LabelFontSize)))))));
    const lines = rows.map(entry => entry.kind === 'item'
        ? wrapText(label(entry.row), labelWidth - 24, maxLines).map(line => fitLine(line, labelWidth - 24)) : [entry.label]);
    const heights = lines.map(l => Math.max(rowHeight, 9 + lineHeight * l.length));
    const rowTop: number[] = [];
    heights.reduce((y, h) => { rowTop.push(y); return y + h; }, top);
    const rowsHeight = heights.reduce((sum, h) => sum + h, 0);
    const width = labelWidth + Math.max(1, years.length) * yearWidth + 16;
    const height = top + rowsHeight + 56;
    const x = (year: number) => labelWidth + (year - (years[0] ?? year)) * yearWidth;
    const yOf = new Map<string, number>();
    const out: string[] = [];
    out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="gantt-title" font-family="'DejaVu Sans', 'Segoe UI', Arial, sans-serif" font-size="12">`);
    out.push(`<title id="gantt-title">${escapeXml(heading('gantt', report.locale))}</title>`);
    out.push('<defs><marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#444"/></marker></defs>');
    out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
    out.push(`<text x="8" y="22" font-size="15" font-weight="bold">${escapeXml(`${heading('gantt', report.locale)} — ${report.pemda?.title ?? ''}`)}</text>`);
    years.forEach((year, i) => {
        const left = labelWidth + i * yearWidth;
        out.push(`<rect x="${left}" y="${top - 20}" width="${yearWidth}" height="${rowsHeight + 20}" fill="${i % 2 ? '#f4f6f8' : '#ffffff'}" stroke="#d0d7de"/>`);
        out.push(`<text x="${left + yearWidth / 2}" y="${top - 6}" text-anchor="middle" font-weight="bold">${year}</text>`);
    });
    const rowTopOf = new Map<string, number>();
    rows.forEach((entry, i) => {
        const y = rowTop[i];
        const h = heights[i];
        if (entry.kind === 'section') {
            out.push(`<rect x="0" y="${y}" width="${labelWidth}" height="${h}" fill="${entry.colour}" opacity="0.15"/>`);
            out.push(`<text x="8" y="${y + 16}" font-weight="bold" fill="#1f2328">${escapeXml(entry.label)}</text>`);
            return;
        }
        const r = entry.row;
        yOf.set(r.name, y + h / 2);
        rowTopOf.set(r.name, y);
        const tspans = lines[i].map((line, k) => `<tspan x="16" y="${y + 16 + k * lineHeight}">${escapeXml(line)}</tspan>`).join('');
        out.push(`<text class="label" fill="#1f2328"><title>${escapeXml(r.label)}</title>${tspans}</text>`);
        if (r.tahunMulai !== null && r.tahunSelesai !== null && years.length > 0) {
            const start = Math.max(r.tahunMulai, years[0]);
            const end = Math.min(r.tahunSelesai, years[years.length - 1]);
            if (end >= start) {
                const stroke = r.critical ? ' stroke="#C00000" stroke-width="3"' : '';
                out.push(`<rect class="bar${r.critical ? ' critical' : ''}" x="${x(start) + 4}" y="${y + (h - rowHeight) / 2 + 4}" width="${(end - start + 1) * yearWidth - 8}" height="${rowHeight - 8}" rx="4" fill="${entry.colour}"${stroke}>`
                    + `<title>${escapeXml(`${r.label} (${yearSpan(r.tahunMulai, r.tahunSelesai)})`)}</title></rect>`);
            }
        }
    });
    for (const entry of rows) {
        if (entry.kind !== 'item') {
            continue;
        }
        const r = entry.row;
        for (const predecessor of r.setelah) {
            const from = report.rows.find(p => p.name === predecessor);
            const y1 = yOf.get(predecessor);
            const y2 = yOf.get(r.name);
            if (!from || y1 === undefined || y2 === undefined || from.tahunSelesai === null || r.tahunMulai === null || years.length === 0) {
                continue;
            }
            // Finish-to-start: leave the predecessor's bar end, run along the gap above the
            // successor's row, and enter its bar from the left.
            const x1 = x(Math.min(from.tahunSelesai, years[years.length - 1])) + yearWidth - 4;
            const x2 = x(Math.max(r.tahunMulai, years[0])) + 4;
            const points = x2 - x1 >= 16
                ? [[x1, y1], [(x1 + x2) / 2, y1], [(x1 + x2) / 2, y2], [x2, y2]]
                : [[x1, y1], [x1 + 8, y1], [x1 + 8, rowTopOf.get(r.name)!], [x2 - 8, rowTopOf.get(r.name)!], [x2 - 8, y2], [x2, y2]];
            out.push(`<polyline points="${points.map(p => p.join(',')).join(' ')}" fill="none" stroke="#444" stroke-width="1.2" marker-end="url(#arrow)"/>`);
        }
    }
    const legendY = top + rowsHeight + 28;
    out.push(`<rect x="8" y="${legendY - 10}" width="22" height="12" rx="3" fill="#999" stroke="#C00000" stroke-width="3"/>`);
    out.push(`<text x="36" y="${legendY}">${escapeXml(heading('legendCritical', report.locale))}</text>`);
    out.push(`<line x1="180" y1="${legendY - 4}" x2="212" y2="${legendY - 4}" stroke="#444" marker-end="url(#arrow)"/>`);
    out.push(`<text x="220" y="${legendY}">${escapeXml(heading('legendDependency', report.locale))}</text>`);
    out.push('</svg>');
    return out.join('\n');
}

/** `line` cut after the last character that fits in `width` px with "…" after it; a line that fits is kept whole. */
function fitLine(line: string, width: number): string {
    if (textWidth(line, LabelFontSize) <= width) {
        return line;
    }
    const room = width - textWidth('…', LabelFontSize);
    let used = 0;
    let end = 0;
    for (const ch of line) {
        used += textWidth(ch, LabelFontSize);
        if (used > room) {
            break;
        }
        end += ch.length;
    }
    return `${line.slice(0, end)}…`;
}
