import { afterEach, describe, expect, test } from 'vitest';
import { IssueCodes } from 'spbe-model';
import { createTestServices, rangeText } from '../../helpers/test-services.js';
import { marked as markedIn } from './_marked.js';

const t = createTestServices();
afterEach(() => t.clear());
const marked = (code: string, text: string, extra: Record<string, string> = {}) => markedIn(t, code, text, extra);

describe('sector-platform-not-integrated', () => {
    test('an active local kesehatan, kependudukan, perizinan or bangunan app without integrasi; on its name, a warning', async () => {
        const ws = await t.load({ 'main.spbe': `opd A {
            aplikasi SIMRS { fungsi kesehatan } aplikasi SIDUK { fungsi kependudukan }
            aplikasi SIMPEL { fungsi perizinan } aplikasi SIBANG { fungsi bangunan } }` });
        const found = ws.withCode(IssueCodes.SectorPlatformNotIntegrated);
        expect(found.map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['SIMRS', 'SIDUK', 'SIMPEL', 'SIBANG']);
        expect(found.map(d => /nasional\.\w+/.exec(d.message)![0])).toEqual(['nasional.SATUSEHAT', 'nasional.SIAK', 'nasional.OSS', 'nasional.SIMBG']);
        expect(found.every(d => d.severity === 2)).toBe(true);
    });

    test('not reported with an integrasi in either direction, through the v1 name OSS_RBA, or for a dihentikan app', async () => {
        expect(await marked(IssueCodes.SectorPlatformNotIntegrated, `opd A {
            aplikasi SIMRS { fungsi kesehatan } integrasi I1 { dari SIMRS ke nasional.SATUSEHAT via nasional.SPLP }
            aplikasi SIDUK { fungsi kependudukan } integrasi I2 { dari nasional.SIAK ke SIDUK via nasional.SPLP }
            aplikasi SIMPEL { fungsi perizinan } integrasi I3 { dari SIMPEL ke nasional.OSS_RBA via nasional.SPLP }
            aplikasi LAMA { fungsi bangunan status dihentikan hingga 2025 } }`)).toEqual([]);
    });

    test('an integrasi with another national platform, or other fungsi areas, do not count', async () => {
        expect(await marked(IssueCodes.SectorPlatformNotIntegrated, `opd A {
            aplikasi SIMRS { fungsi kesehatan } integrasi I { dari SIMRS ke nasional.SIAK via nasional.SPLP }
            aplikasi BANSOS { fungsi perlindunganSosial } aplikasi S { fungsi sektoral } }`)).toEqual(['SIMRS']);
    });

    test('the Indonesian message says "nasional" once (the name already carries it)', async () => {
        const ws = await t.load({ 'main.spbe': 'opd A { aplikasi SIMRS { fungsi kesehatan } }' });
        const message = ws.withCode(IssueCodes.SectorPlatformNotIntegrated)[0].message;
        expect(message).toContain('belum terintegrasi dengan platform sektor nasional.SATUSEHAT:');
        expect(message.match(/nasional/g)).toHaveLength(1);
    });

    test('English message', async () => {
        t.services.spbe.Settings.locale = 'en';
        try {
            const ws = await t.load({ 'main.spbe': 'opd A { aplikasi SIMRS { fungsi kesehatan } }' });
            expect(ws.withCode(IssueCodes.SectorPlatformNotIntegrated)[0].message).toBe(
                'Application A.SIMRS (function Health) has no integration with the sector platform nasional.SATUSEHAT: add an `integrasi` between them.');
        } finally {
            t.services.spbe.Settings.locale = 'id';
        }
    });
});

describe('aplikasi-without-security-assessment', () => {
    const data = 'data NIK { sifat terbatas pribadi } data RAHASIA { sifat tertutup } data BUKA { sifat terbuka }';

    test('an active app holding pribadi or tertutup data that no assessment names; on its name, a warning', async () => {
        const ws = await t.load({ 'main.spbe': `opd A { ${data}
            aplikasi SIDUK { data BUKA, NIK } aplikasi ARSIP { data RAHASIA } }` });
        const found = ws.withCode(IssueCodes.AplikasiWithoutSecurityAssessment);
        expect(found.map(d => rangeText(ws.documents['main.spbe'], d))).toEqual(['SIDUK', 'ARSIP']);
        expect(found[0].message).toBe('Aplikasi A.SIDUK memuat data pribadi A.NIK, tetapi tidak ada `keamanan` berjenis audit, identifikasi kerentanan atau kelaikan yang menyebutnya di `objek`.');
        expect(found.every(d => d.severity === 2)).toBe(true);
    });

    test('English messages use English words: personal data, roadmap item, element, item code', async () => {
        t.services.spbe.Settings.locale = 'en';
        try {
            const ws = await t.load({
                'main.spbe': `opd A { ${data} aplikasi SIDUK { data NIK } aplikasi SIDUK { data BUKA } }`,
                'r.spbe': 'petaRencana { rencana R1 { muatan aplikasi } rencana R1 { muatan aplikasi } rencana R3 { muatan aplikasi kode "AP.01" } }'
            });
            expect(ws.withCode(IssueCodes.AplikasiWithoutSecurityAssessment)[0].message).toContain('Application A.SIDUK holds personal data A.NIK,');
            const duplicates = ws.withCode(IssueCodes.DuplicateName).map(d => d.message);
            expect(duplicates).toContain("The element name 'A.SIDUK' is declared more than once.");
            expect(duplicates).toContain("The roadmap item name 'R1' is declared more than once.");
            expect(duplicates).toContain("The item code 'AP.01' is used by more than one roadmap item (the code of R1 is derived from its content area and position; write another `kode \"…\"`).");
            expect(duplicates.join('\n')).not.toMatch(/\b(pribadi|rencana|elemen|kode rincian|muatan)\b/);
        } finally {
            t.services.spbe.Settings.locale = 'id';
        }
    });

    test('not reported when an audit, identifikasiKerentanan or kelaikan names it (any OPD), for terbuka/terbatas data or a dihentikan app', async () => {
        expect(await marked(IssueCodes.AplikasiWithoutSecurityAssessment, `opd A { ${data}
            aplikasi X1 { data NIK } aplikasi X2 { data RAHASIA } aplikasi X3 { data NIK }
            aplikasi BIASA { data BUKA } aplikasi LAMA { data NIK status dihentikan hingga 2025 }
            keamanan AUDIT { jenis audit objek X1 } keamanan ITSA { jenis identifikasiKerentanan objek X2 } }`,
        { 'b.spbe': 'opd B { keamanan LAIK { jenis kelaikan objek A.X3 } }' })).toEqual([]);
    });

    test('other keamanan jenis do not count', async () => {
        expect(await marked(IssueCodes.AplikasiWithoutSecurityAssessment, `opd A { ${data}
            aplikasi X { data NIK } keamanan E { jenis edukasi objek X } keamanan S { jenis standar objek X } }`)).toEqual(['X']);
    });
});
