import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { spawnServer } from '../helpers/server-process.js';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { loadWorkspace } from 'spbe-server';
import { matchString } from '../../packages/language/src/parser/spbe-token-builder.js';
import { InputLimits } from '../../packages/language/src/workspace/input-limits.js';
import { createTestServices } from '../helpers/test-services.js';

function workspace(files: Record<string, string | Uint8Array>): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-unbounded-'));
    for (const [path, content] of Object.entries(files)) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), content);
    }
    return dir;
}

describe('unbounded input never kills the process', () => {
    test('the string scanner matches what the grammar\'s regex matches', () => {
        const regex = /"(\\[^\r\n]|[^"\\\r\n])*"/y;
        const cases = ['"abc" x', '""', '"a\\"b"', '"a\\\\"b', '"unterminated', '"line\nbreak"', '"esc at end\\', '"a\\\nb"', 'x"a"', '"ü\\u00e9 \\t"', '"\r"'];
        for (const text of cases) {
            regex.lastIndex = 0;
            expect(matchString(text, 0)?.[0], text).toEqual(regex.exec(text)?.[0]);
        }
        expect(matchString('ab"cd"', 2)?.[0]).toBe('"cd"');
    });

    test('a 5 MB string literal (and 2.5 M escapes) is a limit diagnostic, not a stack overflow', async () => {
        const big = 'x'.repeat(5_000_000);
        const escapes = '\\"'.repeat(2_500_000);
        const t = createTestServices();
        const loaded = await t.load({ 'a.spbe': `opd A "${big}" {\n    pic "P"\n    aplikasi B "${escapes}" { }\n}\n` });
        const tooLong = loaded.withCode('syntax');
        expect(tooLong.map(d => d.range.start.line)).toEqual([0, 2]);
        expect(tooLong[0].message).toMatch(/5\.000\.002 karakter melebihi batas 1\.000\.000/);
        expect(loaded.codes()).not.toContain('internal-error');
        // The rest of the file is still checked.
        expect(loaded.codes()).toContain('aplikasi-without-hosting');
    }, 60_000);

    test('a string at the limit is accepted', async () => {
        const t = createTestServices();
        const title = 'y'.repeat(InputLimits.stringChars - 2);
        const loaded = await t.load({ 'a.spbe': `opd A "${title}" { pic "P" }\n` });
        expect(loaded.codes()).not.toContain('syntax');
    });

    test('a file over the size limit is one clear diagnostic, and the other files are checked', async () => {
        const huge = Buffer.alloc(InputLimits.fileBytes + 1, 0x20);
        const dir = workspace({ 'opd/huge.spbe': huge, 'opd/b.spbe': 'opd B { }\n' });
        const ws = await loadWorkspace(dir, { locale: 'en' });
        const problem = ws.diagnostics.filter(d => d.file === 'opd/huge.spbe');
        expect(problem).toHaveLength(1);
        expect(problem[0]).toMatchObject({ code: 'syntax', line: 1 });
        expect(problem[0].message).toMatch(/^The file of 32 MB exceeds the limit of 32 MB and was not checked/);
        expect(ws.diagnostics.some(d => d.file === 'opd/b.spbe' && d.code === 'opd-missing-pic')).toBe(true);
    });

    test('the language server stays up when a 5 MB string literal is opened, and still answers', async () => {
        const dir = workspace({ 'pemda.spbe': 'pemda P "P" { periode 2025..2029 }\n' });
        const uri = pathToFileURL(join(dir, 'big.spbe')).href;
        let published!: Promise<PublishDiagnosticsParams>;
        const { child, connection } = spawnServer(dir, c => {
            published = new Promise(resolve => c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
                if (p.uri === uri && p.diagnostics.length > 0) {
                    resolve(p);
                }
            }));
        });
        let exited: number | null | undefined;
        child.on('exit', code => { exited = code; });
        try {
            const root = pathToFileURL(dir).href;
            await connection.sendRequest('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'w' }], capabilities: {} });
            await connection.sendNotification('initialized', {});
            const text = `opd A "${'x'.repeat(5_000_000)}" {\n    pic "P"\n}\n`;
            await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'spbe', version: 1, text } });
            const diagnostics = (await published).diagnostics;
            expect(diagnostics.map(d => d.code)).toContain('syntax');
            const symbols = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as unknown[];
            expect(symbols.length).toBe(1);
            expect(exited).toBeUndefined();
        } finally {
            await connection.sendRequest('shutdown').catch(() => undefined);
            connection.dispose();
            child.kill();
        }
    }, 90_000);
});

describe('a long setelah cycle', () => {
    test('10,000 items: every item reported, each message names its length and its first items only', async () => {
        const n = 10_000;
        const items = Array.from({ length: n }, (_, i) => `rencana R${i} { setelah R${(i + n - 1) % n} }`).join('\n');
        const t = createTestServices();
        const loaded = await t.load({ 'main.spbe': `petaRencana {\n${items}\n}\n` });
        const cycles = loaded.withCode('roadmap-dependency-cycle');
        expect(cycles).toHaveLength(n);
        expect(Math.max(...cycles.slice(0, 100).map(d => d.message.length))).toBeLessThan(200);
        const messages = new Map(cycles.map(d => [d.range.start.line, d.message]));
        expect(messages.get(1)).toBe('Ketergantungan `setelah` membentuk siklus 10000 rencana: R0 → R9999 → R9998 → R9997 → R9996 → ….');
        expect(messages.get(6)).toMatch(/: R5 → R4 → R3 → R2 → R1 → …\.$/);
    }, 60_000);
});
