import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { spawningTestTimeout } from '../helpers/run-cli.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

/**
 * A client that answers `workspace/configuration` at start-up (Neovim, Helix, Emacs; no
 * initializationOptions) gets its `spbe.locale` from the first diagnostics on, not after its next
 * settings change.
 */
describe('start-up configuration from workspace/configuration', () => {
    let server: ServerProcess | undefined;
    const published = new Map<string, Diagnostic[]>();
    const dir = mkdtempSync(join(tmpdir(), 'spbe-startup-config-'));
    writeFileSync(join(dir, 'pemda.spbe'), 'pemda P "Pemerintah Kota Contoh" {\n    periode 2025..2029\n    jenis kotamadya\n}\n');

    beforeAll(async () => {
        server = await startServerProcess(dir, {
            configuration: { locale: 'en' },
            beforeListen: c => c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => published.set(p.uri, p.diagnostics))
        });
    }, spawningTestTimeout);

    afterAll(async () => {
        await server?.stop();
    });

    test('the first validation already speaks the configured language', () => {
        const messages = (published.get(pathToFileURL(join(dir, 'pemda.spbe')).href) ?? []).map(d => d.message);
        expect(messages.some(m => m.startsWith('Syntax error: `kotamadya`')), JSON.stringify(messages)).toBe(true);
        expect(messages.some(m => m.startsWith('Kesalahan sintaks'))).toBe(false);
    }, spawningTestTimeout);
});
