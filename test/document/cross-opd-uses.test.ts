import { afterEach, expect, test } from 'vitest';
import { buildDocument } from 'spbe-generators';
import { crossOpdUses } from '../../packages/generators/src/output/cross-opd-uses.js';
import { createTestServices } from '../helpers/test-services.js';

const t = createTestServices();
afterEach(() => t.clear());

const files = {
    'ws.spbe': `pemda P "Pemerintah Kota Uji" { periode 2026..2027 }
opd A "Dinas A" {
    data D "Data A" { sifat terbatas }
    aplikasi APP "Aplikasi A" { fungsi pengaduan }
}
opd B "Dinas B" {
    aplikasi SIMRS "SIMRS" { fungsi kesehatan }
    layanan L "Layanan B" { data A.D aplikasi A.APP }
    integrasi I "Ke SATUSEHAT" { dari SIMRS ke nasional.SATUSEHAT via nasional.SPLP }
    integrasi J "Ke A" { dari SIMRS ke A.APP via nasional.SPLP }
    keamanan K "Audit" { jenis audit objek A.APP }
}
`
};

test('one definition of a cross-OPD use: every reference to another OPD\'s data or application, by any property', async () => {
    await t.load(files);
    const uses = crossOpdUses(t.services.spbe.Model.get()).map(u => `${u.user.id} ${u.property} ${u.target.id} ${u.sharing}`);
    expect(uses).toEqual([
        'B.L data A.D notShared',
        'B.L aplikasi A.APP notShared',
        'B.I ke nasional.SATUSEHAT national',
        'B.J ke A.APP unlisted',
        'B.K objek A.APP unlisted'
    ]);
});

test('Lampiran A of the architecture lists exactly those uses', async () => {
    await t.load(files);
    const model = t.services.spbe.Model.get();
    const document = buildDocument(model, 'arsitektur', { locale: 'id' } as Parameters<typeof buildDocument>[2]);
    const appendix = document.chapters.find(c => c.title.includes('Berbagi Pakai') || c.blocks.some(b => b.kind === 'table' && b.columns[0]?.header === 'OPD Pengguna'))!;
    const table = appendix.blocks.find(b => b.kind === 'table')!;
    const rows = table.kind === 'table' ? table.rows.map(r => `${r.cells[3]!.text} ← ${r.cells[1]!.text}`) : [];
    expect(rows).toEqual(crossOpdUses(model).map(u => `${u.target.title} ← ${u.user.kind === 'layanan' ? 'Layanan' : u.user.kind === 'integrasi' ? 'Integrasi' : 'Keamanan'}: ${u.user.title}`));
});
