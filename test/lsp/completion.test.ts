import { afterEach, describe, expect, test } from 'vitest';
import { expectCompletion } from 'langium/test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver';
import { createTestServices, cursor } from '../helpers/test-services.js';

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

    test('pemdi2025 indicator ids, from the reference data alone', async () => {
        await expectCompletion(t.services)({
            text: 'petaRencana { rencana R { indikator pemdi2025.<|> } }',
            index: 0,
            assert: completion => {
                const ids = completion.items.filter(i => /^I\d\d$/.test(i.label));
                expect(ids).toHaveLength(35);
                expect(ids[32]).toMatchObject({ label: 'I33', detail: 'Tingkat Kepuasan Pengguna Layanan Digital Pemerintah' });
            }
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

    /** Completion at `<|>` in a document parsed next to the loaded files. */
    async function completeAt(text: string): Promise<{ items: CompletionItem[]; replaced: (item: CompletionItem) => string }> {
        const marked = cursor(text);
        const document = await t.parse(marked.text);
        const list = await t.services.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(marked.offset)
        });
        return { items: list?.items ?? [], replaced: item => document.textDocument.getText((item.textEdit as TextEdit).range) };
    }

    test('typing . asks for completion (issue 16)', () => {
        expect(t.services.lsp.CompletionProvider!.completionOptions?.triggerCharacters).toContain('.');
    });

    test('a partly typed ref code offers the codes it starts, replacing the whole code (issue 16: ref RAA.)', async () => {
        const raa = await completeAt('opd A {\n    aplikasi X {\n        ref RAA.<|>\n        fungsi keuangan\n    }\n}');
        expect(raa.items.map(i => i.label)).toEqual(['RAA.01', 'RAA.01.01', 'RAA.01.02', 'RAA.02', 'RAA.02.01', 'RAA.02.02']);
        expect(raa.items.map(raa.replaced)).toEqual(Array(6).fill('RAA.'));
        const rab = await completeAt('opd A { probis P { ref RAB.09.<|> } }');
        expect(rab.items.length).toBeGreaterThan(0);
        expect(rab.items.every(i => i.label.startsWith('RAB.09.'))).toBe(true);
        expect(rab.items.map(rab.replaced)).toEqual(Array(rab.items.length).fill('RAB.09.'));
    });

    test('OPD. offers only that OPD\'s elements of the expected kind, replacing the qualifier (issue 16: DINSOS.)', async () => {
        await t.load({
            ...library,
            'dinsos.spbe': 'opd DINSOS "Dinas Sosial" { data DT_DTKS "DTKS" { sifat terbatas } data DT_PKH { sifat terbuka } aplikasi SIKS {} }',
            'lain.spbe': 'opd DINAS_SOSIAL_LAMA { data DT_LAMA { sifat terbuka } }'
        });
        const dinsos = await completeAt('opd DINKES {\n    layanan L {\n        data DINSOS.<|>\n    }\n}');
        expect(dinsos.items.map(i => i.label)).toEqual(['DINSOS.DT_DTKS', 'DINSOS.DT_PKH']);
        expect(dinsos.items.map(dinsos.replaced)).toEqual(['DINSOS.', 'DINSOS.']);
        expect(dinsos.items[0].detail).toBe('data — DTKS');
        // Inside an OPD its own elements can be written qualified too.
        const own = await completeAt('opd SENDIRI { data DT_LOKAL { sifat terbuka } layanan L { data SENDIRI.<|> } }');
        expect(own.items.map(i => i.label)).toEqual(['SENDIRI.DT_LOKAL']);
        expect(own.items.map(i => i.textEdit?.newText)).toEqual(['SENDIRI.DT_LOKAL']);
        const partial = await completeAt('opd DINKES { layanan L { data DINSOS.DT_D<|> } }');
        expect(partial.items.map(i => i.label)).toEqual(['DINSOS.DT_DTKS']);
        expect(partial.items.map(partial.replaced)).toEqual(['DINSOS.DT_D']);
    });
});
