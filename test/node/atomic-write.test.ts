import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { UnsafeWriteError, writeFileAtomic, WriteFailedError } from 'spbe-server';

const fresh = () => mkdtempSync(join(tmpdir(), 'spbe-write-'));

describe('writeFileAtomic', () => {
    test('removes the temp files a killed writer left (its pid is gone), never a live process\'s', async () => {
        const root = fresh();
        // A pid that existed and has exited: the child has been reaped once spawnSync returns.
        const dead = spawnSync(process.execPath, ['-e', '']).pid;
        const stale = `.peta-rencana-spbe.pdf.${dead}.0a1b2c3d.tmp`;
        const live = `.arsitektur-spbe.pdf.${process.ppid}.0a1b2c3d.tmp`;
        const notOurs = `.notes.${dead}.tmp`;
        for (const name of [stale, live, notOurs]) {
            writeFileSync(join(root, name), 'half');
        }
        await writeFileAtomic('peta-rencana-spbe.pdf', 'whole', { root });
        expect(readdirSync(root).sort()).toEqual([live, notOurs, 'peta-rencana-spbe.pdf'].sort());
    });

    test('creates folders and leaves no temporary file behind', async () => {
        const root = fresh();
        await writeFileAtomic('out/deep/a.md', 'hello', { root });
        expect(readFileSync(join(root, 'out/deep/a.md'), 'utf-8')).toBe('hello');
        expect(readdirSync(join(root, 'out/deep'))).toEqual(['a.md']);
    });

    test('refuses to write outside the root, directly or through a symlinked folder', async () => {
        const root = fresh();
        await expect(writeFileAtomic('../escape.md', 'x', { root })).rejects.toBeInstanceOf(UnsafeWriteError);
        await expect(writeFileAtomic('/tmp/abs.md', 'x', { root })).rejects.toBeInstanceOf(UnsafeWriteError);
        const outside = fresh();
        symlinkSync(outside, join(root, 'link'));
        await expect(writeFileAtomic('link/x.md', 'x', { root })).rejects.toThrow(/through a symbolic link/);
        expect(readdirSync(outside)).toEqual([]);
    });

    test('a write refused because of a symlinked folder creates nothing outside first', async () => {
        const root = fresh();
        const outside = fresh();
        symlinkSync(outside, join(root, 'link'));
        await expect(writeFileAtomic('link/a/b/x.md', 'x', { root })).rejects.toBeInstanceOf(UnsafeWriteError);
        expect(readdirSync(outside)).toEqual([]);
    });

    test('a boundary: a default output folder that is a symlink cannot carry files out of the workspace', async () => {
        const workspace = fresh();
        const outside = fresh();
        symlinkSync(outside, join(workspace, 'out'));
        await expect(writeFileAtomic('x.md', 'x', { root: join(workspace, 'out'), boundary: workspace })).rejects.toThrow(/symbolic link/);
        expect(readdirSync(outside)).toEqual([]);
        // Without a boundary the chosen folder itself may be a link (an explicit -o).
        await writeFileAtomic('x.md', 'x', { root: join(workspace, 'out') });
        expect(readdirSync(outside)).toEqual(['x.md']);
    });

    test('a file where the output folder should be: a WriteFailedError naming it, in both languages', async () => {
        const root = fresh();
        writeFileSync(join(root, 'afile'), 'keep');
        const error = await writeFileAtomic('afile/deep/x.md', 'x', { root }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WriteFailedError);
        expect((error as WriteFailedError).in('en')).toMatch(/afile is a file, not a folder; choose another output folder/);
        expect((error as WriteFailedError).in('id')).toMatch(/afile adalah berkas, bukan folder/);
        expect(readFileSync(join(root, 'afile'), 'utf-8')).toBe('keep');
    });

    test('never overwrites a .spbe source, and other files only when asked', async () => {
        const root = fresh();
        writeFileSync(join(root, 'pemda.spbe'), 'original');
        await expect(writeFileAtomic('pemda.spbe', 'x', { root, overwrite: true })).rejects.toThrow(/\.spbe source/);
        expect(readFileSync(join(root, 'pemda.spbe'), 'utf-8')).toBe('original');
        writeFileSync(join(root, 'report.md'), 'old');
        await expect(writeFileAtomic('report.md', 'new', { root })).rejects.toThrow(/exists/);
        await writeFileAtomic('report.md', 'new', { root, overwrite: true });
        expect(readFileSync(join(root, 'report.md'), 'utf-8')).toBe('new');
    });

    test('a failed write leaves the previous file intact', async () => {
        const root = fresh();
        writeFileSync(join(root, 'report.md'), 'old');
        // A folder where the file should go makes the final rename fail after the temp file is written.
        const blocked = join(root, 'blocked.md');
        await writeFileAtomic('blocked.md/inner', 'x', { root });
        await expect(writeFileAtomic('blocked.md', 'new', { root, overwrite: true })).rejects.toThrow();
        expect(existsSync(join(blocked, 'inner'))).toBe(true);
        expect(readdirSync(root).filter(f => f.endsWith('.tmp'))).toEqual([]);
        expect(readFileSync(join(root, 'report.md'), 'utf-8')).toBe('old');
    });
});
