import { describe, expect, test } from 'vitest';
import type { SpbeModel } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { deriveName } from '../../packages/server/src/inventory/element-names.js';
import { checkInventory } from '../../packages/server/src/inventory/inventory-import.js';
import type { RawTable } from '../../packages/server/src/inventory/inventory-read.js';
import { workspaceCopy } from './inventory-fixture.js';

/**
 * The row checks of an import stay linear on adversarial sheets. Asserted by operation counts, or
 * by time ratios with wide margins (quadratic would be 16× the linear ratio here), never by a
 * wall-clock threshold.
 */
describe('import row checks are linear', () => {
    test('k rows with one title and no ID: the derived names cost about 2k lookups, not k² / 2', () => {
        const names = new Set<string>();
        const suffixes = new Map<string, number>();
        let lookups = 0;
        const taken = (n: string) => { lookups++; return names.has(n); };
        for (let i = 0; i < 3000; i++) {
            names.add(deriveName('Aplikasi Sama', 'aplikasi', taken, suffixes));
        }
        expect(names.size).toBe(3000);
        expect([...names].slice(0, 3)).toEqual(['APLIKASI_SAMA', 'APLIKASI_SAMA_2', 'APLIKASI_SAMA_3']);
        expect(lookups).toBeLessThan(3 * 3000);
    });

    /** A chain of keamanan rows, each `objek` the next one, the last with a bad enum: every row is skipped. */
    function chain(n: number): RawTable {
        const headers = ['OPD', 'ID', 'Nama', 'Jenis Keamanan', 'Objek'];
        const rows = Array.from({ length: n }, (_, i) => ({
            row: i + 2,
            cells: ['BARU', `K${i}`, `Kegiatan ${i}`, i === n - 1 ? 'bukan-jenis' : 'audit', i === n - 1 ? '' : `K${i + 1}`].map(text => ({ text }))
        }));
        return { sheet: 'Keamanan', file: 'inventaris.xlsx', headers, rows };
    }

    test('a row referring to a skipped row is skipped in turn, along a chain of any length, in time linear in the chain', async () => {
        const model: SpbeModel = (await loadWorkspace(workspaceCopy())).model();
        const run = (n: number) => {
            const started = performance.now();
            const result = checkInventory([chain(n)], { opds: ['BARU'], model, locale: 'en' });
            const ms = performance.now() - started;
            expect(result.skippedRows).toBe(n);
            expect(result.problems.filter(p => p.reason === 'skipped-reference')).toHaveLength(n - 1);
            return ms;
        };
        run(500);
        const small = Math.min(run(1000), run(1000), run(1000));
        const large = Math.min(run(16_000), run(16_000), run(16_000));
        // Linear: about 16×; the old pass-until-nothing-changes loop was quadratic (about 256×; at
        // 1000 → 8000 it measured 48× where the worklist measures 8–27× on a loaded machine).
        expect(large / small).toBeLessThan(64);
    });
});
