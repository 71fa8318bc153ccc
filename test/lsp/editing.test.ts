import { afterEach, describe, expect, test } from 'vitest';
import { expectFormatting } from 'langium/test';
import { IssueCodes } from 'spbe-model';
import { formatSource } from 'spbe-language';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { createTestServices, cursor, type LoadedFiles } from '../helpers/test-services.js';
import { applyWorkspaceEdit } from '../helpers/apply-edit.js';

const t = createTestServices();
afterEach(() => t.clear());

/** Loads files, returns the code actions offered for the first diagnostic with `code`. */
async function fixesFor(files: Record<string, string>, code: string): Promise<{ ws: LoadedFiles; diagnostic: Diagnostic; actions: CodeAction[]; path: string }> {
    const ws = await t.load(files);
    for (const [path, document] of Object.entries(ws.documents)) {
        const diagnostic = ws.withCode(code, path)[0];
        if (diagnostic) {
            const actions = await t.services.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
            }) as CodeAction[];
            return { ws, diagnostic, actions, path };
        }
    }
    throw new Error(`no ${code} diagnostic`);
}

/** Applies a code action to the loaded files and reloads them as a fresh workspace. */
async function afterFix(ws: LoadedFiles, action: CodeAction): Promise<{ files: Record<string, string>; reloaded: LoadedFiles }> {
    const byUri = Object.fromEntries(Object.values(ws.documents).map(d => [d.uri.toString(), d.textDocument.getText()]));
    const applied = applyWorkspaceEdit(byUri, action.edit!);
    await t.clear();
    const files = Object.fromEntries(Object.entries(applied).map(([uri, text]) => [uri.replace(/^file:\/\/\/ws\d+\//, ''), text]));
    return { files, reloaded: await t.load(files) };
}

describe('quick fixes', () => {
    test('cross-opd-data-not-shared: add the user to the owner\'s bagiPakai, in the owner\'s file', async () => {
        const { ws, actions } = await fixesFor({
            'owner.spbe': 'opd B {\n    data DT { sifat terbatas bagiPakai C }\n}\nopd C {}',
            'user.spbe': 'opd A { layanan L { data B.DT } }'
        }, IssueCodes.CrossOpdDataNotShared);
        expect(actions.map(a => a.title)).toEqual(['Bagi pakai data B.DT dengan A (di owner.spbe)']);
        const { files, reloaded } = await afterFix(ws, actions[0]);
        expect(files['owner.spbe']).toContain('bagiPakai C, A');
        expect(reloaded.withCode(IssueCodes.CrossOpdDataNotShared)).toEqual([]);
    });

    test('cross-opd-app-not-shared: add a pengguna line to a multi-line block', async () => {
        const { ws, actions } = await fixesFor({
            'owner.spbe': 'opd B {\n    aplikasi APP {\n        fungsi sektoral\n    }\n}',
            'user.spbe': 'opd A { layanan L { aplikasi B.APP } }'
        }, IssueCodes.CrossOpdAppNotShared);
        const { files, reloaded } = await afterFix(ws, actions[0]);
        expect(files['owner.spbe']).toBe('opd B {\n    aplikasi APP {\n        fungsi sektoral\n        pengguna A\n    }\n}');
        expect(reloaded.withCode(IssueCodes.CrossOpdAppNotShared)).toEqual([]);
    });

    test('unresolved-reference: qualify the name, or create the element stub in the owning OPD', async () => {
        const { ws, actions } = await fixesFor({
            'a.spbe': 'opd A { infrastruktur DC { jenis server } }',
            'b.spbe': 'opd B { aplikasi X { hosting DC } }'
        }, IssueCodes.UnresolvedReference);
        expect(actions.map(a => a.title)).toEqual(['Ganti dengan A.DC', 'Buat infrastruktur baru DC di OPD B']);
        const { reloaded } = await afterFix(ws, actions[0]);
        expect(reloaded.withCode(IssueCodes.UnresolvedReference)).toEqual([]);
    });

    test('unresolved-reference to a missing OPD creates opd/<code>.spbe next to the pemda', async () => {
        const { ws, actions } = await fixesFor({
            'pemda.spbe': 'pemda P { periode 2025..2029 koordinator SETDA }'
        }, IssueCodes.UnresolvedReference);
        expect(actions[0].title).toBe('Buat OPD SETDA (opd/setda.spbe)');
        const { files, reloaded } = await afterFix(ws, actions[0]);
        expect(files['opd/setda.spbe']).toBe('opd SETDA "" {\n    pic ""\n}\n');
        expect(reloaded.withCode(IssueCodes.UnresolvedReference)).toEqual([]);
    });

    test('a via stub is a sistemPenghubung', async () => {
        const { actions } = await fixesFor({ 'a.spbe': 'opd A { aplikasi X {} integrasi I { dari X ke X via GATEWAY } }' }, IssueCodes.UnresolvedReference);
        const edit = Object.values(actions[0].edit!.changes!)[0][0];
        expect(edit.newText).toContain('infrastruktur GATEWAY "" { jenis sistemPenghubung }');
    });

    test('planned-element-not-realized: add a roadmap item that realizes it', async () => {
        const { ws, actions } = await fixesFor({
            'pemda.spbe': 'pemda P { periode 2025..2029 }',
            'a.spbe': 'opd A { aplikasi BARU "Aplikasi Baru" { status rencana } }',
            'r.spbe': 'petaRencana {\n    rencana R1 { muatan aplikasi }\n}'
        }, IssueCodes.PlannedElementNotRealized);
        const { files, reloaded } = await afterFix(ws, actions[0]);
        expect(files['r.spbe']).toContain('rencana PR_BARU "Mewujudkan Aplikasi Baru" {\n        muatan aplikasi\n        penanggungJawab A\n        tahun 2025..2026\n        mewujudkan A.BARU\n    }');
        expect(reloaded.withCode(IssueCodes.PlannedElementNotRealized)).toEqual([]);
    });

    test('duplicates-aplikasi-umum: add a roadmap item that retires it (creating the roadmap file)', async () => {
        const { ws, actions } = await fixesFor({ 'a.spbe': 'opd A { aplikasi SURGA "Pengaduan" { fungsi pengaduan } }' }, IssueCodes.DuplicatesAplikasiUmum);
        expect(actions[0].title).toBe('Tambahkan rencana yang menghentikan Pengaduan (di peta-rencana.spbe)');
        const { files, reloaded } = await afterFix(ws, actions[0]);
        expect(files['peta-rencana.spbe']).toContain('menghentikan A.SURGA');
        expect(reloaded.withCode(IssueCodes.DuplicatesAplikasiUmum)).toEqual([]);
    });

    test('duplicates-aplikasi-umum: the added item gets a free kode and years inside a one-year periode', async () => {
        const { ws, actions } = await fixesFor({
            'pemda.spbe': 'pemda P "Pemerintah Kota X" { periode 2030..2030 }',
            'a.spbe': 'opd D "Dinas" { pic "p" aplikasi ARSIP "Arsip" { fungsi kearsipan } }',
            'r.spbe': 'petaRencana {\n    rencana R1 "a" { muatan aplikasi penanggungJawab D tahun 2030 anggaran 2030 1 }\n'
                + '    rencana R2 "b" { muatan aplikasi penanggungJawab D tahun 2030 anggaran 2030 1 kode "AP.03" }\n}'
        }, IssueCodes.DuplicatesAplikasiUmum);
        expect(ws.diagnostics().filter(d => d.severity === 1)).toEqual([]);
        const { files, reloaded } = await afterFix(ws, actions[0]);
        expect(files['r.spbe']).toContain('tahun 2030\n');
        expect(files['r.spbe']).toContain('kode "AP.02"');
        expect(reloaded.diagnostics().filter(d => d.severity === 1)).toEqual([]);
        expect(reloaded.withCode(IssueCodes.DuplicatesAplikasiUmum)).toEqual([]);
    });

    test('(v2) duplicates-aplikasi-umum: add the integrasi in the owning OPD\'s file, via the koordinator\'s sistemPenghubung', async () => {
        const { ws, actions } = await fixesFor({
            'pemda.spbe': 'pemda P { koordinator KOMINFO }',
            'hub.spbe': 'opd BAPPEDA { infrastruktur HUB_A { jenis sistemPenghubung } }\nopd KOMINFO { infrastruktur SPLP_DAERAH { jenis sistemPenghubung } }',
            'keu.spbe': '// keuangan\r\nopd BPKAD "Badan Keuangan" {\r\n    aplikasi SIMDA "Keuangan Daerah" {\r\n        fungsi keuangan\r\n    }\r\n}\r\n',
            'user.spbe': 'opd A { layanan L { aplikasi BPKAD.SIMDA } }'
        }, IssueCodes.DuplicatesAplikasiUmum);
        expect(actions.map(a => a.title)).toEqual([
            'Tambahkan rencana yang menghentikan Keuangan Daerah (di peta-rencana.spbe)',
            'Tambahkan integrasi Keuangan Daerah dengan Sistem Informasi Pemerintahan Daerah melalui KOMINFO.SPLP_DAERAH'
        ]);
        const before = ws.documents['keu.spbe'].textDocument.getText();
        const { files, reloaded } = await afterFix(ws, actions[1]);
        const added = '        integrasi INT_SIMDA_SIPD "Integrasi Keuangan Daerah dengan Sistem Informasi Pemerintahan Daerah" {\r\n'
            + '            dari SIMDA\r\n            ke nasional.SIPD\r\n            via KOMINFO.SPLP_DAERAH\r\n        }\r\n';
        // Every other byte of the file stays (CRLF kept, the new lines take the file's line break).
        expect(files['keu.spbe']).toBe(before.replace('    }\r\n}', `    }\r\n${added.replace(/^ {4}/gm, '')}}`));
        expect(reloaded.withCode(IssueCodes.DuplicatesAplikasiUmum)).toEqual([]);
        expect(reloaded.withCode(IssueCodes.IntegrationBypassesSplp)).toEqual([]);
        expect(reloaded.withCode(IssueCodes.UnresolvedReference)).toEqual([]);
    });

    test('(v2) sector-platform-not-integrated: add the integrasi; one-line OPD block, the only sistemPenghubung, a free name', async () => {
        const { ws, actions } = await fixesFor({
            'a.spbe': 'opd DINKES { aplikasi SIMRS { fungsi kesehatan } integrasi INT_SIMRS_SATUSEHAT { dari SIMRS ke nasional.SIAK via HUB } infrastruktur HUB { jenis sistemPenghubung } }'
        }, IssueCodes.SectorPlatformNotIntegrated);
        expect(actions.map(a => a.title)).toEqual(['Tambahkan integrasi DINKES.SIMRS dengan SATUSEHAT melalui HUB']);
        const { files, reloaded } = await afterFix(ws, actions[0]);
        expect(files['a.spbe']).toBe('opd DINKES { aplikasi SIMRS { fungsi kesehatan } integrasi INT_SIMRS_SATUSEHAT { dari SIMRS ke nasional.SIAK via HUB } infrastruktur HUB { jenis sistemPenghubung } '
            + 'integrasi INT_SIMRS_SATUSEHAT_2 "Integrasi SIMRS dengan SATUSEHAT" { dari SIMRS ke nasional.SATUSEHAT via HUB } }');
        expect(reloaded.withCode(IssueCodes.SectorPlatformNotIntegrated)).toEqual([]);
        expect(reloaded.withCode(IssueCodes.DuplicateName)).toEqual([]);
    });

    test('(v2) sector-platform-not-integrated: without a sistemPenghubung in the workspace, via nasional.SPLP', async () => {
        const { actions } = await fixesFor({ 'a.spbe': 'opd A { aplikasi SIBANG { fungsi bangunan } }' }, IssueCodes.SectorPlatformNotIntegrated);
        expect(actions.map(a => a.title)).toEqual(['Tambahkan integrasi A.SIBANG dengan Sistem Informasi Manajemen Bangunan Gedung melalui Sistem Penghubung Layanan Pemerintah']);
    });

    test('(v2) kegiatan-code-wrong-level: rewrite the level digit and nothing else', async () => {
        const text = 'petaRencana {\n    rencana R { kegiatan "2.16.03.2.02", "2.16.03.1.02.0035"   // kota\n    }\n}\n';
        const { ws, actions } = await fixesFor({ 'pemda.spbe': 'pemda P "Pemerintah Kota Kediri" {}', 'r.spbe': text }, IssueCodes.KegiatanCodeWrongLevel);
        expect(actions.map(a => a.title)).toEqual(['Ganti dengan "2.16.03.2.02.0035"']);
        const { files, reloaded } = await afterFix(ws, actions[0]);
        expect(files['r.spbe']).toBe(text.replace('1.02.0035', '2.02.0035'));
        expect(reloaded.withCode(IssueCodes.KegiatanCodeWrongLevel)).toEqual([]);
    });

    test('missing-property: add the property with a value that validates', async () => {
        const { ws, actions } = await fixesFor({ 'a.spbe': 'opd A { data D {} }' }, IssueCodes.MissingProperty);
        expect(actions[0].title).toBe('Tambahkan Sifat data: Terbatas');
        const { files, reloaded } = await afterFix(ws, actions[0]);
        expect(files['a.spbe']).toBe('opd A { data D { sifat terbatas } }');
        expect(reloaded.withCode(IssueCodes.MissingProperty)).toEqual([]);
    });
});

describe('quick-fix titles name things in words (spec §6 v2), never by identifier', () => {
    // A qualified id (`B.DT`, `nasional.SIPD`) or a camelCase keyword (`bagiPakai`) in a title, outside the
    // "(di file)" note; what the fix creates and has no title yet is the only exception.
    const identifier = /\b[A-Za-z][A-Za-z0-9_]*\.[A-Z][A-Z0-9_]*\b|\b[a-z]+[A-Z][A-Za-z]*\b/;
    const words = (title: string) => title.replace(/ \((di|in) [^)]*\)$/, '');

    test('sharing data and an application: the owner\'s element and the using OPD by title', async () => {
        const data = await fixesFor({
            'owner.spbe': 'opd B "Badan Perencanaan" {\n    data DT "Data Terpadu" { sifat terbatas }\n    aplikasi APP "Aplikasi Perencanaan" {}\n}',
            'user.spbe': 'opd A "Dinas Sosial" { layanan L { data B.DT } }'
        }, IssueCodes.CrossOpdDataNotShared);
        expect(data.actions.map(a => a.title)).toEqual(['Bagi pakai Data Terpadu dengan Dinas Sosial (di owner.spbe)']);
        await t.clear();
        const app = await fixesFor({
            'owner.spbe': 'opd B "Badan Perencanaan" {\n    aplikasi APP "Aplikasi Perencanaan" {}\n}',
            'user.spbe': 'opd A "Dinas Sosial" { layanan L { aplikasi B.APP } }'
        }, IssueCodes.CrossOpdAppNotShared);
        expect(app.actions.map(a => a.title)).toEqual(['Tambahkan Dinas Sosial sebagai pengguna aplikasi Aplikasi Perencanaan (di owner.spbe)']);
    });

    test('a duplicate of an Aplikasi Umum: titles and the new item\'s title name the national platform by its title', async () => {
        const { ws, actions } = await fixesFor({
            'pemda.spbe': 'pemda P { koordinator KOMINFO }',
            'hub.spbe': 'opd KOMINFO "Dinas Kominfo" { infrastruktur SPLP_DAERAH "SPLP Daerah" { jenis sistemPenghubung } }',
            'keu.spbe': 'opd BPKAD "Badan Keuangan" { aplikasi SIMDA "Keuangan Daerah" { fungsi keuangan } }',
            'user.spbe': 'opd A { layanan L { aplikasi BPKAD.SIMDA } }'
        }, IssueCodes.DuplicatesAplikasiUmum);
        expect(actions.map(a => a.title)).toEqual([
            'Tambahkan rencana yang menghentikan Keuangan Daerah (di peta-rencana.spbe)',
            'Tambahkan integrasi Keuangan Daerah dengan Sistem Informasi Pemerintahan Daerah melalui SPLP Daerah'
        ]);
        const { files } = await afterFix(ws, actions[0]);
        expect(files['peta-rencana.spbe']).toContain('"Migrasi Keuangan Daerah ke Sistem Informasi Pemerintahan Daerah"');
        for (const action of actions) {
            expect(words(action.title)).not.toMatch(identifier);
        }
    });

    test('a missing property: the property by its label, the value by its label or title', async () => {
        const muatan = await fixesFor({ 'a.spbe': 'opd A "Dinas A" {}\npetaRencana { rencana R { penanggungJawab A tahun 2026 } }' }, IssueCodes.MissingProperty);
        expect(muatan.actions.map(a => a.title)).toEqual(['Tambahkan Muatan: Tata Kelola SPBE']);
        await t.clear();
        const responsible = await fixesFor({
            'pemda.spbe': 'pemda P { periode 2025..2029 koordinator SETDA }',
            'a.spbe': 'opd SETDA "Sekretariat Daerah" {}\npetaRencana { rencana R { muatan aplikasi tahun 2026 } }'
        }, IssueCodes.MissingProperty);
        expect(responsible.actions.map(a => a.title)).toEqual(['Tambahkan Penanggung jawab: Sekretariat Daerah']);
        for (const action of [...muatan.actions, ...responsible.actions]) {
            expect(words(action.title)).not.toMatch(identifier);
        }
    });
});

describe('rename', () => {
    async function rename(files: Record<string, string>, path: string, newName: string) {
        const marked = cursor(files[path]);
        await t.clear();
        const ws = await t.load({ ...files, [path]: marked.text });
        const document = ws.documents[path];
        const edit = await t.services.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(marked.offset), newName
        });
        const byUri = Object.fromEntries(Object.values(ws.documents).map(d => [d.uri.toString(), d.textDocument.getText()]));
        const applied = applyWorkspaceEdit(byUri, edit!);
        return Object.fromEntries(Object.entries(applied).map(([uri, text]) => [uri.replace(/^file:\/\/\/ws\d+\//, ''), text]));
    }

    test('an element: its declaration, unqualified and qualified references, across files', async () => {
        const renamed = await rename({
            'a.spbe': 'opd A { infrastruktur <|>DC { jenis server } aplikasi X { hosting DC } }',
            'b.spbe': 'opd B { aplikasi Y { hosting A.DC } }',
            'r.spbe': 'petaRencana { rencana R { menghentikan A.DC } }'
        }, 'a.spbe', 'DC_BARU');
        expect(renamed['a.spbe']).toBe('opd A { infrastruktur DC_BARU { jenis server } aplikasi X { hosting DC_BARU } }');
        expect(renamed['b.spbe']).toBe('opd B { aplikasi Y { hosting A.DC_BARU } }');
        expect(renamed['r.spbe']).toBe('petaRencana { rencana R { menghentikan A.DC_BARU } }');
    });

    test('an OPD code: direct references and the qualifier of every qualified reference', async () => {
        const renamed = await rename({
            'a.spbe': 'opd <|>DISKOMINFO { infrastruktur DC { jenis server } data D { sifat terbuka walidata DISKOMINFO } }',
            'b.spbe': 'opd B { aplikasi Y { hosting DISKOMINFO.DC } }',
            'r.spbe': 'petaRencana { rencana R { penanggungJawab DISKOMINFO menghentikan DISKOMINFO.DC } }'
        }, 'a.spbe', 'KOMINFO');
        expect(renamed['a.spbe']).toBe('opd KOMINFO { infrastruktur DC { jenis server } data D { sifat terbuka walidata KOMINFO } }');
        expect(renamed['b.spbe']).toBe('opd B { aplikasi Y { hosting KOMINFO.DC } }');
        expect(renamed['r.spbe']).toBe('petaRencana { rencana R { penanggungJawab KOMINFO menghentikan KOMINFO.DC } }');
    });

    test('an invalid new name or a keyword is refused, with the reason in the user\'s language', async () => {
        await expect(rename({ 'a.spbe': 'opd <|>A {}' }, 'a.spbe', 'not valid')).rejects.toThrow(
            "'not valid' tidak bisa dipakai sebagai nama: hanya huruf, angka dan _, tidak diawali angka.");
        await expect(rename({ 'a.spbe': 'opd <|>A {}' }, 'a.spbe', '2A')).rejects.toThrow(/tidak diawali angka/);
        await expect(rename({ 'a.spbe': 'opd A { aplikasi <|>X {} }' }, 'a.spbe', 'aplikasi')).rejects.toThrow(/kata kunci bahasa \.spbe/);
        await expect(rename({ 'a.spbe': 'opd A { data <|>D { sifat terbuka } }' }, 'a.spbe', 'terbuka')).rejects.toThrow(/kata kunci/);
        t.services.spbe.Settings.locale = 'en';
        try {
            await expect(rename({ 'a.spbe': 'opd <|>A {}' }, 'a.spbe', 'opd')).rejects.toThrow("'opd' cannot be used as a name: a keyword of the .spbe language.");
        } finally {
            t.services.spbe.Settings.locale = 'id';
        }
    });

    test('a name taken in the same scope is refused (issue 16: BAPPEDA.PORTAL_SATU_DATA -> LY_SATU_DATA)', async () => {
        const files = {
            'bappeda.spbe': 'opd BAPPEDA {\n    layanan LY_SATU_DATA { probis PB }\n    probis PB {}\n    aplikasi PORTAL_SATU_DATA {}\n}',
            'r.spbe': 'petaRencana { rencana R1 { mewujudkan BAPPEDA.<|>PORTAL_SATU_DATA } rencana R2 {} }'
        };
        await expect(rename(files, 'r.spbe', 'LY_SATU_DATA')).rejects.toThrow(
            'BAPPEDA.LY_SATU_DATA sudah dipakai di OPD BAPPEDA (layanan, bappeda.spbe:2); pilih nama lain.');
        // The same name in another OPD is not a clash: references to it are qualified.
        const renamed = await rename({ ...files, 'other.spbe': 'opd LAIN { aplikasi SIMPEG {} }' }, 'r.spbe', 'SIMPEG');
        expect(renamed['r.spbe']).toBe('petaRencana { rencana R1 { mewujudkan BAPPEDA.SIMPEG } rencana R2 {} }');
        await expect(rename({ 'a.spbe': 'opd <|>A {}\nopd B {}' }, 'a.spbe', 'B')).rejects.toThrow(/^OPD B sudah dipakai di ruang kerja \(a\.spbe:2\)/);
        await expect(rename({ 'r.spbe': 'petaRencana { rencana <|>R1 {} rencana R2 {} }' }, 'r.spbe', 'R2')).rejects.toThrow(/^rencana R2 sudah dipakai/);
    });

    test('prepareRename selects only the name of a qualified reference and refuses the national library', async () => {
        const text = 'opd A { infrastruktur DC { jenis server } aplikasi X { hosting nasional.PDN } }\nopd B { aplikasi Y { hosting A.DC } }';
        const ws = await t.load({ 'a.spbe': text });
        const document = ws.documents['a.spbe'];
        const prepare = (needle: string, delta: number) => t.services.lsp.RenameProvider!.prepareRename(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf(needle) + delta)
        });
        const qualified = text.indexOf('A.DC');
        for (const delta of [0, 3]) {
            const range = await prepare('A.DC', delta);
            expect(range).toEqual({ start: document.textDocument.positionAt(qualified + 2), end: document.textDocument.positionAt(qualified + 4) });
            expect(document.textDocument.getText(range!)).toBe('DC');
        }
        await expect(Promise.resolve().then(() => prepare('nasional.PDN', 10))).rejects.toThrow(/Pustaka nasional bawaan hanya-baca/);
    });
});

describe('formatting', () => {
    const messy = 'opd A {  /** Aplikasi. */ aplikasi X "T" { hosting DC   ref RAA.02.02 // kode\n fungsi keuangan }\n pic "p" }';

    test('canonical indentation, spacing and line breaks; the author\'s property order and comments kept', async () => {
        await expectFormatting(t.services)({
            before: messy,
            after: 'opd A {\n    /** Aplikasi. */\n    aplikasi X "T" {\n        hosting DC\n        ref RAA.02.02 // kode\n        fungsi keuangan\n    }\n\n    pic "p"\n}\n'
        });
    });

    // Issue 16 item 10: Format Document moved `status rencana` below `fungsi` on the shipped example.
    test('Format Document leaves the shipped example\'s property order as it is', async () => {
        const { readFileSync } = await import('node:fs');
        const text = readFileSync('examples/kota-kediri/opd/bappeda.spbe', 'utf-8');
        const ws = await t.load({ 'bappeda.spbe': text });
        const edits = await t.services.lsp.Formatter!.formatDocument(ws.documents['bappeda.spbe'], { textDocument: { uri: '' }, options: { tabSize: 4, insertSpaces: true } });
        const formatted = edits.length ? edits[0].newText : text;
        expect(formatted).toContain('        ref RAA.02.02\n        status rencana\n        fungsi lainnya\n');
        expect(formatted.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    });

    const sortAction = async (text: string, only: string[] | undefined) => {
        const ws = await t.load({ 'a.spbe': text });
        const document = ws.documents['a.spbe'];
        return await t.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only }
        }) as CodeAction[];
    };

    test('the "Urutkan properti" source action puts properties in the canonical order, each with its comments', async () => {
        const actions = await sortAction(messy, ['source']);
        const sort = actions.find(a => a.kind === 'source.sortProperties')!;
        expect(sort.title).toBe('Urutkan properti');
        const [uri] = Object.keys(sort.edit!.changes!);
        expect(applyWorkspaceEdit({ [uri]: messy }, sort.edit!)[uri]).toBe(
            'opd A {\n    pic "p"\n\n    /** Aplikasi. */\n    aplikasi X "T" {\n        ref RAA.02.02 // kode\n        fungsi keuangan\n        hosting DC\n    }\n}\n');
        // Not offered with the quick fixes (the light bulb), nor when the order is already canonical.
        expect((await sortAction(messy, undefined)).filter(a => a.kind === 'source.sortProperties')).toEqual([]);
        expect(await sortAction('opd A {\n    pic "p"\n}\n', ['source.sortProperties'])).toEqual([]);
    });

    test('spbe.format.sortProperties makes Format Document sort as well', async () => {
        t.services.spbe.Settings.sortProperties = true;
        try {
            await expectFormatting(t.services)({
                before: 'opd A { aplikasi X { hosting DC ref RAA.02.02 } }',
                after: 'opd A {\n    aplikasi X {\n        ref RAA.02.02\n        hosting DC\n    }\n}\n'
            });
        } finally {
            t.services.spbe.Settings.sortProperties = false;
        }
    });

    test('is idempotent and keeps every token and comment of every example file', async () => {
        const { readdirSync, readFileSync, statSync } = await import('node:fs');
        const { join } = await import('node:path');
        const files = (dir: string): string[] => readdirSync(dir).flatMap(f => statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.spbe') ? [join(dir, f)] : []);
        for (const file of files('examples')) {
            const text = readFileSync(file, 'utf-8');
            const once = formatSource(t.services, text);
            expect(once, file).toBeDefined();
            expect(formatSource(t.services, once!), file).toBe(once);
            const comments = (s: string) => (s.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? []).sort();
            expect(comments(once!), file).toEqual(comments(text));
        }
    });

    test('a file with syntax errors is left untouched', async () => {
        expect(formatSource(t.services, 'opd A { aplikasi X { fungsi ??? } }')).toBeUndefined();
        expect(formatSource(t.services, 'opd A { "unterminated }')).toBeUndefined();
    });
});

describe('code lens', () => {
    test('each OPD shows its cross-OPD references and findings; petaRencana offers the roadmap', async () => {
        const ws = await t.load({
            'a.spbe': 'opd A { data DT { sifat terbuka } aplikasi X { data B.DB } }',
            'b.spbe': 'opd B { pic "b" data DB { sifat terbuka } layanan L { data A.DT } }\npetaRencana {}'
        });
        const lenses = async (path: string) => (await t.services.lsp.CodeLensProvider!.provideCodeLens(ws.documents[path], { textDocument: { uri: '' } }))!;
        const a = await lenses('a.spbe');
        expect(a.map(l => l.command?.title)).toEqual(['2 referensi lintas-OPD', `${ws.diagnostics('a.spbe').length} temuan`]);
        const b = await lenses('b.spbe');
        expect(b.map(l => l.command?.command)).toEqual(['spbe.showOpdDependencies', 'spbe.showProblems', 'spbe.generateRoadmap']);
    });
});
