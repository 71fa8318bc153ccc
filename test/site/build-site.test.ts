import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, promises, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildSite, diskSiteSource, SiteMarker, UserError, WorkspaceHasErrorsError } from 'spbe-server';
import { hostileWorkspace } from '../generator/hostile-fixture.js';
import { fakeAssets } from './site-fixture.js';

const build = (workspace: string, out: string, params: Parameters<typeof buildSite>[2] = {}) =>
    buildSite(diskSiteSource(workspace, 'id'), { dir: out }, params, 'id', fakeAssets);

describe('buildSite: atomic, and never over sources or a foreign folder', () => {
    test('builds into a new folder, then replaces the previous site as a whole', async () => {
        const workspace = hostileWorkspace();
        const out = join(mkdtempSync(join(tmpdir(), 'spbe-site-out-')), 'site');
        const first = await build(workspace, out);
        expect(first.index).toBe(join(out, 'index.html'));
        expect(existsSync(join(out, SiteMarker))).toBe(true);
        expect(existsSync(join(out, 'opd', 'A.html'))).toBe(true);
        writeFileSync(join(out, 'stale.html'), 'from an older build');
        await build(workspace, out);
        expect(existsSync(join(out, 'stale.html'))).toBe(false);
        // No temporary folder is left beside it.
        expect(readdirSync(join(out, '..'))).toEqual(['site']);
    }, 60_000);

    test('refuses a folder with .spbe sources, and one that is neither empty nor a site; nothing is changed', async () => {
        const workspace = hostileWorkspace();
        await expect(build(workspace, workspace)).rejects.toThrow(/\.spbe/);
        expect(readdirSync(workspace)).toEqual(['ws.spbe']);
        const mine = mkdtempSync(join(tmpdir(), 'spbe-site-mine-'));
        writeFileSync(join(mine, 'thesis.docx'), 'precious');
        await expect(build(workspace, mine)).rejects.toBeInstanceOf(UserError);
        expect(readFileSync(join(mine, 'thesis.docx'), 'utf-8')).toBe('precious');
        expect(readdirSync(mine)).toEqual(['thesis.docx']);
        const nested = mkdtempSync(join(tmpdir(), 'spbe-site-nested-'));
        mkdirSync(join(nested, 'deep'));
        writeFileSync(join(nested, 'deep', 'a.spbe'), 'opd A {}');
        writeFileSync(join(nested, SiteMarker), '');
        await expect(build(workspace, nested)).rejects.toThrow(/\.spbe/);
    }, 60_000);

    test('checks the base URL and the locale before loading; refuses a workspace with errors unless allowed', async () => {
        const out = join(mkdtempSync(join(tmpdir(), 'spbe-site-params-')), 'site');
        await expect(build('/nonexistent/workspace', out, { baseUrl: 'spbe' })).rejects.toThrow(/base-url/);
        await expect(build('/nonexistent/workspace', out, { locale: 'fr' })).rejects.toBeInstanceOf(UserError);
        const broken = mkdtempSync(join(tmpdir(), 'spbe-site-broken-'));
        writeFileSync(join(broken, 'ws.spbe'), 'pemda P "Pemerintah Kota P" { periode 2026..2027 }\nopd A "A" { aplikasi X { hosting NOPE } }\n');
        await expect(build(broken, out)).rejects.toBeInstanceOf(WorkspaceHasErrorsError);
        expect(existsSync(out)).toBe(false);
        const site = await build(broken, out, { allowErrors: true });
        expect(site.errors).toBe(1);
        expect(readFileSync(join(out, 'index.html'), 'utf-8')).toMatch(/class="notice" role="note">[^<]*1 galat; situs ini mungkin tidak lengkap/);
        expect(readFileSync(join(out, 'index.html'), 'utf-8')).not.toContain('dokumen ini');
    }, 60_000);
});

