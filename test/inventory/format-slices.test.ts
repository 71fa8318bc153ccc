import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportInventory } from 'spbe-generators';
import { formatSource } from 'spbe-language';
import { loadWorkspace, opdCodesIn, readInventoryFiles } from 'spbe-server';
import { checkInventory } from '../../packages/server/src/inventory/inventory-import.js';
import { formattedOpdSource, opdSource } from '../../packages/server/src/inventory/inventory-source.js';
import { repoRoot } from '../helpers/run-cli.js';

describe('an imported OPD formatted in slices is the text the formatter gives for the whole OPD', () => {
    test('every OPD of Kota Kediri (all kinds, doc comments, references, headers with and without properties), in slices of 1, 2 and 7', async () => {
        const ws = await loadWorkspace(join(repoRoot, 'examples/kota-kediri'));
        const out = mkdtempSync(join(tmpdir(), 'spbe-slices-'));
        const files = (await exportInventory(ws.model(), 'csv')).map(f => { writeFileSync(join(out, f.name), f.content); return join(out, f.name); });
        const tables = await readInventoryFiles(files, 'en');
        const opds = opdCodesIn(tables);
        const result = checkInventory(tables, { opds, model: ws.model(), locale: 'en' });
        expect(result.problems).toEqual([]);
        const format = (text: string) => formatSource(ws.services, text);
        let compared = 0;
        for (const opd of result.opds) {
            const elements = result.elements.filter(e => e.opd === opd.code);
            const whole = format(opdSource(opd, elements, 'inventaris.xlsx'));
            expect(whole).toBeDefined();
            for (const chunk of [1, 2, 7]) {
                expect(formattedOpdSource(format, opd, elements, 'inventaris.xlsx', chunk), `${opd.code} in slices of ${chunk}`).toBe(whole);
                expect(formattedOpdSource(format, opd, elements, undefined, chunk)).toBe(format(opdSource(opd, elements)));
            }
            compared += elements.length;
        }
        expect(compared).toBeGreaterThan(100);
        const bare = { code: 'KOSONG', peran: [] };
        expect(formattedOpdSource(format, bare, result.elements.slice(0, 3).map(e => ({ ...e, opd: 'KOSONG' })), undefined, 2))
            .toBe(format(opdSource(bare, result.elements.slice(0, 3).map(e => ({ ...e, opd: 'KOSONG' })))));
    });
});
