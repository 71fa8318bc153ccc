import type { Locale } from './messages.js';

/**
 * The one home of number formatting: every output that shows a number in the user's language goes
 * through here, so Indonesian always writes 1.500.000 and 2,81 and English 1,500,000 and 2.81.
 */

const localeTags: Record<Locale, string> = { id: 'id-ID', en: 'en-US' };

/** The BCP 47 tag for `Intl` and `toLocaleString`: `id-ID` or `en-US`. */
export function localeTag(locale: Locale): string {
    return localeTags[locale];
}

/** `,` in Indonesian, `.` in English. */
export function decimalSeparator(locale: Locale): ',' | '.' {
    return locale === 'id' ? ',' : '.';
}

const wholeNumbers: Record<Locale, Intl.NumberFormat> = {
    id: new Intl.NumberFormat(localeTags.id, { maximumFractionDigits: 0 }),
    en: new Intl.NumberFormat(localeTags.en, { maximumFractionDigits: 0 })
};

/**
 * A whole number with the locale's digit grouping: `9007199254740992n` → `9.007.199.254.740.992` (id)
 * or `9,007,199,254,740,992` (en); exact for a bigint of any length. A fractional number is rounded
 * half away from zero first (as `Math.round` does for positives).
 */
export function groupDigits(amount: number | bigint, locale: Locale): string {
    // `|| 0` turns -0 into 0: Intl writes -0 as "-0".
    return wholeNumbers[locale].format(typeof amount === 'bigint' ? amount : Math.round(amount) || 0);
}

/** Rupiah with the locale's digit grouping (Indonesian Rp1.500.000, English Rp1,500,000). */
export function formatRupiah(amount: number | bigint, locale: Locale): string {
    return `Rp${groupDigits(amount, locale)}`;
}

/**
 * A number with a fixed count of decimals and no grouping: 2,81 in Indonesian, 2.81 in English;
 * `missing` stands for a score that has none (no assessment). `toFixed` rather than `Intl`: Intl rounds
 * the shortest decimal form (2.815 → 2,82) where `toFixed` rounds the stored value (2.81), and the
 * reviewed reports were written with the latter.
 */
export function formatScore(score: number | null | undefined, locale: Locale, digits = 2, missing = '–'): string {
    if (score === null || score === undefined) {
        return missing;
    }
    return score.toFixed(digits).replace('.', decimalSeparator(locale));
}

/** A number as JavaScript writes it (all its digits, no grouping) with the locale's decimal separator: 12,5. */
export function formatPlainNumber(value: number, locale: Locale): string {
    return String(value).replace('.', decimalSeparator(locale));
}

/** A number for reading in a sentence, grouped and with at most `maxFractionDigits` decimals (default 3): 1.234,5. */
export function formatNumber(value: number, locale: Locale, maxFractionDigits = 3): string {
    return value.toLocaleString(localeTags[locale], { maximumFractionDigits: maxFractionDigits });
}

export function yearSpan(start: number | null, end: number | null): string {
    if (start === null) {
        return '';
    }
    return start === end || end === null ? `${start}` : `${start}–${end}`;
}

const longDates: Record<Locale, Intl.DateTimeFormat> = {
    id: new Intl.DateTimeFormat(localeTags.id, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    en: new Intl.DateTimeFormat(localeTags.en, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
};

/**
 * A calendar date `YYYY-MM-DD` as a document writes it: `14 Maret 2025` (id) or `March 14, 2025` (en).
 * A text that is not such a date is returned unchanged (it was written that way and reported).
 */
export function formatLongDate(isoDate: string, locale: Locale): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
    // Date.UTC rolls 2025-13-40 over into 2026: only a date that reads back the same is one.
    const real = date !== undefined && date.toISOString().slice(0, 10) === isoDate;
    return real ? longDates[locale].format(date) : isoDate;
}
