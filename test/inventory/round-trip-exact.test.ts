import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportInventory, inventoryRows, neutralizeFormula, unneutralizeFormula } from 'spbe-generators';
import { importInventory, loadWorkspace } from 'spbe-server';
import { inventoryCsv } from '../../packages/generators/src/inventory/inventory-csv.js';
import { readInventoryCsv } from '../../packages/server/src/inventory/inventory-read.js';
import { workspaceCopy } from './inventory-fixture.js';

/** Strings made mostly of what the guards and the CSV syntax care about. */
const tricky = fc.oneof(
    fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', ' ', '"', ';', ',', 'a', 'é') }),
    fc.string()
);

describe('export → import is exact for every cell text', () => {
    test('the CSV formula guard: import removes exactly the apostrophe export added', () => {
        fc.assert(fc.property(tricky, text => unneutralizeFormula(neutralizeFormula(text)) === text));
        expect(neutralizeFormula("'=SUM(1)")).toBe("''=SUM(1)");
        expect(neutralizeFormula("'kutip")).toBe("'kutip");
    });

    test('a title through the inventory CSV (either separator) comes back as written', () => {
        fc.assert(fc.property(tricky, fc.constantFrom(';', ',') as fc.Arbitrary<';' | ','>, (title, separator) => {
            const sheets = inventoryRows({ opds: [], elements: [], items: [] } as never).filter(s => s.sheet === 'Aplikasi')
                .map(s => ({ ...s, rows: [s.columns.map(c => c.type === 'opd' ? 'KOMINFO' : c.type === 'title' ? title : '')] }));
            const [file] = inventoryCsv(sheets, separator);
            const table = readInventoryCsv(file.name, file.content)!;
            const titleIndex = sheets[0].columns.findIndex(c => c.type === 'title');
            return table.rows[0].cells[titleIndex].text === title;
        }), { numRuns: 300 });
    });

    test.each(['xlsx', 'csv'] as const)('titles with edge spaces or a leading apostrophe survive a %s round trip unchanged', async format => {
        const ws = workspaceCopy();
        writeFileSync(join(ws, 'opd/baru.spbe'), 'opd BARU "  Dinas di tepi  " {\n    aplikasi A1 "  spasi di tepi  " { fungsi sektoral }\n    aplikasi A2 "\'=SUM(1)" { fungsi sektoral }\n    aplikasi A3 "\'\'+62" { fungsi sektoral }\n}\n');
        const before = (await loadWorkspace(ws)).model();
        const out = mkdtempSync(join(tmpdir(), 'spbe-exact-'));
        const files = await exportInventory(before, format);
        files.forEach(f => writeFileSync(join(out, f.name), f.content));
        const outcome = await importInventory({ files: files.map(f => join(out, f.name)), workspace: ws, opds: ['BARU'], locale: 'en', force: true });
        expect(outcome.problems).toEqual([]);
        expect(outcome.files.map(f => f.changed)).toEqual([false]);
        const titles = outcome.files.length && (await loadWorkspace(ws)).model().elements.filter(e => e.opd === 'BARU').map(e => e.title);
        expect(titles).toEqual(['  spasi di tepi  ', "'=SUM(1)", "''+62"]);
    });

    test.each(['xlsx', 'csv'] as const)('an element without a title survives a %s round trip without one (issue 18 #7)', async format => {
        const ws = workspaceCopy();
        writeFileSync(join(ws, 'opd/baru.spbe'), 'opd BARU "Dinas" {\n    aplikasi A { fungsi lainnya }\n    aplikasi B "Berjudul" { fungsi lainnya }\n}\n');
        const out = mkdtempSync(join(tmpdir(), 'spbe-untitled-'));
        const files = await exportInventory((await loadWorkspace(ws)).model(), format);
        files.forEach(f => writeFileSync(join(out, f.name), f.content));
        const outcome = await importInventory({ files: files.map(f => join(out, f.name)), workspace: ws, opds: ['BARU'], locale: 'en', force: true });
        expect(outcome.problems).toEqual([]);
        const elements = (await loadWorkspace(ws)).model().elements.filter(e => e.opd === 'BARU');
        expect(elements.map(e => [e.name, e.title])).toEqual([['A', undefined], ['B', 'Berjudul']]);
    });
});
