import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { exportDiagramText } from 'spbe-generators';
import { loadWorkspace } from 'spbe-server';

/** Issue 18 #9: docs/archimate.md promises every value as a property in words, the v2 ones included. */
test('ArchiMate: pribadi, prioritas, indikatorKinerja and the pemda jenis/kepalaDaerah/tempat/ilustrasi are properties', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-archimate-v2-'));
    writeFileSync(join(dir, 'ws.spbe'), `pemda P "Pemerintah Kota Contoh" { periode 2026..2027 jenis kota kepalaDaerah "Budi" tempat "Contoh" ilustrasi }
opd D "Dinas" { pic "p" data DT "Data Warga" { sifat tertutup pribadi } }
petaRencana { rencana R1 "Bangun" { muatan aplikasi prioritas rendah penanggungJawab D tahun 2026 anggaran 2026 1
    indikatorKinerja "OPD terlayani" { satuan "%" awal 2024 20 target 2026 40 } } }
`);
    const xml = await exportDiagramText((await loadWorkspace(dir)).model(), { view: 'layered' }, 'archimate');
    const definitions = [...xml.matchAll(/<propertyDefinition identifier="([^"]+)"[^>]*>\s*<name[^>]*>([^<]*)<\/name>/g)].map(m => [m[1], m[2]]);
    const names = definitions.map(d => d[1]);
    for (const value of ['Budi', 'Contoh', 'Rendah', 'OPD terlayani']) {
        expect(xml, value).toContain(value);
    }
    expect(names.length).toBeGreaterThan(15);
    expect(names.some(n => /pribadi/i.test(n)), names.join('|')).toBe(true);
    expect(names.some(n => /kepala/i.test(n)), names.join('|')).toBe(true);
});
