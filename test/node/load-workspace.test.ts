import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findSourceFiles, loadWorkspace, WorkspaceLoadError } from 'spbe-server';

function workspace(files: Record<string, string | Uint8Array>): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-load-'));
    for (const [path, content] of Object.entries(files)) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), content);
    }
    return dir;
}

describe('loadWorkspace', () => {
    test('finds .spbe files recursively, skipping dot-folders, node_modules and out', async () => {
        const dir = workspace({ 'a.spbe': '', 'opd/b.spbe': '', '.git/c.spbe': '', 'node_modules/d.spbe': '', 'out/e.spbe': '', 'f.txt': '' });
        expect((await findSourceFiles(dir)).map(p => p.slice(dir.length + 1))).toEqual(['a.spbe', 'opd/b.spbe']);
    });

    test('a missing folder, a file instead of a folder, and a folder without sources are load errors', async () => {
        await expect(loadWorkspace('/definitely/not/here')).rejects.toBeInstanceOf(WorkspaceLoadError);
        const dir = workspace({ 'x.txt': 'no sources' });
        await expect(loadWorkspace(dir)).rejects.toThrow(/No .spbe files/);
        await expect(loadWorkspace(join(dir, 'x.txt'))).rejects.toThrow(/Not a folder/);
    });

    test('invalid UTF-8: one syntax diagnostic at the first bad byte, and the rest of the file still works', async () => {
        const bad = new Uint8Array([...new TextEncoder().encode('opd A { pic "Kota'), 0xe9, ...new TextEncoder().encode('" }\nopd B {}\n')]);
        const ws = await loadWorkspace(workspace({ 'bad.spbe': bad }));
        const syntax = ws.diagnostics.filter(d => d.code === 'syntax');
        expect(syntax).toHaveLength(1);
        expect(syntax[0]).toMatchObject({ file: 'bad.spbe', line: 1, column: 18 });
        expect(syntax[0].message).toMatch(/UTF-8/);
        expect(ws.diagnostics.filter(d => d.code === 'opd-missing-pic').map(d => d.line)).toEqual([2]);
    });

    test('a BOM and CRLF line endings are accepted', async () => {
        const ws = await loadWorkspace(workspace({ 'a.spbe': '\uFEFFopd A {\r\n}\r\n' }));
        expect(ws.diagnostics.filter(d => d.code === 'opd-missing-pic').map(d => [d.line, d.column])).toEqual([[1, 5]]);
        expect(ws.diagnostics.filter(d => d.code === 'syntax')).toEqual([]);
    });

    test('an unreadable file is a diagnostic, not a crash, and the others are still checked', async () => {
        const dir = workspace({ 'a.spbe': 'pemda P { periode 2025..2029 } opd A { pic "a" }', 'b.spbe': 'opd B { pic "b" }' });
        const ws = await loadWorkspace(dir, {
            readFile: async file => {
                if (file.endsWith('b.spbe')) {
                    throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
                }
                return readFileSync(file);
            }
        });
        const b = ws.diagnostics.filter(d => d.file === 'b.spbe');
        expect(b).toEqual([expect.objectContaining({ code: 'syntax', line: 1, severity: 'error' })]);
        expect(b[0].message).toContain('EACCES');
        expect(ws.diagnostics.filter(d => d.file === 'a.spbe').map(d => d.code)).toContain('missing-domain');
    });

    test('diagnostics are sorted by file then line, with 1-based positions', async () => {
        const ws = await loadWorkspace(workspace({ 'z.spbe': 'opd Z {}', 'a.spbe': '\n\nopd A2 {}\nopd A1 {}' }));
        expect(ws.diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
            'a.spbe:3:5 missing-pemda', 'a.spbe:3:5 opd-missing-pic', 'a.spbe:4:5 opd-missing-pic', 'z.spbe:1:5 opd-missing-pic']);
    });
});
