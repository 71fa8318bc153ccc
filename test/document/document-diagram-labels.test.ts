import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportDiagramText } from 'spbe-generators';
import type { SpbeModel } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { documentDiagramSvgs } from '../../packages/generators/src/document/index.js';
import { copyExample } from '../helpers/copy-sources.mjs';

/**
 * Issue 19, hostile tester: one element titled with a 300-character word made the document's layered
 * diagram twice as wide, and the whole figure, shrunk to the page's width, unreadable. A document's
 * diagrams cut such a word at the widest node with "…" (the preview and the site, which zoom, at three).
 */
async function minimalModel(edit: (source: string) => string = s => s): Promise<SpbeModel> {
    const dir = copyExample('minimal');
    const file = join(dir, 'minimal.spbe');
    writeFileSync(file, edit(readFileSync(file, 'utf-8')));
    return (await loadWorkspace(dir)).model();
}

/** The text an SVG draws (its `<text>` elements; tooltips, which keep whole titles, are not drawn). */
const drawn = (svg: string) => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map(m => m[1]).join('\n');
const svgWidth = (svg: string) => Number(/<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(svg)![1]);

describe('a 300-character word in an element title', () => {
    test('leaves a document\'s layered diagram as wide as without it, the word cut with "…"', async () => {
        const word = `PORTAL${'X'.repeat(294)}`;
        const hostile = await minimalModel(s => s.replace('"Portal PPID"', `"${word}"`));
        const plain = await minimalModel();
        const svgs = await documentDiagramSvgs(hostile, 'arsitektur', { locale: 'id' });
        const plainSvgs = await documentDiagramSvgs(plain, 'arsitektur', { locale: 'id' });
        expect(svgWidth(svgs.layered!)).toBeLessThanOrEqual(svgWidth(plainSvgs.layered!) * 1.2);
        expect(drawn(svgs.layered!)).toMatch(/PORTALX+…/);
        expect(drawn(svgs.layered!)).not.toContain(word.slice(0, 100));
        // The preview's and the site's drawing keeps more of it (they zoom), and still cuts it.
        const screen = await exportDiagramText(hostile, { view: 'layered' }, 'svg');
        expect(svgWidth(screen)).toBeGreaterThan(svgWidth(svgs.layered!));
        expect(drawn(screen)).toMatch(/PORTALX+…/);
    }, 60_000);

    test('leaves a Peta Rencana\'s Gantt chart about as wide as without it', async () => {
        const word = `RENCANA${'Y'.repeat(293)}`;
        const hostile = await minimalModel(s => s.replace('"Manajemen Data"', `"${word}"`));
        const plain = await minimalModel();
        const gantt = (await documentDiagramSvgs(hostile, 'peta-rencana', { locale: 'id' })).gantt!;
        const plainGantt = (await documentDiagramSvgs(plain, 'peta-rencana', { locale: 'id' })).gantt!;
        expect(svgWidth(gantt)).toBeLessThanOrEqual(svgWidth(plainGantt) * 1.2);
        expect(drawn(gantt)).toMatch(/RENCANAY+…/);
    }, 60_000);
});

describe('the diagrams of a document in English (`--locale en`)', () => {
    test('draw their titles, legends and layers in English, as `spbe export diagram --locale en` does', async () => {
        const model = await minimalModel();
        const english = drawn(Object.values(await documentDiagramSvgs(model, 'arsitektur', { locale: 'en' })).join('\n'));
        const indonesian = drawn(Object.values(await documentDiagramSvgs(model, 'arsitektur', { locale: 'id' })).join('\n'));
        expect(indonesian).toContain('Legenda');
        expect(english).toContain('Legend');
        expect(english).not.toMatch(/Legenda|lintas OPD|eksisting|pustaka nasional/);
        expect(english).toContain(drawn(await exportDiagramText(model, { view: 'integrasi', locale: 'en' }, 'svg', 'page')).split('\n')[0]);
    });
});
