import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocument, type SubmittableDocument } from 'spbe-generators';
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
