import type { Locale, SpbeModel } from 'spbe-model';
import { buildRoadmapReport, type RoadmapReport } from '../roadmap/roadmap-report.js';

/**
 * The roadmap report of a model, built once for the document and its Gantt (a 2,000-item roadmap's
 * report costs about 0.1 s). Keyed by the model object: a model is never changed after it is built,
 * and a new workspace state is a new model, so an entry dies with its model.
 */
const reports = new WeakMap<SpbeModel, Map<string, RoadmapReport>>();

/** The report of `model` for `locale`, `opd` and `workspaceErrors` (the count page 1 states). */
export function documentRoadmapReport(model: SpbeModel, options: { locale: Locale; opd?: string; workspaceErrors?: number }): RoadmapReport {
    const byKey = reports.get(model) ?? new Map<string, RoadmapReport>();
    reports.set(model, byKey);
    const key = `${options.locale}\u0000${options.opd ?? ''}\u0000${options.workspaceErrors ?? 0}`;
    const report = byKey.get(key) ?? buildRoadmapReport(model, { locale: options.locale, opd: options.opd, workspaceErrors: options.workspaceErrors });
    byKey.set(key, report);
    return report;
}

/** The report the Gantt draws: any one for `locale` and `opd` (the Gantt never shows the error count). */
export function ganttRoadmapReport(model: SpbeModel, options: { locale: Locale; opd?: string }): RoadmapReport {
    const prefix = `${options.locale}\u0000${options.opd ?? ''}\u0000`;
    for (const [key, report] of reports.get(model) ?? []) {
        if (key.startsWith(prefix)) {
            return report;
        }
    }
    return documentRoadmapReport(model, options);
}