describe('buildSite: what is left behind and what the messages name', () => {
    afterEach(() => { vi.restoreAllMocks(); });

    test('removes the temporary folders of a killed build, never those of a build still running', async () => {
        const parent = mkdtempSync(join(tmpdir(), 'spbe-site-stale-'));
        // A process that has ended: its pid is free (a killed build's); one that runs: another build at work.
        const ended = spawnSync(process.execPath, ['-e', '0']);
        const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
        try {
            const stale = `.site.${ended.pid}.0a1b2c3d.new`;
            const live = `.site.${running.pid}.0a1b2c3d.new`;
            const liveOld = `.site.${running.pid}.0a1b2c3d.old`;
            const old = `.site.${ended.pid}.0a1b2c3d.old`;
            for (const name of [stale, live, liveOld, old]) {
                mkdirSync(join(parent, name, 'opd'), { recursive: true });
                writeFileSync(join(parent, name, SiteMarker), '');
            }
            // The old site of a build killed after its swap: the site is there, so the copy goes.
            await build(hostileWorkspace(), join(parent, 'site'));
            expect(readdirSync(parent).sort()).toEqual([live, liveOld, 'site'].sort());
        } finally {
            running.kill();
        }
    }, 60_000);

    test('a build killed between its two renames: its old site is put back before anything else', async () => {
        const parent = mkdtempSync(join(tmpdir(), 'spbe-site-between-'));
        const ended = spawnSync(process.execPath, ['-e', '0']);
        const old = join(parent, `.site.${ended.pid}.0a1b2c3d.old`);
        mkdirSync(old);
        writeFileSync(join(old, SiteMarker), '');
        writeFileSync(join(old, 'index.html'), 'the previous site');
        // A workspace with errors is refused: the previous site is back in place all the same.
        const broken = mkdtempSync(join(tmpdir(), 'spbe-site-broken-'));
        writeFileSync(join(broken, 'ws.spbe'), 'opd A "A" { aplikasi X { hosting NOPE } }\n');
        await expect(build(broken, join(parent, 'site'))).rejects.toBeInstanceOf(WorkspaceHasErrorsError);
        expect(readdirSync(parent)).toEqual(['site']);
        expect(readFileSync(join(parent, 'site', 'index.html'), 'utf-8')).toBe('the previous site');
    }, 60_000);

    test('builds of one folder requested at once run one after the other: all succeed, nothing is left beside it', async () => {
        const workspace = hostileWorkspace();
        const out = join(mkdtempSync(join(tmpdir(), 'spbe-site-parallel-')), 'site');
        await build(workspace, out);
        const results = await Promise.allSettled([0, 1, 2, 3].map(i => build(workspace, out, { locale: i % 2 ? 'en' : 'id' })));
        expect(results.map(r => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
        expect(readdirSync(join(out, '..'))).toEqual(['site']);
        // The last one requested is the one on disk.
        expect(readFileSync(join(out, 'index.html'), 'utf-8')).toContain('<html lang="en">');
    }, 120_000);

    test('a permission error names the output folder, not the temporary folder beside it', async () => {
        const out = join(mkdtempSync(join(tmpdir(), 'spbe-site-denied-')), 'site');
        vi.spyOn(promises, 'mkdir').mockRejectedValue(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
        const error = await build(hostileWorkspace(), out).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UserError);
        expect((error as UserError).in('id')).toBe(`Tidak dapat menulis situs ke ${out}: izin ditolak (EACCES); situs sebelumnya, jika ada, tidak berubah`);
        expect((error as UserError).in('en')).not.toMatch(/\.new|\.site\./);
        expect(readdirSync(join(out, '..'))).toEqual([]);
    }, 60_000);

    test('an output folder that is a symbolic link is called one', async () => {
        const parent = mkdtempSync(join(tmpdir(), 'spbe-site-link-'));
        mkdirSync(join(parent, 'real'));
        symlinkSync(join(parent, 'real'), join(parent, 'link'));
        const error = await build(hostileWorkspace(), join(parent, 'link')).catch((e: unknown) => e) as UserError;
        expect(error.in('id')).toMatch(/adalah tautan simbolik, bukan folder/);
        expect(error.in('id')).not.toMatch(/berkas/);
        expect(error.in('en')).toMatch(/is a symbolic link, not a folder/);
    }, 60_000);
});
