import { afterEach, describe, expect, test } from 'vitest';
import { architectureAsOf, gapAnalysis } from 'spbe-model';
import { createTestServices } from '../helpers/test-services.js';

const t = createTestServices();
afterEach(() => t.clear());

const files = {
    'pemda.spbe': 'pemda P "Pemerintah P" { periode 2025..2029 referensi perpres132_2022 evaluasi spbe2020 koordinator A kodeLokal RAB.09.04.01 "Aduan" }',
    'a.spbe': `opd A "Dinas A" {
        pic "PIC A" email "a@x.go.id" peran walidata
        /** Aplikasi lama. */
        aplikasi OLD "Aplikasi Lama" { fungsi pengaduan status dihentikan hingga 2026 basis web, mobile hosting DC data DT }
        aplikasi REPLACED "Diganti" { fungsi keuangan }
        aplikasi NEW "Aplikasi Baru" { status rencana hosting DC }
        aplikasi NEVER { status rencana }
        infrastruktur DC "Pusat Data" { jenis server tier 2 }
        data DT "Data" { sifat terbatas walidata A bagiPakai semua }
        layanan L { aplikasi OLD, NEW, BROKEN probis X }
    }`,
    'r.spbe': `petaRencana {
        /** Bangun aplikasi baru. */
        rencana R1 "Bangun" { muatan aplikasi penanggungJawab A pelaksana A tahun 2026..2027
            target 2026 "t1" anggaran 2026 100 anggaran 2027 50 sumberDana APBD kegiatan "1.2"
            mewujudkan A.NEW menghentikan A.REPLACED indikator spbe2020.I15 -> 3 }
        rencana R2 { tahun 2028 setelah R1 }
    }
    penilaian 2024 spbe2020 { I15 2 }`
};

