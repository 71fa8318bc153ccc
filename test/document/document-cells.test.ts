import { beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocument, documentDiagramSvgs, type SubmittableDocument } from 'spbe-generators';
import { fitImage } from '../../packages/generators/src/document/page-geometry.js';
import { writeRoadmapWorkspace } from '../../bench/roadmap-workspace.mjs';
import { valueLabel, type SpbeModel } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { copyExample } from '../helpers/copy-sources.mjs';

/** Table cells of the documents built for the Kota Kediri example (the format-neutral model both renderers draw). */
let model: SpbeModel;
const cells = (document: SubmittableDocument) => document.chapters.flatMap(c => c.blocks.flatMap(b => b.kind === 'table' ? b.rows.flatMap(r => r.cells.map(x => x.text)) : []));

beforeAll(async () => {
    model = (await loadWorkspace(copyExample('kota-kediri', 'spbe-cells-'))).model();
}, 120_000);

describe('multi-value cells', () => {
    test.each(['arsitektur', 'peta-rencana'] as const)('every value of a %s cell with several values has its own bulleted line', jenis => {
        const multi = cells(buildDocument(model, jenis, { locale: 'id' })).filter(text => text.includes('\n'));
        expect(multi.length).toBeGreaterThan(0);
        for (const text of multi) {
            expect(text.split('\n').every(line => line.startsWith('• ')), text).toBe(true);
        }
    });

    test('the two OPDs using Prodamas Plus are two bullets, not one run-on title', () => {
        const users = cells(buildDocument(model, 'arsitektur', { locale: 'id' })).find(t => t.includes('Kecamatan Pesantren') && t.includes('Kecamatan Kota'));
        expect(users).toMatch(/^• Kecamatan Kota\n(• .*\n)*• Kecamatan Pesantren$/);
    });
});

describe('the indicator targets of BAB III', () => {
    test('are grouped per assessment framework, each group under the framework\'s name', () => {
        const chapter = buildDocument(model, 'peta-rencana', { locale: 'id' }).chapters[2]!;
        const frameworks = new Set(model.items.flatMap(item => item.indikator.map(t => t.framework)));
        expect(frameworks.size).toBeGreaterThan(1);
        const names = [...frameworks].map(f => valueLabel('Framework', f, 'id'));
        const tables = chapter.blocks.flatMap((b, i) => b.kind === 'table' && b.columns.length === 3 && b.rows.some(r => r.cells[0]!.text.startsWith('Indikator')) ? [i] : []);
        const above = tables.map(i => chapter.blocks[i - 1]);
        expect(above.every(b => b?.kind === 'heading' && b.level === 3)).toBe(true);
        expect(above.map(b => b?.kind === 'heading' ? b.text : '').sort()).toEqual(names.sort());
    });
});

describe('the Gantt of a large roadmap', () => {
    test('is split over landscape pages, each part legible on paper and captioned "(lanjutan)" after the first', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'spbe-gantt-parts-'));
        writeRoadmapWorkspace(dir, 300);
        const large = (await loadWorkspace(dir)).model();
        const schedule = buildDocument(large, 'peta-rencana', { locale: 'id' }).chapters[4]!;
        expect(schedule.landscape).toBe(true);
        const images = schedule.blocks.flatMap(b => b.kind === 'image' ? [b] : []);
        expect(images.length).toBeGreaterThan(10);
        expect(images[0]!.caption).toBe('Jadwal pelaksanaan Peta Rencana SPBE per tahun');
        expect(images.slice(1).every(b => b.caption === 'Jadwal pelaksanaan Peta Rencana SPBE per tahun (lanjutan)')).toBe(true);
        const svgs = await documentDiagramSvgs(large, 'peta-rencana', { locale: 'id' });
        expect(Object.keys(svgs)).toEqual(images.map(b => b.image));
        const shown = new Set<string>();
        for (const svg of Object.values(svgs)) {
            const [width, height] = [/width="([\d.]+)"/, /height="([\d.]+)"/].map(re => Number(re.exec(svg!)![1]));
            // Drawn on a landscape page (the PNG is the SVG at 1.5×): a 12 px label must stay at least 6 px (4.5 pt) high.
            const printed = fitImage({ png: new Uint8Array(), width: width! * 1.5, height: height! * 1.5 }, true);
            expect(printed.height / height!, `${width}×${height}`).toBeGreaterThanOrEqual(0.5);
            for (const match of svg!.matchAll(/>(\d+)\. /g)) {
                shown.add(match[1]!);
            }
        }
        // Every item is drawn in some part.
        expect(shown.size).toBe(300);
    }, 120_000);
});
