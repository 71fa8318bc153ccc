import { escapeHtml as e, escapeMarkdownCell as cell } from '../output/escape.js';
import type { IndexProjection, IndexResult } from 'spbe-model';

type Contribution = IndexProjection['contributions'][number];
import type { Locale } from 'spbe-model';
import { formatRupiah, heading, incompleteTotal } from 'spbe-model';
import { compactShareText, formatScore, formatShare, indexLabel, indexValueText, muatanLabel, predicateText, subScoreText } from 'spbe-model';
import { indicatorLabel, plainIndexWords, type IndexWords } from '../output/document-words.js';
import { printedNoticesCss } from '../output/printed-notices.js';
import { appendAll, maxOf } from 'spbe-model';
import { textWidth } from '../diagram/node-label.js';

export const IndexFormats = ['text', 'md', 'json', 'html'] as const;
export type IndexFormat = typeof IndexFormats[number];

interface Column { readonly label: string; readonly result: IndexResult }

function columns(p: IndexProjection, locale: Locale): Column[] {
    return indexYearRows(p, locale);
}

/** An aspect's cell in one column: its sub-score with the share of the aspect's weight behind it. */
function aspectCell(c: Column, aspect: string, locale: Locale): string {
    const sub = c.result.aspects.find(x => x.id === aspect);
    return sub ? subScoreText(sub, locale) : '–';
}

/** True when some column has a level that only a roadmap target gives: the tables then show that share too. */
export function hasTargetShare(p: IndexProjection): boolean {
    return p.years.some(y => y.result.targetShare > 0);
}

/** The table rows of the shares, one cell per column: assessed always, from targets only when there is any. */
function shareRows(p: IndexProjection, cols: readonly Column[], locale: Locale): string[][] {
    return [[indexLabel('assessedShare', locale), ...cols.map(c => formatShare(c.result.assessedShare, locale))],
        ...(hasTargetShare(p) ? [[indexLabel('targetShare', locale), ...cols.map(c => formatShare(c.result.targetShare, locale))]] : [])];
}

function summaryLine(p: IndexProjection, locale: Locale): string {
    const base = p.baseline;
    if (!base) {
        return `${indexLabel('assessment', locale)}: ${p.years.some(y => y.result.score !== null) ? indexLabel('noBaselineProjection', locale) : indexLabel('noBaseline', locale)}`;
    }
    return `${indexLabel('assessment', locale)} ${base.year}: ${indexValueText(base.result, locale)} — `
        + `${base.result.assessedCount}/${base.result.indicatorCount} ${indexLabel('assessed', locale)}`;
}

/** "+0,250" for a measured contribution, "tidak terukur" for one that cannot be measured (never "+0,000"). */
function pointsText(c: Contribution, locale: Locale): string {
    return c.points === null ? indexLabel('unmeasured', locale) : `+${formatScore(c.points, locale, 3)}`;
}

/** "(I20, I21 tanpa penilaian awal)": the item's targets whose effect the points leave out; empty when none. */
function unmeasuredText(c: Contribution, locale: Locale, before: string): string {
    return c.unmeasuredIndicators.length ? `${before}(${indicatorRanges(c.unmeasuredIndicators)} ${indexLabel('unmeasuredIndicators', locale)})` : '';
}

function flagText(p: IndexProjection, f: IndexProjection['flags'][number], locale: Locale, words: IndexWords): string {
    return f.kind === 'level-skip'
        ? `${words.itemLabel(f.item)}: ${indicatorLabel(p.framework, f.indicator ?? '', locale)} ${f.from} → ${f.to} (${f.year}) ${indexLabel('levelSkip', locale)}`
        : `${words.itemLabel(f.item)} (${muatanLabel(f.muatan ?? '', locale)}) ${indexLabel('raisesNothing', locale)}`;
}

