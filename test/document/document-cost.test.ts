import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocument, renderDocument } from 'spbe-generators';
import type { SpbeModel } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { documentRoadmapReport, ganttRoadmapReport } from '../../packages/generators/src/document/roadmap-report-cache.js';
import { copyExample } from '../helpers/copy-sources.mjs';
import { readDocx } from '../helpers/docx-text.js';

/**
 * Issue 19 (a 2,000-item roadmap's documents in < 5 s): the work the documents must not repeat.
 * Timing lives in bench/document-bench.mjs; these check the structure that keeps the cost down.
 */

let model: SpbeModel;

beforeAll(async () => {
    model = (await loadWorkspace(copyExample('kota-kediri', 'spbe-doc-cost-'))).model();
}, 120_000);

describe('the roadmap report a Peta Rencana is built from', () => {
    test('is built once for the document and its Gantt, per model, locale, OPD and error count', () => {
        const forDocument = documentRoadmapReport(model, { locale: 'id', workspaceErrors: 2 });
        expect(documentRoadmapReport(model, { locale: 'id', workspaceErrors: 2 })).toBe(forDocument);
        expect(ganttRoadmapReport(model, { locale: 'id' })).toBe(forDocument);
        // Another error count is another page 1 notice, another locale other words: new reports.
        expect(documentRoadmapReport(model, { locale: 'id', workspaceErrors: 0 })).not.toBe(forDocument);
        expect(ganttRoadmapReport(model, { locale: 'en' })).not.toBe(forDocument);
        const opd = model.opds.find(o => !o.builtin)!.code;
        expect(ganttRoadmapReport(model, { locale: 'id', opd })).not.toBe(forDocument);
    });
});

describe('DOCX table cells', () => {
    test('take their size, spacing and alignment from four named styles, not from every paragraph', async () => {
        const file = await renderDocument(buildDocument(model, 'peta-rencana', { locale: 'id' }), 'peta-rencana', 'docx', {});
        const docx = await readDocx(file.content as Uint8Array);
        const styles = await (await JSZip.loadAsync(file.content as Uint8Array)).file('word/styles.xml')!.async('string');
        const bodyRows = (docx.xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).filter(row => !row.includes('<w:tblHeader'));
        const bodyCells = bodyRows.flatMap(row => row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []);
        expect(bodyCells.length).toBeGreaterThan(200);
        expect(bodyCells.filter(cell => !/<w:pStyle w:val="SpbeTable(15|18)(Right)?"\/>/.test(cell))).toEqual([]);
        expect(bodyCells.filter(cell => /<w:spacing |<w:jc |<w:sz /.test(cell))).toEqual([]);
        // Figures stay right-aligned, the landscape tables' text small.
        expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="SpbeTable15Right">[\s\S]*?<w:jc w:val="right"\/>[\s\S]*?<w:sz w:val="15"\/>[\s\S]*?<\/w:style>/);
        expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="SpbeTable18">[\s\S]*?<w:jc w:val="left"\/>[\s\S]*?<w:sz w:val="18"\/>[\s\S]*?<\/w:style>/);
    });
});
