import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
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
        expect(readFileSync(join(out, 'index.html'), 'utf-8')).toMatch(/class="notice" role="note">[^<]*1 galat/);
    }, 60_000);
});
