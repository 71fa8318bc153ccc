import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isEmptyDiff } from 'spbe-generators';
import { diffWorkspaces } from 'spbe-server';
import { copyExample } from '../helpers/copy-sources.mjs';
import { repoRoot } from '../helpers/run-cli.js';
import { changedCopy, diffWithBase } from './diff-fixture.js';

function spbeFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(f => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? spbeFiles(p) : f.endsWith('.spbe') ? [p] : [];
    });
}

describe('spbe diff: what is not a change', () => {
    test('reordering declarations and list entries gives an empty diff', async () => {
        const portal = '    aplikasi PORTAL "Portal Kabupaten" {\n        fungsi sektoral\n        hosting DC\n        data DT_PENDUDUK\n    }\n';
        const dir = changedCopy({
            'opd/kominfo.spbe': [[portal, ''], ['    infrastruktur DC', `${portal}\n    infrastruktur DC`], ['peran walidata, pengelolaPusatData', 'peran pengelolaPusatData, walidata']],
            'opd/dinkes.spbe': [['pengguna DINKES, KOMINFO', 'pengguna KOMINFO, DINKES']],
            'peta-rencana.spbe': [['anggaran 2026 200_000_000\n        anggaran 2027 300_000_000', 'anggaran 2027 300_000_000\n        anggaran 2026 200_000_000']]
        });
        expect(isEmptyDiff(await diffWithBase(dir))).toBe(true);
    });

    test('reformatting every Kota Kediri file (tabs, joined lines, comments) gives an empty diff', async () => {
        const base = join(repoRoot, 'examples/kota-kediri');
        const dir = copyExample('kota-kediri', 'spbe-diff-');
        for (const file of spbeFiles(dir)) {
            const text = readFileSync(file, 'utf-8')
                .replace(/\n {4}/g, '\n\t')
                .replace(/\n\t {4}(\w+)/g, ' $1')
                .replace(/^/, '// diubah formatnya saja\n');
            writeFileSync(file, text.replace(/\n/g, '\r\n'));
        }
        const diff = await diffWorkspaces({ old: base, new: dir });
        expect(diff.findings).toEqual([]);
        expect(isEmptyDiff(diff)).toBe(true);
    });
});

describe('spbe diff --base <git-ref>', () => {
    test('compares the working tree with a revision read from git, without a checkout', async () => {
        const repo = mkdtempSync(join(tmpdir(), 'spbe-git-'));
        const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf-8' });
        git('init', '-q');
        const workspace = join(repo, 'arsitektur');
        const source = changedCopy({});
        cpSync(source, workspace, { recursive: true });
        git('add', '.');
        git('-c', 'user.name=Uji', '-c', 'user.email=uji@example.invalid', 'commit', '-qm', 'disetujui');
        git('tag', 'v1');
        const kominfo = join(workspace, 'opd/kominfo.spbe');
        writeFileSync(kominfo, readFileSync(kominfo, 'utf-8').replace('sifat terbatas', 'sifat tertutup'));

        const diff = await diffWorkspaces({ new: workspace, base: 'v1' });
        expect(diff.oldLabel).toMatch(/^git v1 \([0-9a-f]{10}\)$/);
        expect(diff.elements.map(e => [e.change, e.id, e.properties])).toEqual([['changed', 'KOMINFO.DT_PENDUDUK', [{ property: 'sifat', old: 'terbatas', new: 'tertutup' }]]]);
        // Nothing was checked out: the working tree still has the edit and git reports it as modified.
        expect(readFileSync(kominfo, 'utf-8')).toContain('sifat tertutup');
        expect(git('status', '--porcelain')).toBe(' M arsitektur/opd/kominfo.spbe\n');
        // A file added since the revision is an added OPD; an unknown revision is a clear error.
        writeFileSync(join(workspace, 'opd/bappeda.spbe'), 'opd BAPPEDA "Bappeda" { pic "PIC" }\n');
        expect((await diffWorkspaces({ new: workspace, base: 'HEAD' })).opds.map(o => [o.change, o.code])).toEqual([['added', 'BAPPEDA']]);
        // Unsaved editor text (an overlay) is compared instead of the file on disk, which stays as it was.
        const overlaid = await diffWorkspaces({ new: workspace, base: 'v1', overlays: [{ file: kominfo, text: readFileSync(kominfo, 'utf-8').replace('sifat tertutup', 'sifat terbuka') }] });
        expect(overlaid.elements.map(e => [e.change, e.id, e.properties])).toEqual([['changed', 'KOMINFO.DT_PENDUDUK', [{ property: 'sifat', old: 'terbatas', new: 'terbuka' }]]]);
        expect(overlaid.newLabel).toMatch(/unsaved editors/);
        expect(readFileSync(kominfo, 'utf-8')).toContain('sifat tertutup');
        await expect(diffWorkspaces({ new: workspace, base: 'tidak-ada' })).rejects.toThrow(/unknown git revision "tidak-ada"/);
        await expect(diffWorkspaces({ new: workspace, base: '--output=/tmp/x' })).rejects.toThrow(/not a git revision/);
    });
});
