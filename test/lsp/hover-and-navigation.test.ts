import { afterEach, describe, expect, test } from 'vitest';
import { expectGoToDefinition, expectHover, expectSymbols } from 'langium/test';
import { SymbolKind } from 'vscode-languageserver';
import { createTestServices, cursor } from '../helpers/test-services.js';

const t = createTestServices();
afterEach(() => t.clear());

describe('hover', () => {
    test('an element: kind, owner, status and lifetime, ref name, doc comment, users by OPD', async () => {
        const { text, offset } = cursor(`opd A "Dinas A" {
                /** Kanal aduan lokal. */
                aplikasi <|>SURGA "Pengaduan Warga" { ref RAA.02.02 }
                layanan L { aplikasi SURGA }
            }`);
        const ws = await t.load({
            'a.spbe': text,
            'pemda.spbe': 'pemda P { periode 2025..2029 }',
            'b.spbe': 'opd B { layanan L1 { aplikasi A.SURGA } layanan L2 { aplikasi A.SURGA } }',
            'r.spbe': 'petaRencana { rencana R { tahun 2026..2027 menghentikan A.SURGA } }'
        });
        const document = ws.documents['a.spbe'];
        const hover = await t.services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
        });
        expect((hover?.contents as { value: string }).value).toMatch(
            /\*\*aplikasi\*\* `A\.SURGA` — Pengaduan Warga[\s\S]*OPD: A \(Dinas A\)[\s\S]*Status: eksisting · Berlaku: s\.d\. 2027[\s\S]*RAA\.02\.02\*\* — Aplikasi Khusus Fungsi Tertentu _\(belum diverifikasi — satu sumber\)_[\s\S]*Kanal aduan lokal\.[\s\S]*Dipakai oleh: 3 \(B 2, A 1\)/);
    });

    test('a reference to the national library says it is built in', async () => {
        await expectHover(t.services)({
            text: 'opd A { layanan L { aplikasi nasional.<|>SRIKANDI } }',
            index: 0,
            hover: /`nasional\.SRIKANDI` — Sistem Informasi Kearsipan Dinamis Terintegrasi[\s\S]*pustaka nasional bawaan \(hanya-baca\)/
        });
    });

    test('(v2) a library entry shows its owner institution and legal basis, unverified when fewer than two sources confirm it', async () => {
        const hover = expectHover(t.services);
        await hover({
            text: 'opd A { layanan L { aplikasi nasional.<|>SIPD } }',
            index: 0,
            hover: /`nasional\.SIPD`[\s\S]*Pemilik: Kementerian Dalam Negeri · Dasar hukum: Permendagri 70\/2019 tentang Sistem Informasi Pemerintahan Daerah\n/
        });
        await hover({
            text: 'opd A { integrasi I { dari nasional.<|>EKINERJA ke nasional.SIASN } }',
            index: 0,
            hover: /`nasional\.EKINERJA` — e-Kinerja BKN[\s\S]*Pemilik: Badan Kepegawaian Negara \(BKN\) · Dasar hukum: PermenPANRB 6\/2022 [^\n]* _\(belum diverifikasi\)_/
        });
        await hover({
            text: 'opd A { keamanan K { jenis audit objek nasional.<|>BSRE } }',
            index: 0,
            hover: /\*\*infrastruktur\*\* `nasional\.BSRE`[\s\S]*Badan Siber dan Sandi Negara \(BSSN\)[\s\S]*belum diverifikasi/
        });
    });

    test('a ref code and an indicator id', async () => {
        const hover = expectHover(t.services);
        await hover({ text: 'opd A { probis P { ref RAB.0<|>9.04 } }', index: 0, hover: /\*\*RAB\.09\.04\*\* — Komunikasi/ });
        await hover({
            text: 'petaRencana { rencana R { indikator spbe2020.I1<|>2 -> 3 } }',
            index: 0,
            hover: /\*\*spbe2020\.I12\*\* — Tingkat Kematangan Peta Rencana SPBE[\s\S]*Aspek: Perencanaan Strategis SPBE · Bobot: 2,5%[\s\S]*1 Rintisan/
        });
    });

    test('a penilaian: its index with the assessed share, provisional when partial (issue 18)', async () => {
        const hover = expectHover(t.services);
        await hover({
            text: '<|>penilaian 2024 spbe2020 { I01 3 I11 2 I32 4 I42 5 }',
            index: 0,
            hover: '**penilaian 2024 spbe2020**\n\nIndeks 3,65 · Sangat Baik (sementara) · 9,6 % bobot dinilai · 4/47 indikator\n\nIndeks SPBE (PermenPANRB 59/2020)'
        });
        await hover({ text: 'penilaian 2024 <|>pemdi2026 { I01 2 }', index: 0, hover: /Indeks 2,00 · Cukup – Membangun \(sementara\) · 5 % bobot dinilai · 1\/20 indikator/ });
    });

    test('reference-code hovers say their tags in words, in Indonesian and in English (issue 16)', async () => {
        const hoverAt = async (text: string) => {
            const marked = cursor(text);
            const document = await t.parse(marked.text);
            const hover = await t.services.lsp.HoverProvider!.getHoverContent(document, {
                textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(marked.offset)
            });
            return (hover?.contents as { value: string }).value;
        };
        const singleSource = await hoverAt('opd A { probis P { ref RAB.01.0<|>1 } }');
        expect(singleSource).toBe('**RAB.01.01** — Pertahanan _(belum diverifikasi — satu sumber)_\n\nPerpres 132/2022 · level 2: Urusan Pemerintahan');
        const inferred = await hoverAt('opd A { data D { sifat terbuka ref RAD.0<|>1 } }');
        expect(inferred).toContain('_(belum diverifikasi — disimpulkan dari pola kode)_');
        for (const hover of [singleSource, inferred]) {
            expect(hover).not.toMatch(/single-source|inferred|perpres132_2022|mirror/);
        }
        t.services.spbe.Settings.locale = 'en';
        try {
            expect(await hoverAt('opd A { probis P { ref RAB.01.0<|>1 } }')).toContain('_(unverified — single source)_\n\nPerpres 132/2022 · level 2: Urusan Pemerintahan');
            expect(await hoverAt('opd A { data D { sifat terbuka ref RAD.0<|>1 } }')).toContain('(unverified — inferred from the code pattern)_\n\nPerpres 132/2022 · level 1: Data Pokok · RAD.01-09 mirror the RAB sectors');
        } finally {
            t.services.spbe.Settings.locale = 'id';
        }
        await t.load({ 'pemda.spbe': 'pemda P { periode 2025..2029 kodeLokal RAA.02.02.01 "Aplikasi Pajak Daerah" }' });
        expect(await hoverAt('opd A { aplikasi X { ref RAA.02.02.0<|>1 } }')).toBe('**RAA.02.02.01** — Aplikasi Pajak Daerah\n\nkode lokal pemda');
    });

    test('OPD roles and a roadmap item\'s muatan are said in words, not as keywords', async () => {
        const hover = expectHover(t.services);
        await hover({ text: 'opd <|>DISKOMINFO { peran walidata, koordinatorForumData, pengelolaPusatData }', index: 0, hover: /Peran: Walidata, Koordinator Forum Satu Data, Pengelola Pusat Data\n/ });
        await hover({ text: 'petaRencana { rencana <|>R { muatan tataKelola } }', index: 0, hover: /Muatan: Tata Kelola SPBE · / });
    });
});

