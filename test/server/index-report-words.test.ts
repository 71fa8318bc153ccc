import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diskWorkspace, indexReport } from 'spbe-server';

/** Spec §6 (v2): the index report names items by kode and title and marks an `ilustrasi` workspace as an example. */
function workspace(ilustrasi: boolean): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-index-words-'));
    writeFileSync(join(dir, 'ws.spbe'), `pemda K "Pemerintah Kota Contoh" { periode 2026..2027 evaluasi spbe2020${ilustrasi ? ' ilustrasi' : ''} }
opd BAG_ORGANISASI "Bagian Organisasi" { pic "p" }
petaRencana {
    rencana PR_PERWALI_SPBE "Peraturan Wali Kota tentang SPBE" { muatan tataKelola penanggungJawab BAG_ORGANISASI tahun 2026 anggaran 2026 1 indikator spbe2020.I01 -> 3 }
    rencana PR_ARSIP "Layanan Arsip" { muatan layanan penanggungJawab BAG_ORGANISASI tahun 2026 anggaran 2026 1 indikator spbe2020.I01 -> 4 }
}
`);
    return dir;
}

describe('the index report in words', () => {
    for (const format of ['text', 'md', 'html'] as const) {
        test(`${format}: items by kode and title, muatan by label, the example banner first`, async () => {
            const { text } = await indexReport(diskWorkspace(workspace(true)), { format, fallbackTitle: 'x' }, 'id');
            expect(text).toContain('TK.01 · Peraturan Wali Kota tentang SPBE');
            expect(text).not.toContain('PR_PERWALI_SPBE');
            expect(text).toContain('(Layanan SPBE)');
            expect(text).toContain('CONTOH — BUKAN DOKUMEN RESMI');
            expect(text.indexOf('CONTOH — BUKAN DOKUMEN RESMI')).toBeLessThan(text.indexOf('TK.01'));
        });
    }

    test('a real workspace has no banner; JSON keeps the identifiers', async () => {
        expect((await indexReport(diskWorkspace(workspace(false)), { format: 'md', fallbackTitle: 'x' }, 'id')).text).not.toContain('CONTOH');
        const json = (await indexReport(diskWorkspace(workspace(true)), { format: 'json', fallbackTitle: 'x' }, 'id')).text;
        expect(json).toContain('"item": "PR_PERWALI_SPBE"');
    });
});
