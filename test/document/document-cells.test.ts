import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocument, type SubmittableDocument } from 'spbe-generators';
import type { SpbeModel } from 'spbe-model';
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