describe('semantic model', () => {
    test('plain data: pemda, OPDs (library first), elements with attributes and relations, items, assessments', async () => {
        await t.load(files);
        const model = t.services.spbe.Model.get();
        expect(model.pemda).toMatchObject({ name: 'P', title: 'Pemerintah P', periode: { start: 2025, end: 2029 }, referensi: 'perpres132_2022',
            evaluasi: 'spbe2020', koordinator: 'A', kodeLokal: [{ code: 'RAB.09.04.01', title: 'Aduan' }] });
        expect(model.opds.map(o => [o.code, o.builtin])).toEqual([['nasional', true], ['A', false]]);
        expect(model.opds[1]).toMatchObject({ title: 'Dinas A', pic: 'PIC A', email: 'a@x.go.id', peran: ['walidata'] });
        const old = model.elements.find(e => e.id === 'A.OLD')!;
        expect(old).toMatchObject({ kind: 'aplikasi', opd: 'A', title: 'Aplikasi Lama', doc: 'Aplikasi lama.', status: 'dihentikan', hingga: 2026,
            attributes: { fungsi: 'pengaduan', basis: ['web', 'mobile'] }, builtin: false });
        expect(old.relations).toEqual([
            { property: 'hosting', target: 'A.DC', targetIsOpd: false },
            { property: 'data', target: 'A.DT', targetIsOpd: false }]);
        expect(model.elements.find(e => e.id === 'A.DT')).toMatchObject({ sharedWithAll: true, attributes: { sifat: 'terbatas' } });
        const layanan = model.elements.find(e => e.id === 'A.L')!;
        expect(layanan.relations.map(r => r.target)).toEqual(['A.OLD', 'A.NEW']);
        expect(model.items[0]).toMatchObject({ name: 'R1', title: 'Bangun', doc: 'Bangun aplikasi baru.', muatan: 'aplikasi', penanggungJawab: 'A',
            pelaksana: ['A'], tahun: { start: 2026, end: 2027 }, anggaran: [{ year: 2026, amount: 100 }, { year: 2027, amount: 50 }],
            mewujudkan: ['A.NEW'], menghentikan: ['A.REPLACED'], indikator: [{ framework: 'spbe2020', indicator: 'I15', level: 3 }] });
        expect(model.items[1].setelah).toEqual(['R1']);
        expect(model.assessments).toEqual([expect.objectContaining({ year: 2024, framework: 'spbe2020', scores: [{ indicator: 'I15', level: 2 }] })]);
        expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    });

    test('a library alias kept for v1 (nasional.OSS_RBA) is no element of its own; references to it point at its entry', async () => {
        await t.load({ 'a.spbe': `opd A { aplikasi IZIN { fungsi perizinan }
            integrasi I1 { dari IZIN ke nasional.OSS_RBA via nasional.SPLP } }` });
        const model = t.services.spbe.Model.get();
        const titles = model.elements.filter(e => e.builtin).map(e => e.title);
        expect(titles).toContain('Online Single Submission Berbasis Risiko');
        expect(titles).not.toContain('Online Single Submission Risk Based Approach');
        expect(model.elements.some(e => e.id === 'nasional.OSS_RBA')).toBe(false);
        expect(model.elements.find(e => e.id === 'A.I1')!.relations.map(r => r.target)).toEqual(['A.IZIN', 'nasional.OSS', 'nasional.SPLP']);
    });

    test('lifetimes follow spec §4', async () => {
        await t.load(files);
        const byId = new Map(t.services.spbe.Model.get().elements.map(e => [e.id, e.lifetime]));
        expect(byId.get('A.DC')).toEqual({ exists: true, from: null, to: null });
        expect(byId.get('A.OLD')).toEqual({ exists: true, from: null, to: 2026 });
        expect(byId.get('A.NEW')).toEqual({ exists: true, from: 2027, to: null });
        expect(byId.get('A.REPLACED')).toEqual({ exists: true, from: null, to: 2027 });
        expect(byId.get('A.NEVER')).toEqual({ exists: false, from: null, to: null });
    });

    test('the architecture as of year Y, and the gap between the first and the last year', async () => {
        await t.load(files);
        const model = t.services.spbe.Model.get();
        const ids = (year: number) => architectureAsOf(model, year).filter(e => !e.builtin).map(e => e.name).sort();
        expect(ids(2025)).toEqual(['DC', 'DT', 'L', 'OLD', 'REPLACED']);
        expect(ids(2027)).toEqual(['DC', 'DT', 'L', 'NEW', 'REPLACED']);
        expect(ids(2028)).toEqual(['DC', 'DT', 'L', 'NEW']);
        const gap = gapAnalysis(model)!;
        expect(gap.added.map(e => e.name)).toEqual(['NEW']);
        expect(gap.retired.map(e => e.name).sort()).toEqual(['OLD', 'REPLACED']);
        expect(gap.unchanged.filter(e => !e.builtin).map(e => e.name).sort()).toEqual(['DC', 'DT', 'L']);
    });

    test('is rebuilt after a change', async () => {
        await t.load(files);
        const first = t.services.spbe.Model.get();
        expect(t.services.spbe.Model.get()).toBe(first);
        await t.load({ 'b.spbe': 'opd B { aplikasi Z {} }' });
        expect(t.services.spbe.Model.get().opds.map(o => o.code)).toContain('B');
    });
});

describe('values the invalid-value check refuses stay out of the model (issue 18 #6)', () => {
    test('tier 2,5, periode 2.026..2030 and hingga 2.027 are not taken at the parser reading', async () => {
        await t.load({
            'p.spbe': 'pemda P "Pemerintah Kota X" { periode 2.026..2030 }',
            'a.spbe': 'opd D "D" { pic "p" infrastruktur DC2 "DC2" { jenis server tier 2,5 } infrastruktur DC3 "DC3" { jenis server tier 3 }\n'
                + ' aplikasi A "A" { fungsi lainnya status dihentikan hingga 2.027 } }'
        });
        const model = t.services.spbe.Model.get();
        expect(model.pemda?.periode).toBeUndefined();
        expect(model.elements.find(e => e.id === 'D.DC2')?.attributes.tier).toBeUndefined();
        expect(model.elements.find(e => e.id === 'D.DC3')?.attributes.tier).toBe(3);
        expect(model.elements.find(e => e.id === 'D.A')?.hingga).toBeUndefined();
    });
});
