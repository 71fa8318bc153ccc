import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportInventory } from 'spbe-generators';
import { importInventory, loadWorkspace, type FileDiagnostic } from 'spbe-server';
import { copySources } from '../helpers/copy-sources.mjs';
import { repoRoot } from '../helpers/run-cli.js';

/** A copy of examples/kota-kediri and its own inventory workbook, exported from that copy. */
async function kediriWithInventory(): Promise<{ ws: string; workbook: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-import-lines-'));
    const ws = copySources(join(repoRoot, 'examples/kota-kediri'), join(dir, 'ws'));
    const [xlsx] = await exportInventory((await loadWorkspace(ws)).model(), 'xlsx');
    const workbook = join(dir, xlsx.name);
    writeFileSync(workbook, xlsx.content);
    return { ws, workbook };
}

const place = (d: FileDiagnostic) => `${d.file}:${d.line}:${d.column} ${d.code}`;

describe('import: findings name the lines of the files as they will be on disk', () => {
    test('an unchanged inventory: every finding is where `validate` puts it', async () => {
        const { ws, workbook } = await kediriWithInventory();
        const validated = new Set((await loadWorkspace(ws)).diagnostics.map(place));
        for (const opds of [['DINKES'], 'all'] as const) {
            const outcome = await importInventory({ files: [workbook], workspace: ws, opds, dryRun: true, locale: 'id' });
            expect(outcome.problems).toEqual([]);
            expect(outcome.files.every(f => !f.changed)).toBe(true);
            // The workspace has warnings in these files, so the comparison below is not vacuous.
            expect(outcome.notes.length).toBeGreaterThan(0);
            expect(outcome.notes.map(place).filter(p => !validated.has(p))).toEqual([]);
        }
    });

    test('one OPD changed: findings in the files kept as they are still point at their real lines', async () => {
        const { ws, workbook } = await kediriWithInventory();
        // The import restores DINKES's name, so DINKES changes; every other OPD stays as it is.
        const dinkes = join(ws, 'opd/dinkes.spbe');
        writeFileSync(dinkes, readFileSync(dinkes, 'utf-8').replace('opd DINKES "Dinas Kesehatan"', 'opd DINKES "Dinas Kesehatan Kota"'));
        const validated = new Set((await loadWorkspace(ws)).diagnostics.map(place));
        const outcome = await importInventory({ files: [workbook], workspace: ws, opds: 'all', dryRun: true, locale: 'id' });
        expect(outcome.problems).toEqual([]);
        expect(outcome.files.filter(f => f.changed).map(f => f.opd)).toEqual(['DINKES']);
        const kept = outcome.notes.filter(d => d.file !== 'opd/dinkes.spbe');
        expect(kept.length).toBeGreaterThan(0);
        expect(kept.map(place).filter(p => !validated.has(p))).toEqual([]);
    });
});
