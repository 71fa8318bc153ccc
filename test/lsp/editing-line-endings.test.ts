import { afterEach, describe, expect, test } from 'vitest';
import { IssueCodes } from 'spbe-model';
import { formatSource } from 'spbe-language';
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

    test('a mixed LF/CRLF file: breaks inside block comments stay byte for byte, new lines use the dominant break', () => {
        // Mostly CRLF; the comment holds one LF and one CRLF break, the first line ends with LF.
        const mixed = 'opd A {\n pic "p"\r\n /* x\r\ny\nz */\r\n email "e"\r\n}\r\n';
        const formatted = formatSource(t.services, mixed)!;
        expect(formatted).toBe('opd A {\r\n    pic "p"\r\n    /* x\r\ny\nz */\r\n    email "e"\r\n}\r\n');
        expect(formatSource(t.services, formatted)).toBe(formatted);
        // Mostly LF: the new lines are LF, the comment's CRLF stays.
        const mostlyLf = 'opd A {\r\n pic "p"\n /* x\r\ny */\n email "e"\n}\n';
        expect(formatSource(t.services, mostlyLf)).toBe('opd A {\n    pic "p"\n    /* x\r\ny */\n    email "e"\n}\n');
    });

    test('blank lines inside a block comment are kept (only blank lines between lines are collapsed)', () => {
        expect(formatSource(t.services, 'opd A {\n\n\n /* a\n\n\n\nb */ pic "p" }\n')).toBe('opd A {\n    /* a\n\n\n\nb */\n    pic "p"\n}\n');
    });

    test('a leading BOM is kept by formatSource and by Format Document', async () => {
        const text = '\uFEFFopd ZZ "z" {   pic "p" }\n';
        expect(formatSource(t.services, text)).toBe('\uFEFFopd ZZ "z" {\n    pic "p"\n}\n');
        const ws = await t.load({ 'zz.spbe': text });
        const edits = await t.services.lsp.Formatter!.formatDocument(ws.documents['zz.spbe'], { textDocument: { uri: '' }, options: { tabSize: 4, insertSpaces: true } });
        expect(edits).toHaveLength(1);
        expect(edits[0].range.start).toEqual({ line: 0, character: 0 });
        expect(edits[0].newText.startsWith('\uFEFFopd ZZ')).toBe(true);
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
