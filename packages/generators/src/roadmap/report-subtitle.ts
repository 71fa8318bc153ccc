import type { RoadmapReport } from './roadmap-report.js';

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