/** One index value per column (the baseline first, then each projected year), for the compact index tables of other reports. */
export interface IndexYearRow {
    /** "Penilaian 2024" for the baseline, "2026" for a projected year. */
    readonly label: string;
    readonly year: number;
    readonly baseline: boolean;
    readonly result: IndexResult;
}

export function indexYearRows(p: IndexProjection, locale: Locale): IndexYearRow[] {
    return [...(p.baseline ? [{ label: `${indexLabel('assessment', locale)} ${p.baseline.year}`, year: p.baseline.year, baseline: true, result: p.baseline.result }] : []),
        ...p.years.map(y => ({ label: String(y.year), year: y.year, baseline: false, result: y.result }))];
}

/** "I02–I09, I12": indicator ids (two-digit, ascending) with consecutive runs joined. */
export function indicatorRanges(ids: readonly string[]): string {
    const runs: Array<[number, number]> = [];
    for (const n of ids.map(id => Number(id.slice(1)))) {
        const last = runs[runs.length - 1];
        if (last && n === last[1] + 1) {
            last[1] = n;
        } else {
            runs.push([n, n]);
        }
    }
    const id = (n: number) => `I${String(n).padStart(2, '0')}`;
    return runs.map(([a, b]) => (a === b ? id(a) : `${id(a)}–${id(b)}`)).join(', ');
}

/**
 * "Belum ada penilaian awal (baseline): nilai per tahun hanya dari target rencana, bukan hasil penilaian."
 * for a projection without a baseline that still has values; empty otherwise.
 */
