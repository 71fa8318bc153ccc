import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findSourceFiles } from 'spbe-server';
import { copyExample, copySources } from './copy-sources.mjs';
import { repoRoot } from './run-cli.js';

function allFiles(dir: string): string[] {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile())
        .map(entry => relative(dir, join(entry.parentPath, entry.name)))
        .sort();
}

describe('test copies of a workspace hold its sources only', () => {
    test('what a user\'s earlier commands left in the folder (out/, .vscode/, exports) is not copied', async () => {
        // A workspace as it looks after the quick start and some editor use.
        const source = join(mkdtempSync(join(tmpdir(), 'spbe-copy-')), 'kota');
        const write = (file: string, text: string) => {
            mkdirSync(join(source, file, '..'), { recursive: true });
            writeFileSync(join(source, file), text);
        };
        write('pemda.spbe', 'pemda K "Kota K" { }\n');
        write('opd/dinkes.spbe', 'opd DINKES { }\n');
        write('opd/nested/sub.spbe', 'opd SUB { }\n');
        write('out/peta-rencana.md', '# generated\n');
        write('out/stale.spbe', 'opd STALE { }\n');
        write('opd/out/diagram.svg', '<svg/>');
        write('.vscode/settings.json', '{}');
        write('.git/HEAD', 'ref: refs/heads/main\n');
        write('node_modules/x/y.spbe', 'opd NM { }\n');
        write('inventaris.xlsx', 'xlsx');

        const target = copySources(source, join(mkdtempSync(join(tmpdir(), 'spbe-copy-')), 'kota'));

        expect(allFiles(target)).toEqual(['opd/dinkes.spbe', 'opd/nested/sub.spbe', 'pemda.spbe']);
        // Exactly the files the workspace loader reads, with the same bytes.
        expect(allFiles(target)).toEqual((await findSourceFiles(source)).map(f => relative(source, f)).sort());
        expect(readFileSync(join(target, 'opd/dinkes.spbe'), 'utf-8')).toBe('opd DINKES { }\n');
    });

    test('copyExample names the copy like the example and copies every source of it', async () => {
        const dir = copyExample('kota-kediri');
        expect(dir).toMatch(/[/\\]kota-kediri$/);
        const example = join(repoRoot, 'examples/kota-kediri');
        const expected = (await findSourceFiles(example)).map(f => relative(example, f)).sort();
        expect(expected.length).toBeGreaterThan(30);
        expect(allFiles(dir)).toEqual(expected);
    });
});
