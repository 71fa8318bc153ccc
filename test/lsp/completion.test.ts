import { afterEach, describe, expect, test } from 'vitest';
import { expectCompletion } from 'langium/test';
import { createTestServices } from '../helpers/test-services.js';

const t = createTestServices();
afterEach(() => t.clear());

const library = {
    'pemda.spbe': 'pemda P { periode 2025..2029 }',
    'diskominfo.spbe': `opd DISKOMINFO "Dinas Komunikasi dan Informatika" {
        infrastruktur DC_KOTA "Pusat Data" { jenis fasilitasKomputasi }
        infrastruktur SPL_KOTA "Gateway" { jenis sistemPenghubung }
        data DT_ADUAN "Data Aduan" { sifat terbatas }
        aplikasi SURGA "Pengaduan Warga" {}
    }`
};

describe('completion', () => {
    test('references offer only the expected kind; another OPD\'s elements come qualified, with titles', async () => {
        await t.load(library);
        const complete = expectCompletion(t.services);
        await complete({
            text: 'opd BAPPEDA { infrastruktur DC_B { jenis server } aplikasi X { hosting <|> } }',
            index: 0,
            assert: completion => {
                const labels = completion.items.map(i => i.label);
                expect(labels).toContain('DC_B');
                expect(labels).toContain('DISKOMINFO.DC_KOTA');
                expect(labels).toContain('nasional.PDN');
                expect(labels).not.toContain('DISKOMINFO.DT_ADUAN');
                expect(labels).not.toContain('DISKOMINFO.SURGA');
                expect(completion.items.find(i => i.label === 'DISKOMINFO.DC_KOTA')?.detail).toBe('infrastruktur — Pusat Data');
            }
        });
    });

    test('via offers only sistemPenghubung infrastructure', async () => {
        await t.load(library);
        await expectCompletion(t.services)({
            text: 'opd B { aplikasi X {} integrasi I { dari X ke X via <|> } }',
            index: 0,
            assert: completion => {
                const labels = completion.items.map(i => i.label);
                expect(labels).toEqual(expect.arrayContaining(['DISKOMINFO.SPL_KOTA', 'nasional.SPLP']));
                expect(labels).not.toContain('DISKOMINFO.DC_KOTA');
            }
        });
    });

    test('OPD codes with their titles', async () => {
        await t.load(library);
        await expectCompletion(t.services)({
            text: 'petaRencana { rencana R { penanggungJawab <|> } }',
            index: 0,
            assert: completion => {
                expect(completion.items.find(i => i.label === 'DISKOMINFO')?.detail).toBe('opd — Dinas Komunikasi dan Informatika');
            }
        });
    });

    test('ref codes of the element\'s domain only, with their names and the unverified flag', async () => {
        await expectCompletion(t.services)({
            text: 'opd A { aplikasi X { ref <|> } }',
            index: 0,
            assert: completion => {
                const codes = completion.items.filter(i => i.label.startsWith('RA'));
                expect(codes.map(i => i.label)).toEqual(['RAA.01', 'RAA.01.01', 'RAA.01.02', 'RAA.02', 'RAA.02.01', 'RAA.02.02']);
                expect(codes.find(i => i.label === 'RAA.02.02')?.detail).toBe('Aplikasi Khusus Fungsi Tertentu');
                expect(String(codes.find(i => i.label === 'RAA.02.02')?.documentation)).toBe(
                    'Aplikasi Khusus Fungsi Tertentu (belum diverifikasi — satu sumber)\n\nPerpres 132/2022 · level 2: Area');
            }
        });
    });

    test('enumeration values and keywords valid at the cursor', async () => {
        await expectCompletion(t.services)({
            text: 'opd A { data D { sifat <|> } }',
            index: 0,
            expectedItems: ['terbuka', 'terbatas', 'tertutup']
        });
    });

    test('indicator ids with their names, for the framework written before the dot', async () => {
        await expectCompletion(t.services)({
            text: 'petaRencana { rencana R { indikator pemdi2026.<|> } }',
            index: 0,
            assert: completion => {
                const ids = completion.items.filter(i => /^I\d\d$/.test(i.label));
                expect(ids).toHaveLength(20);
                expect(ids[15]).toMatchObject({ label: 'I16', detail: 'Integrasi Aplikasi' });
            }
        });
    });

    test('years inside the periode', async () => {
        await t.load({ 'pemda.spbe': 'pemda P { periode 2025..2029 }' });
        await expectCompletion(t.services)({
            text: 'petaRencana { rencana R { tahun <|> } }',
            index: 0,
            assert: completion => {
                expect(completion.items.filter(i => /^\d{4}$/.test(i.label)).map(i => i.label)).toEqual(['2025', '2026', '2027', '2028', '2029']);
            }
        });
    });
});
