import { afterEach, describe, expect, test } from 'vitest';
import { IssueCodes, formatSource } from 'spbe-language';
import type { CodeAction } from 'vscode-languageserver';
import { applyWorkspaceEdit } from '../helpers/apply-edit.js';
import { createTestServices, cursor } from '../helpers/test-services.js';

const t = createTestServices();
afterEach(() => t.clear());

const lone = /(?<!\r)\n/;

/** Every editor action that writes .spbe text keeps what it does not own: here, a CRLF file's line breaks and comments. */
describe('editor writes keep the file\'s line breaks (CRLF)', () => {
    test('the formatter lays out a CRLF file in CRLF: same layout as LF, no lone LF', () => {
        const lf = '// kepala\nopd A {  aplikasi X "T" { hosting DC   fungsi keuangan }\n /* catatan\n   dua baris */ pic "p" }\n';
        const crlf = lf.replace(/\n/g, '\r\n');
        const formatted = formatSource(t.services, crlf)!;
        expect(formatted).toBe(formatSource(t.services, lf)!.replace(/\n/g, '\r\n'));
        expect(lone.test(formatted)).toBe(false);
        expect(formatSource(t.services, formatted)).toBe(formatted);
    });

    test('a quick fix adding a line to a multi-line block uses CRLF in a CRLF file', async () => {
        const owner = 'opd B {\r\n    // milik B\r\n    aplikasi APP {\r\n        fungsi sektoral\r\n    }\r\n}\r\n';
        const ws = await t.load({ 'owner.spbe': owner, 'user.spbe': 'opd A { layanan L { aplikasi B.APP } }' });
        const document = ws.documents['user.spbe'];
        const diagnostic = ws.withCode(IssueCodes.CrossOpdAppNotShared, 'user.spbe')[0];
        const actions = await t.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const byUri = Object.fromEntries(Object.values(ws.documents).map(d => [d.uri.toString(), d.textDocument.getText()]));
        const applied = applyWorkspaceEdit(byUri, actions[0].edit!);
        const after = applied[ws.documents['owner.spbe'].uri.toString()];
        expect(after).toBe('opd B {\r\n    // milik B\r\n    aplikasi APP {\r\n        fungsi sektoral\r\n        pengguna A\r\n    }\r\n}\r\n');
    });

    test('a quick fix creating an OPD in a file that already exists (CRLF) inserts it with CRLF and keeps the file', async () => {
        const ws = await t.load({ 'pemda.spbe': 'pemda P { periode 2025..2029 koordinator SETDA }', 'opd/setda.spbe': '// berkas SETDA\r\n' });
        const document = ws.documents['pemda.spbe'];
        const diagnostic = ws.withCode(IssueCodes.UnresolvedReference, 'pemda.spbe')[0];
        const actions = await t.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const byUri = Object.fromEntries(Object.values(ws.documents).map(d => [d.uri.toString(), d.textDocument.getText()]));
        const applied = applyWorkspaceEdit(byUri, actions[0].edit!);
        expect(applied[ws.documents['opd/setda.spbe'].uri.toString()]).toBe('opd SETDA "" {\r\n    pic ""\r\n}\r\n// berkas SETDA\r\n');
    });

    test('rename changes the names only: comments and CRLF stay', async () => {
        const text = '// DC di sini\r\nopd A {\r\n    infrastruktur <|>DC { jenis server } /* DC */\r\n    aplikasi X { hosting DC }\r\n}\r\n';
        const marked = cursor(text);
        const ws = await t.load({ 'a.spbe': marked.text });
        const document = ws.documents['a.spbe'];
        const edit = await t.services.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(marked.offset), newName: 'PUSAT'
        });
        const applied = applyWorkspaceEdit({ [document.uri.toString()]: marked.text }, edit!);
        expect(applied[document.uri.toString()]).toBe('// DC di sini\r\nopd A {\r\n    infrastruktur PUSAT { jenis server } /* DC */\r\n    aplikasi X { hosting PUSAT }\r\n}\r\n');
    });
});
