import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, InitializeResult, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { until } from '../helpers/until.js';

/**
 * The language server process driven the way VS Code drives it (issue 16): a cross-file quick fix
 * applied to an unsaved document, the OPD dependencies request behind the code lens, a refused
 * rename, and the capabilities the editor relies on (`.` triggers completion).
 */
const files: Record<string, string> = {
    'pemda.spbe': 'pemda P { periode 2025..2029 }\n',
    'opd/dinsos.spbe': 'opd DINSOS "Dinas Sosial" {\n    pic "p"\n    data DT_DTKS { sifat terbatas walidata DINSOS }\n    aplikasi SIKS {}\n}\n',
    'opd/dinkes.spbe': 'opd DINKES {\n    pic "p"\n    probis PB {}\n    aplikasi SIMPUS { hosting nasional.PDN }\n    layanan LY { probis PB aplikasi SIMPUS data DINSOS.DT_DTKS }\n}\n'
};

describe('the language server as the editor uses it', () => {
    let child: ChildProcess;
    let connection: MessageConnection;
    let folder: string;
    let initialized: InitializeResult;
    let server: ServerProcess;
    const published = new Map<string, Diagnostic[]>();
    const uriOf = (path: string) => pathToFileURL(join(folder, path)).href;
    const codesOf = (path: string) => (published.get(uriOf(path)) ?? []).map(d => String(d.code)).sort();

    /** Waits until the last diagnostics published for each file satisfy `expected`. */
    const settled = (expected: () => boolean, what: string) => until(expected, what, () => Object.fromEntries(published));

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'spbe-editor-'));
        mkdirSync(join(folder, 'opd'));
        for (const [path, text] of Object.entries(files)) {
            writeFileSync(join(folder, path), text);
        }
        server = await startServerProcess(folder, {
            configuration: { locale: 'id', validation: { slowChecks: 'onSave' } },
            textDocument: { completion: {}, codeAction: {}, rename: { prepareSupport: true } },
            beforeListen: c => c.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => published.set(params.uri, params.diagnostics))
        });
        ({ child, connection, initialized } = server);
    }, 120_000);

    afterAll(async () => {
        await server?.stop();
    });

    test('advertises . as a completion trigger and the re-check command', () => {
        expect(initialized.capabilities.completionProvider?.triggerCharacters).toContain('.');
        expect(initialized.capabilities.executeCommandProvider?.commands).toContain('spbe.server.recheckWorkspace');
    });

    test('an unsaved cross-file quick fix: both files\' findings follow the new text', async () => {
        const dinkes = uriOf('opd/dinkes.spbe');
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: dinkes, languageId: 'spbe', version: 1, text: files['opd/dinkes.spbe'] } });
        await settled(() => codesOf('opd/dinkes.spbe').includes('cross-opd-data-not-shared') && codesOf('opd/dinsos.spbe').length === 3, 'the initial findings');
        const dinsosBefore = codesOf('opd/dinsos.spbe');
        expect(dinsosBefore).toEqual(['aplikasi-unused', 'aplikasi-without-hosting', 'walidata-without-role']);

        const diagnostic = published.get(dinkes)!.find(d => d.code === 'cross-opd-data-not-shared')!;
        const actions = await connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri: dinkes }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const fix = actions.find(a => a.title.startsWith('Bagi pakai data'))!;
        expect(fix.title).toBe('Bagi pakai data DINSOS.DT_DTKS dengan DINKES (di opd/dinsos.spbe)');

        // What VS Code does with the action: the edit opens DINSOS's file as a dirty document (didOpen
        // with the edited text, nothing saved), then the action's command runs.
        const dinsos = uriOf('opd/dinsos.spbe');
        const edited = TextDocument.applyEdits(TextDocument.create(dinsos, 'spbe', 0, files['opd/dinsos.spbe']), fix.edit!.changes![dinsos] as TextEdit[]);
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: dinsos, languageId: 'spbe', version: 1, text: edited } });
        await connection.sendRequest('workspace/executeCommand', { command: fix.command!.command, arguments: fix.command!.arguments ?? [] });

        await settled(() => !codesOf('opd/dinkes.spbe').includes('cross-opd-data-not-shared'), 'the fixed finding to go');
        expect(codesOf('opd/dinsos.spbe')).toEqual(dinsosBefore);
        expect(readFileSync(join(folder, 'opd/dinsos.spbe'), 'utf-8')).toBe(files['opd/dinsos.spbe']);
    });

    test('the OPD lens and its dependencies request', async () => {
        const dinsos = uriOf('opd/dinsos.spbe');
        const lenses = await connection.sendRequest('textDocument/codeLens', { textDocument: { uri: dinsos } }) as Array<{ command: { title: string; command: string; arguments: unknown[] } }>;
        expect(lenses[0].command).toEqual({ title: '1 referensi lintas-OPD', command: 'spbe.showOpdDependencies', arguments: [dinsos, 'DINSOS'] });
        const result = await connection.sendRequest('spbe/opdDependencies', { uri: dinsos, opd: 'DINSOS' }) as { groups: Array<{ label: string; entries: Array<{ statusText: string }> }> };
        expect(result.groups.map(g => [g.label, g.entries.map(e => e.statusText)])).toEqual([['Dipakai oleh DINKES', ['dibagipakaikan ke DINKES']]]);
    });

    test('a rename to a name taken in the OPD is refused with a message', async () => {
        const dinsos = uriOf('opd/dinsos.spbe');
        const position = { line: 3, character: 14 };
        expect(await connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: dinsos }, position }))
            .toEqual({ start: { line: 3, character: 13 }, end: { line: 3, character: 17 } });
        await expect(connection.sendRequest('textDocument/rename', { textDocument: { uri: dinsos }, position, newName: 'DT_DTKS' }))
            .rejects.toThrow('DINSOS.DT_DTKS sudah dipakai di OPD DINSOS (data, dinsos.spbe:3); pilih nama lain.');
    });

    test('the export prompts get the workspace\'s OPDs (by title) and the periode from the server', async () => {
        expect(await connection.sendRequest('spbe/diagramChoices')).toEqual({
            opds: [{ code: 'DINKES', title: 'DINKES' }, { code: 'DINSOS', title: 'Dinas Sosial' }].sort((a, b) => a.code.localeCompare(b.code)),
            periode: { start: 2025, end: 2029 }
        });
    });
});
