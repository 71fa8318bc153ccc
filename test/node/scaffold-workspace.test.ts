import { cpSync, existsSync, mkdtempSync, promises, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkScaffoldOptions } from 'spbe-server';
import { scaffoldWorkspace, WorkspaceLoadError } from 'spbe-server';
import { repoRoot } from '../helpers/run-cli.js';

afterEach(() => { vi.restoreAllMocks(); });

describe('scaffoldWorkspace (spbe init and spbe/initWorkspace)', () => {
    test('a folder it cannot walk is refused, not taken for an empty one: no second pemda', async () => {
        const ws = join(mkdtempSync(join(tmpdir(), 'spbe-scaffold-')), 'ws');
        cpSync(join(repoRoot, 'examples/minimal'), ws, { recursive: true });
        const before = readdirSync(ws);
        const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        vi.spyOn(promises, 'readdir').mockRejectedValueOnce(denied);
        const error = await scaffoldWorkspace({ folder: ws, name: 'Kota', title: 'Kota', startYear: 2026 }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WorkspaceLoadError);
        expect((error as WorkspaceLoadError).in('en')).toMatch(/Cannot read the folder .*ws: permission denied \(EACCES\); check its permissions/);
        expect(readdirSync(ws)).toEqual(before);
        expect(existsSync(join(ws, 'pemda.spbe'))).toBe(false);
    });

    test('a new folder is created with four files that the shared check accepted', async () => {
        const folder = join(mkdtempSync(join(tmpdir(), 'spbe-scaffold-')), 'baru');
        const files = await scaffoldWorkspace({ folder, name: 'KotaBaru', title: 'Pemerintah Kota Baru', startYear: 2026 });
        expect(files.map(f => f.slice(folder.length + 1)).sort()).toEqual(['opd/diskominfo.spbe', 'opd/setda.spbe', 'pemda.spbe', 'peta-rencana.spbe']);
    });
});

describe('checkScaffoldOptions', () => {
    test.each([
        [{ name: 'KotaBaru', title: 'Kota', startYear: 2026 }, 0],
        [{ name: 'Kota Baru', title: 'Kota', startYear: 2026 }, 1],
        [{ name: 'pemda', title: 'Kota', startYear: 2026 }, 1],
        [{ name: 'Kota', title: '', startYear: 2026 }, 1],
        [{ name: 'Kota', title: 'a\u0007b', startYear: 2026 }, 1],
        [{ name: 'Kota', title: 'Kota', startYear: 'abc' }, 1],
        [{ name: 'Kota', title: 'Kota', startYear: 9996 }, 1],
        [{ name: 42, title: null, startYear: 2026.5 }, 3]
    ])('%j: %i problem(s)', (input, count) => {
        const checked = checkScaffoldOptions(input);
        expect(checked.problems).toHaveLength(count);
        expect(checked.options === undefined).toBe(count > 0);
    });
});
