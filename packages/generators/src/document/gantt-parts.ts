import type { RoadmapReport } from '../roadmap/roadmap-report.js';
import type { DiagramImageKey } from './document-model.js';

/**
 * Gantt lines (items and muatan headings) per page: 25 lines of 24 px with the title and the year axis
 * fit a landscape A4 page at about 0.7 of their drawn size, so a label stays about 6 pt on paper.
 */
export const GanttLinesPerPart = 25;

/**
 * The Gantt of `report` in parts of at most `linesPerPart` lines, in the report's order: each part a
 * report whose groups keep their positions (so each muatan keeps its colour) with only that part's rows.
 * A 2,000-item roadmap drawn on one page would leave each row a pixel high; a dependency arrow whose
 * two ends fall in different parts is not drawn.
 */
export function ganttParts(report: RoadmapReport, linesPerPart = GanttLinesPerPart): RoadmapReport[] {
    const parts: Array<Map<number, Array<RoadmapReport['rows'][number]>>> = [];
    let current = new Map<number, Array<RoadmapReport['rows'][number]>>();
    let lines = 0;
    report.groups.forEach((group, g) => {
        for (const row of group.rows) {
            // A group's heading line is drawn again at the top of each part it continues into.
            if (lines + (current.has(g) ? 1 : 2) > linesPerPart && lines > 0) {
                parts.push(current);
                current = new Map();
                lines = 0;
            }
            lines += current.has(g) ? 1 : 2;
            current.set(g, [...(current.get(g) ?? []), row]);
        }
    });
    if (lines > 0 || parts.length === 0) {
        parts.push(current);
    }
    return parts.map(part => ({
        ...report,
        groups: report.groups.map((group, g) => ({ ...group, rows: part.get(g) ?? [] })),
        rows: [...part.values()].flat()
    }));
}

/** The image key of Gantt part `index`: `gantt`, then `gantt-2`, `gantt-3`… */
export function ganttKey(index: number): DiagramImageKey {
    return index === 0 ? 'gantt' : `gantt-${index + 1}`;
}
