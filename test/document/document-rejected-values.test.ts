import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diskWorkspace } from 'spbe-server';
import { signatureBlock } from '../../packages/generators/src/document/document-frame.js';

/** Spec §6: a value invalid-value refuses is left out of the model, so `--allow-errors` documents show a blank, never the text. */
describe('a ditetapkan date that is no calendar date', () => {
    test('is not in the model: the signature says "pada tanggal …………"', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'spbe-date-'));
        writeFileSync(join(dir, 'ws.spbe'), `pemda KotaContoh "Pemerintah Kota Contoh" {
    jenis kota periode 2026..2027 ditetapkan "Perwali No. 3 Tahun 2026" 2026-02-30 reviu 2026-13-01
}
`);
        const workspace = await diskWorkspace(dir).validated();
        expect(workspace.counts.errors).toBeGreaterThan(0);
        expect(workspace.model.pemda?.ditetapkan).toEqual({ dasar: 'Perwali No. 3 Tahun 2026', tanggal: undefined });
        expect(workspace.model.pemda?.reviu).toEqual([]);
        expect(signatureBlock(workspace.model.pemda).date).toBe('pada tanggal …………');
    });
});