describe('navigation', () => {
    test('go to definition of a qualified reference in another file, and into the read-only library', async () => {
        const { text, offset } = cursor('opd B { aplikasi X { hosting A.<|>DC } layanan L { aplikasi nasional.SRIKANDI } }');
        const ws = await t.load({ 'b.spbe': text, 'a.spbe': 'opd A { infrastruktur DC { jenis server } }' });
        const document = ws.documents['b.spbe'];
        const definition = (position: number) => t.services.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(position)
        });
        const [toA] = (await definition(offset))!;
        expect(toA.targetUri).toBe(ws.documents['a.spbe'].uri.toString());
        expect(ws.documents['a.spbe'].textDocument.getText(toA.targetSelectionRange)).toBe('DC');
        const [toLibrary] = (await definition(text.indexOf('SRIKANDI')))!;
        expect(toLibrary.targetUri).toBe('spbe-builtin:/nasional.spbe');
    });

    test('go to definition within a file', async () => {
        await expectGoToDefinition(t.services)({
            text: 'opd A { infrastruktur <|DC|> { jenis server } aplikasi X { hosting <|>DC } }',
            index: 0,
            rangeIndex: 0
        });
    });

    test('the outline groups elements by OPD and kind', async () => {
        await expectSymbols(t.services)({
            text: 'pemda P { periode 2025..2029 } opd A { aplikasi X {} aplikasi Y {} data D { sifat terbuka } } petaRencana { rencana R {} }',
            assert: symbols => {
                expect(symbols.map(s => [s.name, s.kind])).toEqual([['P', SymbolKind.Module], ['A', SymbolKind.Namespace], ['petaRencana', SymbolKind.Module]]);
                const opd = symbols[1];
                expect(opd.children?.map(c => `${c.name} ${c.detail}`)).toEqual(['aplikasi 2', 'data 1']);
                expect(opd.children?.[0].children?.map(c => c.name)).toEqual(['X', 'Y']);
                expect(symbols[2].children?.map(c => c.name)).toEqual(['R']);
            }
        });
    });
});
