import { afterEach, describe, expect, test } from 'vitest';
import { isAplikasi, isIntegrasi, isOpd, isPetaRencana, type Aplikasi, type Integrasi, type Opd, type PetaRencana } from 'spbe-language';
import { IssueCodes } from 'spbe-model';
import { createTestServices } from '../helpers/test-services.js';

const t = createTestServices();
afterEach(() => t.clear());

const opdOf = (doc: { parseResult: { value: { declarations: unknown[] } } }, code: string) =>
    doc.parseResult.value.declarations.filter(isOpd).find((o: Opd) => o.name === code)!;

describe('names and scoping (spec §3.2)', () => {
    test('NAME inside its OPD, OPD.NAME from another OPD in another file', async () => {
        const ws = await t.load({
            'a.spbe': `opd A { infrastruktur DC { jenis server } aplikasi APP { hosting DC } }`,
            'b.spbe': `opd B { aplikasi APP2 { hosting A.DC } }`
        });
        const app = opdOf(ws.documents['a.spbe'], 'A').elements.find(isAplikasi) as Aplikasi;
        const app2 = opdOf(ws.documents['b.spbe'], 'B').elements.find(isAplikasi) as Aplikasi;
        expect(app.hosting[0].ref?.name).toBe('DC');
        expect(app2.hosting[0].ref?.name).toBe('DC');
        expect(ws.withCode(IssueCodes.UnresolvedReference)).toEqual([]);
    });

    test('another OPD\'s element written without its qualifier does not resolve, and the message suggests it', async () => {
        const ws = await t.load({
            'a.spbe': `opd A { infrastruktur DC { jenis server } }`,
            'b.spbe': `opd B { aplikasi APP { hosting DC } }`
        });
        const [d] = ws.withCode(IssueCodes.UnresolvedReference, 'b.spbe');
        expect(d.message).toContain("'DC'");
        expect(d.message).toContain('A.DC');
        expect(ws.documents['b.spbe'].textDocument.getText(d.range)).toBe('DC');
    });

    test('references are restricted to the right kind, and the message names the expected kind', async () => {
        const ws = await t.load({
            'a.spbe': `opd A {
                data DT { sifat terbuka }
                aplikasi APP { hosting DT }
            }`
        });
        const [d] = ws.withCode(IssueCodes.UnresolvedReference);
        expect(d.message).toMatch(/infrastruktur/);
        expect(d.message).toMatch(/'DT' adalah data/);
    });

    test('via only resolves to a sistemPenghubung', async () => {
        const ws = await t.load({
            'a.spbe': `opd A {
                infrastruktur SRV { jenis server }
                infrastruktur SPL { jenis sistemPenghubung }
                aplikasi X {} aplikasi Y {}
                integrasi OK { dari X ke Y via SPL }
                integrasi BAD { dari X ke Y via SRV }
            }`
        });
        const unresolved = ws.withCode(IssueCodes.UnresolvedReference);
        expect(unresolved).toHaveLength(1);
        expect(unresolved[0].message).toContain('sistemPenghubung');
        expect(ws.documents['a.spbe'].textDocument.getText(unresolved[0].range)).toBe('SRV');
    });

    test('keamanan objek accepts aplikasi, infrastruktur and data but not layanan', async () => {
        const ws = await t.load({
            'a.spbe': `opd A {
                aplikasi APP {} infrastruktur DC { jenis server } data DT { sifat terbuka } layanan LY {}
                keamanan K { jenis audit objek APP, DC, DT, LY }
            }`
        });
        const unresolved = ws.withCode(IssueCodes.UnresolvedReference);
        expect(unresolved.map(d => ws.documents['a.spbe'].textDocument.getText(d.range))).toEqual(['LY']);
    });

    test('OPD codes are global; roadmap items are global and must qualify elements', async () => {
        const ws = await t.load({
            'opd.spbe': `opd DISKOMINFO { aplikasi SURGA {} }`,
            'roadmap.spbe': `petaRencana {
                rencana PR_A { penanggungJawab DISKOMINFO menghentikan DISKOMINFO.SURGA setelah PR_B }
                rencana PR_B { penanggungJawab DISKOMINFO menghentikan SURGA }
            }`
        });
        const roadmap = ws.documents['roadmap.spbe'].parseResult.value.declarations.find(isPetaRencana) as PetaRencana;
        expect(roadmap.items[0].penanggungJawab[0].ref?.name).toBe('DISKOMINFO');
        expect(roadmap.items[0].menghentikan[0].refs[0].ref?.name).toBe('SURGA');
        expect(roadmap.items[0].setelah[0].refs[0].ref?.name).toBe('PR_B');
        const unresolved = ws.withCode(IssueCodes.UnresolvedReference);
        expect(unresolved).toHaveLength(1);
        expect(ws.documents['roadmap.spbe'].textDocument.getText(unresolved[0].range)).toBe('SURGA');
    });
});

describe('the nasional library (spec §3.3)', () => {
    test('is in scope everywhere without being declared', async () => {
        const ws = await t.load({
            'a.spbe': `opd A {
                aplikasi X {}
                integrasi I { dari X ke nasional.SP4N_LAPOR via nasional.SPLP }
                infrastruktur NET { jenis jaringanIntra terhubung nasional.JIP, nasional.PDN }
                layanan L { aplikasi nasional.SRIKANDI, nasional.SPSE, nasional.SIASN, nasional.SIPD, nasional.JDIHN }
            }`
        });
        expect(ws.withCode(IssueCodes.UnresolvedReference)).toEqual([]);
        const integrasi = opdOf(ws.documents['a.spbe'], 'A').elements.find(isIntegrasi) as Integrasi;
        expect(integrasi.ke[0].ref?.$container.name).toBe('nasional');
        expect(integrasi.via[0].ref?.jenis).toEqual(['sistemPenghubung']);
    });

    test('is read-only: it has no diagnostics of its own and lives under its own scheme', async () => {
        await t.load({ 'a.spbe': 'opd A { pic "x" }' });
        const library = t.services.shared.workspace.LangiumDocuments.all.find(d => d.uri.scheme === 'spbe-builtin')!;
        expect(library.uri.toString()).toBe('spbe-builtin:/nasional.spbe');
        expect(library.diagnostics).toEqual([]);
    });

    test('a national element of the wrong kind is rejected', async () => {
        const ws = await t.load({ 'a.spbe': 'opd A { aplikasi X { hosting nasional.SRIKANDI } }' });
        expect(ws.withCode(IssueCodes.UnresolvedReference)[0].message).toContain('aplikasi');
    });
});
