import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadWorkspace } from 'spbe-server';
import { repoRoot } from './helpers/run-cli.js';

/** The findings table between the README's kediri-findings markers: `| file:line | code | … |`. */
function documentedFindings(): string[] {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf-8');
    const section = readme.split('<!-- kediri-findings:start -->')[1]?.split('<!-- kediri-findings:end -->')[0];
    if (!section) {
        throw new Error('README.md has no kediri-findings section');
    }
    return section.split('\n')
        .map(line => /^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|/.exec(line))
        .flatMap(m => m ? [`${m[1]} ${m[2]}`] : []);
}

describe('examples', () => {
    test('kota-kediri has 37 OPDs and exactly the findings the README lists', async () => {
        const ws = await loadWorkspace(join(repoRoot, 'examples/kota-kediri'));
        expect(ws.model().opds.filter(o => !o.builtin)).toHaveLength(37);
        const actual = ws.diagnostics.map(d => `${d.file}:${d.line} ${d.code}`);
        expect(actual).toEqual(documentedFindings());
        expect(ws.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
    });

    test('kota-kediri covers all six domains and all seven muatan over 2025..2029', async () => {
        const model = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
        expect(model.pemda?.periode).toEqual({ start: 2025, end: 2029 });
        const kinds = new Set(model.elements.filter(e => !e.builtin).map(e => e.kind));
        expect([...kinds].sort()).toEqual(['aplikasi', 'data', 'infrastruktur', 'integrasi', 'keamanan', 'layanan', 'probis']);
        expect(new Set(model.items.map(i => i.muatan)).size).toBe(7);
    });

    test('kota-kediri follows the v2 facts it claims (README, spbe-domain.md §11)', async () => {
        const model = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
        expect(model.pemda).toMatchObject({ jenis: 'kota', jenisFromTitle: false, tempat: 'Kediri', ilustrasi: true, evaluasi: 'pemdi2026' });
        expect(model.pemda?.kepalaDaerah).toBeTruthy();
        const opdTitles = model.opds.map(o => o.title ?? '');
        expect(opdTitles).toContain('Dinas Koperasi, Usaha Mikro dan Tenaga Kerja');
        expect(opdTitles.filter(t => /Koperasi|Tenaga Kerja/.test(t))).toHaveLength(1);
        const own = model.elements.filter(e => !e.builtin);
        expect(own.filter(e => /\bDTKS\b/.test(`${e.name} ${e.title ?? ''}`))).toEqual([]);
        const personal = own.filter(e => e.pribadi).map(e => e.id).sort();
        expect(personal).toEqual(['DINSOS.DT_DTSEN', 'DISPENDUKCAPIL.DT_KEPENDUDUKAN', 'RSUD_GAMBIRAN.DT_REKAM_MEDIS', 'RSUD_KILISUCI.DT_REKAM_MEDIS_KILISUCI']);
        // One SPLP daerah node; every integrasi goes via it except the one the README lists as a finding.
        const hubs = own.filter(e => e.kind === 'infrastruktur' && e.attributes.jenis === 'sistemPenghubung').map(e => e.id);
        expect(hubs).toEqual(['DISKOMINFO.SPLP_KEDIRI']);
        const bypassing = own.filter(e => e.kind === 'integrasi' && !e.relations.some(r => r.property === 'via' && r.target === hubs[0]));
        expect(bypassing.map(e => e.id)).toEqual(['DISKOMINFO.INT_PECUT_ATCS']);
        // Indeks KAMI (audit) and ITSA (identifikasiKerentanan) records.
        const keamananJenis = new Set(own.filter(e => e.kind === 'keamanan').map(e => e.attributes.jenis));
        expect([...keamananJenis]).toEqual(expect.arrayContaining(['audit', 'identifikasiKerentanan', 'kelaikan']));
        // Several items per muatan, each with kode, prioritas, an indikatorKinerja and kota-level kegiatan codes.
        const perMuatan = new Map<string | undefined, number>();
        model.items.forEach(i => perMuatan.set(i.muatan, (perMuatan.get(i.muatan) ?? 0) + 1));
        expect(perMuatan.size).toBe(7);
        expect([...perMuatan.values()].every(count => count >= 2)).toBe(true);
        for (const item of model.items) {
            expect(item, item.name).toMatchObject({ kodeDerived: false });
            expect(item.prioritas, item.name).toBeDefined();
            expect(item.indikatorKinerja.length, item.name).toBeGreaterThan(0);
            expect(item.kegiatan.every(k => /^\d\.\d{2}\.\d{2}\.2\.\d{2}(\.\d{4})?$/.test(k)), item.name).toBe(true);
            // Index targets from 2026 on are Indeks Pemdi (PermenPANRB 59/2020 was revoked).
            if ((item.tahun?.end ?? 0) >= 2026) {
                expect(item.indikator.every(t => t.framework === 'pemdi2026'), item.name).toBe(true);
            }
        }
        expect(model.items.filter(i => i.kegiatan.length > 0)).toHaveLength(model.items.length - 2);
    });

    test('minimal validates without a single finding', async () => {
        expect((await loadWorkspace(join(repoRoot, 'examples/minimal'))).diagnostics).toEqual([]);
    });
});
