import { escapeMermaid } from '../output/escape.js';
import { heading } from 'spbe-model';
import type { RoadmapReport } from './roadmap-report.js';

/** A Mermaid gantt: one section per muatan, a task per item spanning its years, `crit` on the critical path. */
export function roadmapMermaid(report: RoadmapReport): string {
    const title = [heading('title', report.locale), report.pemda?.title ?? '', ...report.notices.map(n => `(${n})`)].filter(Boolean).join(' ');
    const lines = ['gantt', `    title ${escapeMermaid(title)}`,
        '    dateFormat YYYY-MM-DD', '    axisFormat %Y'];
    for (const group of report.groups) {
        const rows = group.rows.filter(r => r.tahunMulai !== null);
        if (rows.length === 0) {
            continue;
        }
        lines.push(`    section ${escapeMermaid(group.label)}`);
        for (const r of rows) {
            const tags = [r.critical ? 'crit' : '', r.name].filter(Boolean).join(', ');
            lines.push(`    ${escapeMermaid(r.label)} :${tags}, ${r.tahunMulai}-01-01, ${r.tahunSelesai}-12-31`);
        }
    }
    return lines.join('\n') + '\n';
}
