import type { IndexResult, SubScore } from '../evaluation/index-calculator.js';
import { formatNumber, formatScore } from './format-values.js';
import { indexLabel } from './index-labels.js';
import type { Locale } from './messages.js';

/**
 * The assessed share of an instrument's weight as a percentage for reading: `0.48` → "48 %",
 * `0.084` → "8,4 %" (id) / "8.4 %" (en); one decimal at most, so that a sliver is never shown as 0 or 100.
 */
export function formatShare(share: number, locale: Locale): string {
    const percent = share * 100;
    // A share just under the whole (99,96 %) must not read as 100 %: the predikat beside it is provisional.
    const shown = percent < 100 && Number(percent.toFixed(1)) >= 100 ? 99.9 : percent;
    return `${formatNumber(shown, locale, 1)} %`;
}

/**
 * The predikat of an index value in words: its name, its label where the instrument has one, and
 * "(sementara)"/"(provisional)" when it rests on part of the instrument — "Baik – Berkembang (sementara)".
 * "–" when nothing is assessed.
 */
export function predicateText(result: Pick<IndexResult, 'predicate' | 'predicateLabel' | 'provisional'>, locale: Locale): string {
    if (result.predicate === null) {
        return '–';
    }
    const label = result.predicateLabel ? ` – ${result.predicateLabel}` : '';
    const provisional = result.provisional ? ` (${indexLabel('provisional', locale)})` : '';
    return `${result.predicate}${label}${provisional}`;
}

/**
 * "48 % bobot dinilai" / "48 % of the weight assessed"; with a share that only roadmap targets give
 * (a projected year): "48 % bobot dinilai · 15 % bobot hanya dari target rencana".
 */
function shareText(result: Pick<IndexResult, 'assessedShare'> & Partial<Pick<IndexResult, 'targetShare'>>, locale: Locale): string {
    const assessed = `${formatShare(result.assessedShare, locale)} ${indexLabel('weightAssessed', locale)}`;
    return result.targetShare ? `${assessed} · ${formatShare(result.targetShare, locale)} ${indexLabel('weightTargeted', locale)}` : assessed;
}

/** A share in a table cell or under a chart point: "85 %", or "85 % + 15 % target" when targets cover part of it. */
export function compactShareText(coverage: Pick<IndexResult, 'assessedShare'> & Partial<Pick<IndexResult, 'targetShare'>>, locale: Locale): string {
    const assessed = formatShare(coverage.assessedShare, locale);
    return coverage.targetShare ? `${assessed} + ${formatShare(coverage.targetShare, locale)} ${indexLabel('target', locale)}` : assessed;
}

/**
 * One index value as every output writes it: score, predikat (provisional when partial) and the
 * assessed share — "2,61 · Baik (sementara) · 48 % bobot dinilai"; "– · – · 0 % bobot dinilai" when
 * nothing is assessed. A projected year adds the share from targets only (see `shareText`).
 */
export function indexValueText(result: Pick<IndexResult, 'score' | 'predicate' | 'predicateLabel' | 'provisional' | 'assessedShare'> & Partial<Pick<IndexResult, 'targetShare'>>, locale: Locale): string {
    return `${formatScore(result.score, locale)} · ${predicateText(result, locale)} · ${shareText(result, locale)}`;
}

/**
 * An aspect's (or domain's) sub-score with the share of its own weight behind it: "3,00 · 100 %",
 * "2,50 (sementara) · 50 %", "3,00 (sementara) · 0 % + 25 % target"; "–" when nothing in it is covered.
 */
export function subScoreText(sub: Pick<SubScore, 'score' | 'provisional' | 'assessedShare' | 'targetShare'>, locale: Locale): string {
    if (sub.score === null) {
        return '–';
    }
    const provisional = sub.provisional ? ` (${indexLabel('provisional', locale)})` : '';
    return `${formatScore(sub.score, locale)}${provisional} · ${compactShareText(sub, locale)}`;
}
