import { createHash } from 'node:crypto';
import { buildPreviewPayload, computeDiff, exportDiagramText, exportInventory, generateRoadmap, IndexFormats, renderDiff, renderIndex, RoadmapFormats } from 'spbe-generators';
import { findingsByElement } from 'spbe-language';
import { FrameworkIds, projectIndex, type SpbeModel } from 'spbe-model';
import { loadSources, type LoadedWorkspace } from 'spbe-server';

export const fuzzRoot = '/fuzz/ws';

/** Loads files given as bytes (path relative to the workspace) exactly as the CLI and server would. */
export function load(files: ReadonlyMap<string, Uint8Array>): Promise<LoadedWorkspace> {
    return loadSources(fuzzRoot, [...files].map(([file, bytes]) => ({ file: `${fuzzRoot}/${file}`, read: async () => bytes })));
}

/** Every diagnostic's range lies inside its document (0-based lines, characters within the line). */
export function rangeProblems(workspace: LoadedWorkspace): string[] {
    const problems: string[] = [];
    for (const document of workspace.documents) {
        const text = document.textDocument;
        const lines = text.getText().split(/\r\n|\r|\n/);
        for (const d of document.diagnostics ?? []) {
            const { start, end } = d.range;
            const inside = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
            const ordered = start.line < end.line || (start.line === end.line && start.character <= end.character);
            if (!inside(start) || !inside(end) || !ordered) {
                problems.push(`${document.uri.path}: ${d.code} at ${JSON.stringify(d.range)} (lines: ${lines.length})`);
            }
        }
    }
    return problems;
}

const digest = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex').slice(0, 16);

/**
 * Every generator on the model: roadmap (all formats), diagrams (every view, text formats), the
 * index (all formats), the inventory export, the preview payload, and a diff against `base`.
 * Returns a digest per output, so two runs can be compared.
 */
export async function generateAll(workspace: LoadedWorkspace, base: SpbeModel): Promise<Record<string, string>> {
    const model = workspace.model();
    const out: Record<string, string> = {};
    for (const format of RoadmapFormats) {
        for (const file of await generateRoadmap(model, format, { locale: 'id' })) {
            out[`roadmap/${file.name}`] = digest(file.content);
        }
    }
    const opd = model.opds.find(o => !o.builtin)?.code;
    const views = [{ view: 'layered' as const }, { view: 'integrasi' as const }, { view: 'gap' as const }, ...(opd ? [{ view: 'opd' as const, opd }] : [])];
    for (const spec of views) {
        for (const format of ['svg', 'mermaid', 'plantuml', 'dot', 'archimate'] as const) {
            out[`diagram/${spec.view}.${format}`] = digest(await exportDiagramText(model, spec, format));
        }
    }
    for (const framework of FrameworkIds) {
        for (const format of IndexFormats) {
            out[`index/${framework}.${format}`] = digest(renderIndex(projectIndex(model, framework), format, 'fuzz', 'id'));
        }
    }
    for (const format of ['xlsx', 'csv'] as const) {
        for (const file of await exportInventory(model, format)) {
            out[`inventory/${file.name}`] = digest(file.content);
        }
    }
    const payload = await buildPreviewPayload(model, { view: 'layered' }, findingsByElement(workspace.documents));
    out['preview'] = digest(JSON.stringify({ ...payload, buildMs: 0 }));
    const diff = computeDiff({ label: 'a', model: base, findings: [] }, { label: 'b', model, findings: workspace.diagnostics });
    for (const format of ['text', 'md', 'html', 'json'] as const) {
        out[`diff.${format}`] = digest(renderDiff(diff, format, 'id'));
    }
    return out;
}
