import type { Locale } from './messages.js';

/** Rupiah with the locale's digit grouping (Indonesian 1.500.000, English 1,500,000). */
export function formatRupiah(amount: number, locale: Locale): string {
    const digits = Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'id' ? '.' : ',');
    return `Rp${digits}`;
}

export function yearSpan(start: number | null, end: number | null): string {
    if (start === null) {
        return '';
    }
    return start === end || end === null ? `${start}` : `${start}–${end}`;
}
