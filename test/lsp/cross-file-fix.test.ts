import { afterEach, beforeAll, expect, test } from 'vitest';
import { setTextDocument } from 'langium/test';
import { URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { IssueCodes } from 'spbe-model';
import { SpbeServerCommands } from 'spbe-language';
import { createTestServices } from '../helpers/test-services.js';
import { applyWorkspaceEdit } from '../helpers/apply-edit.js';

const t = createTestServices();
const shared = t.services.shared;
// As in the server: the workspace is initialized (document updates wait for that), and edits run
// only the fast checks while the slow ones wait for a save (spec §5.5, `slowChecks: onSave`).
beforeAll(async () => {
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    t.services.spbe.WorkspaceValidation.applyMode('onSave');
});
afterEach(() => t.clear());

const files = {
    'pemda.spbe': 'pemda P { periode 2025..2029 }',
    // Besides the data DINKES uses, DINSOS has findings of its own: slow ones (aplikasi-unused,
    // walidata-without-role) and a fast one (aplikasi-without-hosting).
    'opd/dinsos.spbe': 'opd DINSOS {\n    pic "p"\n    data DT_DTKS { sifat terbatas walidata DINSOS }\n    aplikasi SIKS {}\n}\n',
    'opd/dinkes.spbe': 'opd DINKES {\n    pic "p"\n    probis PB {}\n    aplikasi SIMPUS { hosting nasional.PDN }\n    layanan LY { probis PB aplikasi SIMPUS data DINSOS.DT_DTKS }\n}\n'
};

/**
 * Issue 16 item 3: the quick fix on DINKES edits DINSOS's file, which the editor leaves unsaved.
 * The editor sends DINSOS's new text, then runs the fix's command; both files' findings must then
 * follow the new text: the fixed finding gone from DINKES, DINSOS's own findings all still there.
 */
test('a cross-file quick fix names the file it edits and re-checks the workspace on the unsaved text', async () => {
    const ws = await t.load(files);
    const documents = shared.workspace.LangiumDocuments;
    const codes = (path: string) => (documents.getDocument(ws.documents[path].uri)!.diagnostics ?? []).map(d => String(d.code)).sort();
    const dinsosBefore = codes('opd/dinsos.spbe');
    expect(dinsosBefore).toEqual([IssueCodes.AplikasiUnused, IssueCodes.AplikasiWithoutHosting, IssueCodes.WalidataWithoutRole]);
    expect(codes('opd/dinkes.spbe')).toEqual([IssueCodes.CrossOpdDataNotShared]);

    const dinkes = ws.documents['opd/dinkes.spbe'];
    const diagnostic = ws.withCode(IssueCodes.CrossOpdDataNotShared, 'opd/dinkes.spbe')[0];
    const [action] = await t.services.lsp.CodeActionProvider!.getCodeActions(dinkes, {
        textDocument: { uri: dinkes.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) as CodeAction[];
    expect(action.title).toBe('Bagi pakai data DINSOS.DT_DTKS dengan DINKES (di opd/dinsos.spbe)');
    expect(action.command?.command).toBe(SpbeServerCommands.RecheckWorkspace);
    expect(shared.lsp.ExecuteCommandHandler?.commands).toContain(SpbeServerCommands.RecheckWorkspace);

    // The editor applies the edit to DINSOS's (open or newly opened, unsaved) document…
    const dinsosUri = ws.documents['opd/dinsos.spbe'].uri.toString();
    const edited = applyWorkspaceEdit({ [dinsosUri]: files['opd/dinsos.spbe'] }, action.edit!)[dinsosUri];
    expect(edited).toContain('sifat terbatas walidata DINSOS bagiPakai DINKES');
    const textDocument = TextDocument.create(dinsosUri, 'spbe', 2, edited);
    setTextDocument(shared, textDocument);
    shared.lsp.DocumentUpdateHandler.didChangeContent({ document: textDocument });
    // …then runs the action's command.
    await shared.lsp.ExecuteCommandHandler!.executeCommand(action.command!.command, action.command!.arguments ?? []);

    expect(documents.getDocument(URI.parse(dinsosUri))!.textDocument.getText()).toBe(edited);
    expect(codes('opd/dinkes.spbe')).toEqual([]);
    expect(codes('opd/dinsos.spbe')).toEqual(dinsosBefore);
});

test('a fix within the same file keeps its title; titles follow the locale', async () => {
    const ws = await t.load({ 'a.spbe': 'opd A { data D {} }', 'b.spbe': 'opd B { data DT { sifat terbatas } }\nopd C { layanan L { data B.DT } }' });
    const titles = async (path: string, code: string) => {
        const diagnostic = ws.withCode(code, path)[0];
        const actions = await t.services.lsp.CodeActionProvider!.getCodeActions(ws.documents[path], {
            textDocument: { uri: ws.documents[path].uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        return actions.map(a => [a.title, a.command?.title]);
    };
    expect(await titles('a.spbe', IssueCodes.MissingProperty)).toEqual([['Tambahkan Sifat data: Terbatas', 'Periksa ulang ruang kerja']]);
    expect(await titles('b.spbe', IssueCodes.CrossOpdDataNotShared)).toEqual([['Bagi pakai data B.DT dengan C', 'Periksa ulang ruang kerja']]);
    t.services.spbe.Settings.locale = 'en';
    try {
        expect(await titles('a.spbe', IssueCodes.MissingProperty)).toEqual([['Add Data classification: Restricted', 'Re-check the workspace']]);
        expect(await titles('b.spbe', IssueCodes.CrossOpdDataNotShared)).toEqual([['Share the data B.DT with C', 'Re-check the workspace']]);
    } finally {
        t.services.spbe.Settings.locale = 'id';
    }
});
