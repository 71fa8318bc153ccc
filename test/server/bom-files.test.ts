import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

/**
 * A closed file that starts with a UTF-8 BOM is read as the CLI and VS Code read it (BOM dropped),
 * so the server's positions on its first line match the editor's: a rename edit lands on the name,
 * and diagnostics point at the right column.
 */
const bom = '\uFEFF';
const files: Record<string, string> = {
    'pemda.spbe': 'pemda P { periode 2025..2029 }\n',
    // Closed, with a BOM; `NOPE` on line 0 is an unresolved reference.
    'opd/dinsos.spbe': `${bom}opd DINSOS "Dinas Sosial" { pic "p" aplikasi A { hosting NOPE } }\n`,
    'opd/dinkes.spbe': 'opd DINKES {\n    pic "p"\n    data D { sifat terbuka walidata DINSOS }\n}\n'
};

describe('closed files with a BOM', () => {
    let folder: string;
    let server: ServerProcess;
    const published = new Map<string, Diagnostic[]>();
    const uriOf = (path: string) => pathToFileURL(join(folder, path)).href;

    beforeAll(async () => {
        folder = join(mkdtempSync(join(tmpdir(), 'spbe-bom-')), 'ws');
        for (const [path, text] of Object.entries(files)) {
            mkdirSync(join(folder, path, '..'), { recursive: true });
            writeFileSync(join(folder, path), text);
        }
        server = await startServerProcess(folder, {
            configuration: {},
            beforeListen: connection => connection.onNotification('textDocument/publishDiagnostics',
                (params: { uri: string; diagnostics: Diagnostic[] }) => published.set(params.uri, params.diagnostics))
        });
    }, 60_000);
    afterAll(() => server?.stop());

    test('a diagnostic on line 0 of a closed BOM file points at the column VS Code shows', () => {
        const line = files['opd/dinsos.spbe'].slice(1);
        const diagnostics = published.get(uriOf('opd/dinsos.spbe')) ?? [];
        const nope = diagnostics.find(d => d.range.start.line === 0 && d.range.end.character - d.range.start.character === 4);
        expect(nope?.range.start.character, JSON.stringify(diagnostics)).toBe(line.indexOf('NOPE'));
    });

    test('renaming from another file edits the name in the closed BOM file, not one character to the right', async () => {
        const text = files['opd/dinkes.spbe'];
        published.delete(uriOf('opd/dinkes.spbe'));
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf('opd/dinkes.spbe'), languageId: 'spbe', version: 1, text } });
        for (const deadline = Date.now() + 30_000; !published.has(uriOf('opd/dinkes.spbe')) && Date.now() < deadline;) {
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        const edit = await server.connection.sendRequest('textDocument/rename', {
            textDocument: { uri: uriOf('opd/dinkes.spbe') }, position: { line: 2, character: text.split('\n')[2].indexOf('DINSOS') + 2 }, newName: 'DINSOSX'
        }) as WorkspaceEdit;
        const changes = edit.changes ?? Object.fromEntries((edit.documentChanges ?? []).map(c => ['textDocument' in c ? [c.textDocument.uri, c.edits] : []][0]));
        const start = files['opd/dinsos.spbe'].slice(1).indexOf('DINSOS');
        expect(changes[uriOf('opd/dinsos.spbe')]).toEqual([{ range: { start: { line: 0, character: start }, end: { line: 0, character: start + 6 } }, newText: 'DINSOSX' }]);
    });
});