export function noBaselineLine(p: IndexProjection, locale: Locale): string {
    if (p.baseline || !p.years.some(y => y.result.score !== null)) {
        return '';
    }
    const text = indexLabel('noBaselineProjection', locale);
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** The line naming the indicators that rest on a single source; empty when there are none. */
export function unverifiedIndicatorsLine(p: IndexProjection, locale: Locale): string {
    return p.unverifiedIndicators.length ? `${indexLabel('unverifiedIndicators', locale)} ${indicatorRanges(p.unverifiedIndicators)}.` : '';
}

/** Plain text for the terminal: aligned columns. */
export function indexText(p: IndexProjection, pemda: string, locale: Locale, words: IndexWords = plainIndexWords): string {
    const cols = columns(p, locale);
    const rows: string[][] = [[indexLabel('aspect', locale), indexLabel('weight', locale), ...cols.map(c => c.label)]];
    rows.push([p.title, '100', ...cols.map(c => formatScore(c.result.score, locale))]);
    rows.push(['', '', ...cols.map(c => predicateText(c.result, locale))]);
    shareRows(p, cols, locale).forEach(([label, ...cells]) => rows.push([label, '', ...cells]));
    const aspects = (p.baseline?.result ?? p.years[0]?.result)?.aspects ?? [];
    for (const a of aspects) {
        rows.push([`${a.id} ${a.name}`, formatScore(a.weight, locale, 1), ...cols.map(c => aspectCell(c, a.id, locale))]);
    }
    const widths = rows[0].map((_, i) => maxOf(rows.map(r => [...r[i]].length)));
    const lines = [...words.notices, `${p.title} — ${pemda}`, summaryLine(p, locale), '',
        ...rows.map(r => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ')),
        ...(aspects.length ? [indexLabel('subScoreLegend', locale)] : []), ''];
    lines.push(`${indexLabel('contributions', locale)}:`);
    appendAll(lines, (p.contributions.length ? p.contributions.map(c => `  ${[words.itemLabel(c.item), pointsText(c, locale), c.pointsPerBillion === null ? '' : `${formatScore(c.pointsPerBillion, locale, 3)} / Rp1 M`, unmeasuredText(c, locale, '')].filter(Boolean).join('  ')}`) : [`  ${indexLabel('none', locale)}`]));
    if (p.contributions.length) {
        lines.push(`  ${indexLabel('contributionsNote', locale)}`);
    }
    lines.push('', `${indexLabel('flags', locale)}:`, ...(p.flags.length ? p.flags.map(f => `  ${flagText(p, f, locale, words)}`) : [`  ${indexLabel('none', locale)}`]));
    lines.push('', indexLabel('method', locale));
    if (p.weightsUnverified) {
        lines.push(indexLabel('unverified', locale));
    }
    if (p.unverifiedIndicators.length) {
        lines.push(unverifiedIndicatorsLine(p, locale));
    }
    return lines.join('\n') + '\n';
}

export function indexMarkdown(p: IndexProjection, pemda: string, locale: Locale, words: IndexWords = plainIndexWords): string {
    const cols = columns(p, locale);
    const aspects = (p.baseline?.result ?? p.years[0]?.result)?.aspects ?? [];
    const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    const lines = [`# ${cell(p.title)}`, '', ...words.notices.flatMap(n => [`> **${cell(n)}**`, '']), cell(pemda), '', cell(summaryLine(p, locale)), '',
        row([indexLabel('aspect', locale), indexLabel('weight', locale), ...cols.map(c => c.label)]),
        row(['---', '---:', ...cols.map(() => '---:')]),
        row([`**${cell(p.title)}**`, '100', ...cols.map(c => `**${formatScore(c.result.score, locale)}**`)]),
        row([indexLabel('predicate', locale), '', ...cols.map(c => predicateText(c.result, locale))]),
        ...shareRows(p, cols, locale).map(([label, ...cells]) => row([label, '', ...cells])),
        ...aspects.map(a => row([`${a.id} ${cell(a.name)}`, formatScore(a.weight, locale, 1), ...cols.map(c => aspectCell(c, a.id, locale))])),
        ...(aspects.length ? ['', `_${cell(indexLabel('subScoreLegend', locale))}_`] : []),
        '', `## ${indexLabel('contributions', locale)}`, ''];
    appendAll(lines, (p.contributions.length ? [
        row([indexLabel('item', locale), indexLabel('points', locale), indexLabel('budget', locale), indexLabel('perBillion', locale)]), row(['---', '---:', '---:', '---:']),
        ...p.contributions.map(c => row([cell(words.itemLabel(c.item) + unmeasuredText(c, locale, ' ')), pointsText(c, locale), cell(contributionBudget(c, locale)), formatScore(c.pointsPerBillion, locale, 3)])),
        '', `_${indexLabel('contributionsNote', locale)}_`
    ] : [indexLabel('none', locale)]));
    lines.push('', `## ${indexLabel('flags', locale)}`, '', ...(p.flags.length ? p.flags.map(f => `- ${cell(flagText(p, f, locale, words))}`) : [indexLabel('none', locale)]));
    lines.push('', `_${indexLabel('method', locale)}${p.weightsUnverified ? ' ' + indexLabel('unverified', locale) : ''}_`);
    if (p.unverifiedIndicators.length) {
        lines.push('', `_${cell(unverifiedIndicatorsLine(p, locale))}_`);
    }
    return lines.join('\n') + '\n';
}

/**
 * The projection as JSON (docs/index-json.md), led by two flags (v2 §6): `ilustrasi` (the workspace is
 * an example) and `workspaceErrors` (errors of the workspace it was computed from; 0 when clean).
 */
/** An item's budget in the contributions table: rupiah, or (v2 §6) that it is incomplete, never a partial sum. */
function contributionBudget(c: Contribution, locale: Locale): string {
    if (c.unfunded) {
        return heading('unfunded', locale);
    }
    return c.anggaran === null ? incompleteTotal(c.unreadAmounts, locale) : formatRupiah(c.anggaran, locale);
}

export function indexJson(p: IndexProjection, words: Pick<IndexWords, 'ilustrasi' | 'workspaceErrors'> = plainIndexWords): string {
    return JSON.stringify({ ilustrasi: words.ilustrasi, workspaceErrors: words.workspaceErrors, ...p }, undefined, 2) + '\n';
}

/**
 * A line chart of the projected index with the predicate bands, as inline SVG. The baseline point is
 * labelled "Penilaian 2025" (the first projected year may be 2025 too); points are spaced and the
 * plot inset by the widest label under them (DejaVu Sans widths), so no label leaves the SVG.
 */
export function indexChartSvg(p: IndexProjection, locale: Locale): string {
    const points = indexYearRows(p, locale).map(r => ({ label: r.label, score: r.result.score, result: r.result }));
    const fontSize = 11;
    const widest = maxOf(points.flatMap(pt => [textWidth(pt.label, fontSize), textWidth(compactShareText(pt.result, locale), fontSize)]));
    const step = Math.max(80, widest + 16);
    const pad = Math.max(30, widest / 2 + 8);
    const left = 48;
    const width = Math.ceil(Math.max(360, left + 2 * pad + step * Math.max(0, points.length - 1)));
    const height = 252;
    const top = 16;
    const plotH = 180;
    const y = (score: number) => top + plotH - ((score - 1) / 4) * plotH;
    // Rounded to 0.1 px: the SVG stays readable and stable.
    const x = (i: number) => Math.round((left + pad + i * ((width - left - 2 * pad) / Math.max(1, points.length - 1))) * 10) / 10;
    const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="'DejaVu Sans', Arial, sans-serif" font-size="${fontSize}">`,
        `<title>${e(`${p.title}: ${indexLabel('projection', locale)}`)}</title>`];
    for (let level = 1; level <= 5; level++) {
        out.push(`<line x1="${left}" x2="${width - 10}" y1="${y(level)}" y2="${y(level)}" stroke="#d0d7de"/>`, `<text x="${left - 8}" y="${y(level) + 4}" text-anchor="end">${formatScore(level, locale, 1)}</text>`);
    }
    const known = points.map((pt, i) => ({ ...pt, i })).filter(pt => pt.score !== null) as Array<{ label: string; score: number; result: IndexResult; i: number }>;
    if (known.length > 1) {
        out.push(`<polyline fill="none" stroke="#0072B2" stroke-width="2.5" points="${known.map(pt => `${x(pt.i)},${y(pt.score)}`).join(' ')}"/>`);
    }
    points.forEach((pt, i) => {
        // The year and, under it, the assessed share: a point from a partial assessment says so on the chart too.
        out.push(`<text x="${x(i)}" y="${height - 24}" text-anchor="middle">${e(pt.label)}</text>`,
            `<text x="${x(i)}" y="${height - 8}" text-anchor="middle" fill="#57606a">${e(compactShareText(pt.result, locale))}</text>`);
        if (pt.score !== null) {
            out.push(`<circle cx="${x(i)}" cy="${y(pt.score)}" r="4" fill="#0072B2"><title>${e(`${pt.label}: ${indexValueText(pt.result, locale)}`)}</title></circle>`,
                `<text x="${x(i)}" y="${y(pt.score) - 9}" text-anchor="middle">${formatScore(pt.score, locale)}</text>`);
        }
    });
    out.push('</svg>');
    return out.join('\n');
}

/** The index section as HTML (used standalone and inside the roadmap report). */
export function indexHtmlSection(p: IndexProjection, locale: Locale, headingLevel = 2, words: IndexWords = plainIndexWords): string {
    const cols = columns(p, locale);
    const aspects = (p.baseline?.result ?? p.years[0]?.result)?.aspects ?? [];
    const h = `h${headingLevel}`;
    const out = [`<${h}>${e(p.title)}</${h}>`, `<p>${e(summaryLine(p, locale))}</p>`, indexChartSvg(p, locale),
        `<table><thead><tr><th>${e(indexLabel('aspect', locale))}</th><th class="num">${e(indexLabel('weight', locale))}</th>${cols.map(c => `<th class="num">${e(c.label)}</th>`).join('')}</tr></thead><tbody>`,
        `<tr class="total"><td>${e(p.title)}</td><td class="num">100</td>${cols.map(c => `<td class="num">${formatScore(c.result.score, locale)}<br>${e(predicateText(c.result, locale))}</td>`).join('')}</tr>`,
        ...shareRows(p, cols, locale).map(([label, ...cells]) => `<tr class="share"><td>${e(label)}</td><td></td>${cells.map(v => `<td class="num">${e(v)}</td>`).join('')}</tr>`),
        ...aspects.map(a => `<tr><td>${e(`${a.id} ${a.name}`)}</td><td class="num">${formatScore(a.weight, locale, 1)}</td>${cols.map(c => `<td class="num">${e(aspectCell(c, a.id, locale))}</td>`).join('')}</tr>`),
        '</tbody></table>', ...(aspects.length ? [`<p class="subtitle">${e(indexLabel('subScoreLegend', locale))}</p>`] : []), `<h${headingLevel + 1}>${e(indexLabel('contributions', locale))}</h${headingLevel + 1}>`];
    out.push(p.contributions.length
        ? `<table><thead><tr><th>${e(indexLabel('item', locale))}</th><th class="num">${e(indexLabel('points', locale))}</th><th class="num">${e(indexLabel('budget', locale))}</th><th class="num">${e(indexLabel('perBillion', locale))}</th></tr></thead><tbody>`
            + p.contributions.map(c => `<tr><td>${e(words.itemLabel(c.item) + unmeasuredText(c, locale, ' '))}</td><td class="num">${e(pointsText(c, locale))}</td><td class="num">${e(contributionBudget(c, locale))}</td><td class="num">${formatScore(c.pointsPerBillion, locale, 3)}</td></tr>`).join('')
            + `</tbody></table><p class="subtitle">${e(indexLabel('contributionsNote', locale))}</p>`
        : `<p>${e(indexLabel('none', locale))}</p>`);
    out.push(`<h${headingLevel + 1}>${e(indexLabel('flags', locale))}</h${headingLevel + 1}>`,
        p.flags.length ? `<ul>${p.flags.map(f => `<li>${e(flagText(p, f, locale, words))}</li>`).join('')}</ul>` : `<p>${e(indexLabel('none', locale))}</p>`,
        `<p class="subtitle">${e(indexLabel('method', locale))}${p.weightsUnverified ? ' ' + e(indexLabel('unverified', locale)) : ''}</p>`);
    if (p.unverifiedIndicators.length) {
        out.push(`<p class="subtitle">${e(unverifiedIndicatorsLine(p, locale))}</p>`);
    }
    return out.join('\n');
}

export function indexHtml(p: IndexProjection, pemda: string, locale: Locale, words: IndexWords = plainIndexWords): string {
    return ['<!DOCTYPE html>', `<html lang="${locale}">`, '<head>', '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
        `<title>${e(p.title)} — ${e(pemda)}</title>`,
        '<style>body{font-family:\'DejaVu Sans\',Arial,sans-serif;font-size:12px;margin:24px;color:#1f2328}table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left}td.num,th.num{text-align:right}tr.total td{font-weight:bold}.subtitle{color:#57606a}'
            + `${printedNoticesCss(words.notices)}</style>`,
        '</head>', '<body>', ...words.notices.map(n => `<p class="notice"><strong>${e(n)}</strong></p>`), `<p class="subtitle">${e(pemda)}</p>`, indexHtmlSection(p, locale, 1, words), '</body>', '</html>'].join('\n') + '\n';
}

/**
 * The index report in one format. `words` (from `indexWords(model, locale)`) names items by kode and
 * title and puts the example banner first; without it items are named as written. JSON keeps the
 * identifiers.
 */
export function renderIndex(p: IndexProjection, format: IndexFormat, pemda: string, locale: Locale, words: IndexWords = plainIndexWords): string {
    switch (format) {
        case 'text': return indexText(p, pemda, locale, words);
        case 'md': return indexMarkdown(p, pemda, locale, words);
        case 'json': return indexJson(p, words);
        case 'html': return indexHtml(p, pemda, locale, words);
    }
}
