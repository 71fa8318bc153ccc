import type { Locale } from '../../validation/messages.js';
import type { RoadmapReport } from './roadmap-report.js';

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

/** "Pemerintah Kota Kediri · Periode 2025–2029 · Filter: OPD DISKOMINFO". */
export function subtitle(report: RoadmapReport, periodeLabel: string, filterLabel: string): string {
    const parts = [report.pemda?.title ?? ''];
    if (report.periode) {
        parts.push(`${periodeLabel} ${report.periode.start}–${report.periode.end}`);
    }
    const f = report.filters;
    const filters = [f.opd && `OPD ${f.opd}`, f.muatan && `muatan ${f.muatan}`, (f.fromYear ?? f.toYear) && `${f.fromYear ?? ''}–${f.toYear ?? ''}`].filter(Boolean);
    if (filters.length > 0) {
        parts.push(`${filterLabel}: ${filters.join(', ')}`);
    }
    return parts.filter(Boolean).join(' · ');
}
