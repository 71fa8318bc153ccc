import { afterEach, describe, expect, test } from 'vitest';
import { AplikasiUmumByFungsi, IssueCodes, isLegalBasisUnverified, NasionalEntries, NasionalLibrarySource, SectorPlatformByFungsi, type NasionalEntry } from 'spbe-model';
import { createTestServices } from '../helpers/test-services.js';

const t = createTestServices();
const entry = (name: string): NasionalEntry => NasionalEntries.find(e => e.name === name)!;
afterEach(() => t.clear());

describe('the national library (spec §3.3 v2)', () => {
    test('has every (v2) entry with its fungsi or jenis, and they all link', async () => {
        const required: Record<string, string> = {
            SRIKANDI: 'kearsipan', SP4N_LAPOR: 'pengaduan', SPSE: 'pengadaan', SIASN: 'kepegawaian', SIPD: 'perencanaan', JDIHN: 'jdih',
            EKINERJA: 'kinerjaPegawai', SATUSEHAT: 'kesehatan', SIAK: 'kependudukan', OSS: 'perizinan', SIMBG: 'bangunan', PORTAL_SDI: 'dataTerbuka',
            PDN: 'fasilitasKomputasi', JIP: 'jaringanIntra', SPLP: 'sistemPenghubung', BSRE: 'perangkatKeamanan'
        };
        for (const [name, area] of Object.entries(required)) {
            expect(entry(name).fungsi ?? entry(name).jenis, name).toBe(area);
            expect(NasionalLibrarySource).toContain(`${entry(name).kind} ${name} "`);
        }
        const apps = NasionalEntries.filter(e => e.kind === 'aplikasi').map(e => `nasional.${e.name}`);
        const ws = await t.load({
            'a.spbe': `opd A { layanan L { aplikasi ${apps.join(', ')} } keamanan K { jenis audit objek nasional.BSRE, nasional.PDN } }`
        });
        expect(ws.withCode(IssueCodes.UnresolvedReference)).toEqual([]);
    });

    test('every entry has an owner and a legal basis; "verified" means two sources', () => {
        for (const each of NasionalEntries) {
            expect(each.owner, each.name).not.toBe('');
            expect(each.legalBasis.text, each.name).not.toBe('');
            expect(isLegalBasisUnverified(each)).toBe(each.legalBasis.sources.length < 2);
        }
        expect(isLegalBasisUnverified(entry('SIPD'))).toBe(false);
        expect(isLegalBasisUnverified(entry('BSRE'))).toBe(true);
    });

    test('the rule tables are derived from the entries: nine Aplikasi Umum areas, four sector platforms', () => {
        expect(AplikasiUmumByFungsi).toEqual({
            kearsipan: 'SRIKANDI', pengaduan: 'SP4N_LAPOR', pengadaan: 'SPSE', kepegawaian: 'SIASN',
            perencanaan: 'SIPD', penganggaran: 'SIPD', keuangan: 'SIPD', kinerjaPegawai: 'EKINERJA', jdih: 'JDIHN'
        });
        expect(SectorPlatformByFungsi).toEqual({ kesehatan: 'SATUSEHAT', kependudukan: 'SIAK', perizinan: 'OSS', bangunan: 'SIMBG' });
    });
});
