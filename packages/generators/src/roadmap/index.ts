import type { SpbeModel } from 'spbe-model';
import { roadmapCsv } from './roadmap-csv.js';
import { roadmapHtml } from './roadmap-html.js';
import { roadmapJson } from './roadmap-json.js';
import { roadmapMarkdown } from './roadmap-markdown.js';
import { roadmapMermaid } from './roadmap-mermaid.js';
import { buildRoadmapReport, type RoadmapOptions } from './roadmap-report.js';
import { roadmapXlsx } from './roadmap-xlsx.js';

export const RoadmapFormats = ['md', 'csv', 'xlsx', 'html', 'mermaid', 'json'] as const;
export type RoadmapFormat = typeof RoadmapFormats[number];

/** A generated file: its name inside the output folder and its content. */
export interface OutputFile {
    readonly name: string;
    readonly content: string | Uint8Array;
}

/** Generates the Peta Rencana documents in one format from the semantic model. */
export async function generateRoadmap(model: SpbeModel, format: RoadmapFormat, options: RoadmapOptions): Promise<OutputFile[]> {
    const report = buildRoadmapReport(model, options);
    switch (format) {
        case 'md': return [{ name: 'peta-rencana.md', content: roadmapMarkdown(report) }];
        case 'csv': return roadmapCsv(report, options.csvSeparator);
        case 'xlsx': return [{ name: 'peta-rencana.xlsx', content: await roadmapXlsx(report) }];
        case 'html': return [{ name: 'peta-rencana.html', content: roadmapHtml(report) }];
        case 'mermaid': return [{ name: 'peta-rencana.mmd', content: roadmapMermaid(report) }];
        case 'json': return [{ name: 'peta-rencana.json', content: roadmapJson(report) }];
    }
}

export { buildRoadmapReport, type RoadmapOptions, type RoadmapReport } from './roadmap-report.js';
export { criticalPath } from './critical-path.js';
export { MuatanOrder, muatanLabel } from 'spbe-model';
