import { describe, expect, test } from 'vitest';
import { isEmptyDiff } from 'spbe-generators';
import { changedCopy, diffWithBase } from './diff-fixture.js';

describe('spbe diff: semantic changes', () => {
    test('identical workspaces give an empty diff', async () => {
        const diff = await diffWithBase(changedCopy({}));
        expect(isEmptyDiff(diff)).toBe(true);
    });

    test('an element added, one removed, one changed: each property old → new', async () => {
        const dir = changedCopy({
            'opd/kominfo.spbe': [
                [/ {4}aplikasi ARSIP_LAMA[^}]*\}\n/, ''],
                ['sifat terbatas', 'sifat tertutup'],
                ['aplikasi PORTAL "Portal Kabupaten"', 'aplikasi PORTAL "Portal Resmi Kabupaten"']
            ],
            'opd/dinkes.spbe': [[/\n\}\s*$/, '\n    data DT_PASIEN "Data Pasien" { sifat tertutup jenis lainnya walidata KOMINFO }\n}\n']]
        });
        const diff = await diffWithBase(dir);
        expect(diff.elements.map(e => [e.change, e.id])).toEqual([
            ['added', 'DINKES.DT_PASIEN'],
            ['removed', 'KOMINFO.ARSIP_LAMA'],
            ['changed', 'KOMINFO.PORTAL'],
            ['changed', 'KOMINFO.DT_PENDUDUK']
        ]);
        const byId = new Map(diff.elements.map(e => [e.id, e]));
        expect(byId.get('KOMINFO.DT_PENDUDUK')!.properties).toEqual([{ property: 'sifat', old: 'terbatas', new: 'tertutup' }]);
        expect(byId.get('KOMINFO.PORTAL')!.properties).toEqual([{ property: 'title', old: 'Portal Kabupaten', new: 'Portal Resmi Kabupaten' }]);
        expect(byId.get('DINKES.DT_PASIEN')!.source?.uri).toMatch(/opd\/dinkes\.spbe$/);
        expect(diff.summary.elements).toEqual({ added: 1, removed: 1, changed: 2, renamed: 0 });
        expect(diff.summary.byKind.aplikasi).toEqual({ added: 0, removed: 1, changed: 1, renamed: 0 });
    });

    test('a rename is one change, and references that follow it are not changes', async () => {
        const dir = changedCopy({
            'opd/kominfo.spbe': [['data DT_PENDUDUK', 'data DT_KEPENDUDUKAN'], ['        data DT_PENDUDUK\n', '        data DT_KEPENDUDUKAN\n']],
            'opd/dinkes.spbe': [['KOMINFO.DT_PENDUDUK', 'KOMINFO.DT_KEPENDUDUKAN']]
        });
        const diff = await diffWithBase(dir);
        expect(diff.elements).toHaveLength(1);
        expect(diff.elements[0]).toMatchObject({ change: 'renamed', id: 'KOMINFO.DT_KEPENDUDUKAN', renamedFrom: 'KOMINFO.DT_PENDUDUK', properties: [] });
        expect(diff.crossOpdReferences).toEqual([]);
        expect(diff.findings).toEqual([]);
    });

    test('cross-OPD references added and removed', async () => {
        const dir = changedCopy({
            'opd/dinkes.spbe': [['        data KOMINFO.DT_PENDUDUK\n', ''], ['pengguna DINKES, KOMINFO', 'pengguna DINKES']],
            'opd/kominfo.spbe': [['        data DT_PENDUDUK\n    }', '        data DT_PENDUDUK\n        pengguna DINKES\n    }']]
        });
        const diff = await diffWithBase(dir);
        expect(diff.crossOpdReferences.map(r => [r.change, r.from, r.property, r.target])).toEqual([
            ['removed', 'DINKES.SIMKES', 'data', 'KOMINFO.DT_PENDUDUK'],
            ['removed', 'DINKES.SIMKES', 'pengguna', 'KOMINFO'],
            ['added', 'KOMINFO.PORTAL', 'pengguna', 'DINKES']
        ]);
        expect(diff.summary.crossOpdReferences).toEqual({ added: 1, removed: 2 });
    });

    test('roadmap items: added, removed, rescheduled, re-budgeted (per year and total), re-assigned', async () => {
        const dir = changedCopy({
            'peta-rencana.spbe': [
                ['tahun 2026..2027', 'tahun 2027..2028'],
                ['anggaran 2026 200_000_000\n        anggaran 2027 300_000_000', 'anggaran 2027 250_000_000\n        anggaran 2028 300_000_000'],
                ['pelaksana DINKES', 'pelaksana DINKES, KOMINFO'],
                [/ {4}rencana R_KEBIJAKAN[^}]*\}\n/, ''],
                ['        setelah R_KEBIJAKAN\n', ''],
                [/\}\s*$/, '    rencana R_AUDIT "Audit TIK" {\n        muatan auditTik\n        penanggungJawab KOMINFO\n        tahun 2028\n        anggaran 2028 50_000_000\n    }\n}\n']
            ]
        });
        const diff = await diffWithBase(dir);
        expect(diff.items.map(i => [i.change, i.name])).toEqual([['added', 'R_AUDIT'], ['removed', 'R_KEBIJAKAN'], ['changed', 'R_PORTAL']]);
        const portal = diff.items.find(i => i.name === 'R_PORTAL')!;
        expect(portal.rescheduled).toEqual({ old: '2026–2027', new: '2027–2028' });
        expect(portal.rebudgeted).toEqual({
            years: [{ year: 2026, old: 200_000_000, new: 0 }, { year: 2027, old: 300_000_000, new: 250_000_000 }, { year: 2028, old: 0, new: 300_000_000 }],
            oldTotal: { amount: 500_000_000, unread: 0 }, newTotal: { amount: 550_000_000, unread: 0 }
        });
        expect(portal.reassigned).toEqual([{ property: 'pelaksana', old: 'DINKES', new: 'DINKES, KOMINFO' }]);
        expect(portal.properties).toEqual([{ property: 'setelah', old: 'R_KEBIJAKAN', new: undefined }]);
        expect(diff.summary.items).toMatchObject({ added: 1, removed: 1, changed: 1, rescheduled: 1, rebudgeted: 1, reassigned: 1 });
        expect(diff.summary.budget).toEqual({ old: { amount: 600_000_000, unread: 0 }, new: { amount: 600_000_000, unread: 0 } });
    });

    test('(v2 §6) an amount the new side cannot read is "unreadable", its totals incomplete — never Rp0 or removed', async () => {
        const dir = changedCopy({ 'peta-rencana.spbe': [['anggaran 2027 300_000_000', 'anggaran 2027 3.00.000']] });
        const diff = await diffWithBase(dir);
        const portal = diff.items.find(i => i.name === 'R_PORTAL')!;
        expect(portal.rebudgeted).toEqual({
            years: [{ year: 2027, old: 300_000_000, new: null }],
            oldTotal: { amount: 500_000_000, unread: 0 }, newTotal: { amount: null, unread: 1 }
        });
        expect(diff.summary.budget).toEqual({ old: { amount: 600_000_000, unread: 0 }, new: { amount: null, unread: 1 } });
        const text = (await import('spbe-generators')).renderDiff(diff, 'text', 'id');
        expect(text).toContain('Rp300.000.000 → tak terbaca');
        expect(text).toContain('Rp600.000.000 → tidak lengkap: 1 nilai tak terbaca');
        expect(text).not.toMatch(/→ Rp0\b/);
    });

    test('a renamed roadmap item is one rename; a successor that follows it is unchanged', async () => {
        const dir = changedCopy({ 'peta-rencana.spbe': [['rencana R_KEBIJAKAN', 'rencana R_REGULASI'], ['setelah R_KEBIJAKAN', 'setelah R_REGULASI']] });
        const diff = await diffWithBase(dir);
        expect(diff.items).toEqual([expect.objectContaining({ change: 'renamed', name: 'R_REGULASI', renamedFrom: 'R_KEBIJAKAN', properties: [] })]);
    });

    test('(v2) pribadi, a written kode, prioritas, kegiatan and indikatorKinerja are changes; a derived kode is not', async () => {
        const dir = changedCopy({
            'opd/kominfo.spbe': [['data DT_PENDUDUK "Data Penduduk" {', 'data DT_PENDUDUK "Data Penduduk" { pribadi']],
            'peta-rencana.spbe': [['        setelah R_KEBIJAKAN\n', '        setelah R_KEBIJAKAN\n        kode "AP.09" prioritas tinggi kegiatan "2.16.03.2.02"\n'
                + '        indikatorKinerja "Kunjungan" { satuan "orang" target 2027 1.500 }\n']]
        });
        const diff = await diffWithBase(dir);
        expect(diff.elements.find(e => e.id === 'KOMINFO.DT_PENDUDUK')?.properties).toEqual([{ property: 'pribadi', new: 'ya' }]);
        expect(diff.items.find(i => i.name === 'R_PORTAL')?.properties.map(p => [p.property, p.new])).toEqual(expect.arrayContaining([
            ['kode', 'AP.09'], ['prioritas', 'tinggi'], ['kegiatan', '2.16.03.2.02'], ['indikatorKinerja Kunjungan', 'orang; target 2027 1500']
        ]));
        expect(diff.items.map(i => i.name)).toEqual(['R_PORTAL']);
    });

    test('findings introduced and resolved, by diagnostic code', async () => {
        const dir = changedCopy({
            'opd/dinkes.spbe': [['        pengguna DINKES, KOMINFO\n', '        pengguna DINKES, KOMINFO\n        hosting DC_TIDAK_ADA\n']],
            'opd/kominfo.spbe': [[/ {4}aplikasi ARSIP_LAMA[^}]*\}\n/, '']]
        });
        const diff = await diffWithBase(dir);
        const codes = Object.fromEntries(diff.findings.map(f => [f.code, [f.introduced.length, f.resolved.length]]));
        expect(codes['aplikasi-unused']).toEqual([0, 1]);
        expect(codes['unresolved-reference']).toEqual([1, 0]);
        expect(diff.findings.find(f => f.code === 'aplikasi-unused')!.resolved[0]).toMatchObject({ file: 'opd/kominfo.spbe', line: 20 });
        expect(diff.summary.findings.resolved).toBe(1);
    });

    test('a penilaian change reports the index before and after', async () => {
        const dir = changedCopy({ 'penilaian.spbe': [['I03 1', 'I03 3']] });
        const diff = await diffWithBase(dir);
        expect(diff.index).toHaveLength(1);
        const change = diff.index[0];
        expect(change).toMatchObject({ change: 'changed', framework: 'spbe2020', year: 2025, levels: [{ property: 'I03', old: '1', new: '3' }] });
        expect(change.new! - change.old!).toBeGreaterThan(0);
    });

    test('pemda and OPD properties', async () => {
        const dir = changedCopy({ 'pemda.spbe': [['periode 2026..2028', 'periode 2026..2030']], 'opd/dinkes.spbe': [['pic "PIC Dinkes"', 'pic "Kepala Seksi Data"']] });
        const diff = await diffWithBase(dir);
        expect(diff.pemda).toEqual([{ property: 'periode', old: '2026–2028', new: '2026–2030' }]);
        expect(diff.opds).toEqual([expect.objectContaining({ change: 'changed', code: 'DINKES', properties: [{ property: 'pic', old: 'PIC Dinkes', new: 'Kepala Seksi Data' }] })]);
    });
});
