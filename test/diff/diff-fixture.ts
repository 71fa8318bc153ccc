import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffWorkspaces } from 'spbe-server';
import type { WorkspaceDiff } from 'spbe-generators';
import { copySources } from '../helpers/copy-sources.mjs';

export const baseFixture = new URL('../fixtures/diff-base/', import.meta.url).pathname;

/** A copy of the base fixture with `edits` applied: file → [search, replacement] pairs (each must match). */
export function changedCopy(edits: Record<string, Array<[string | RegExp, string]>>, files: Record<string, string> = {}): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'spbe-diff-')), 'new');
    copySources(baseFixture, dir);
    for (const [file, pairs] of Object.entries(edits)) {
        let text = readFileSync(join(dir, file), 'utf-8');
        for (const [search, replacement] of pairs) {
            const next = text.replace(search, replacement);
            if (next === text) {
                throw new Error(`edit not applied in ${file}: ${String(search)}`);
            }
            text = next;
        }
        writeFileSync(join(dir, file), text);
    }
    for (const [file, text] of Object.entries(files)) {
        writeFileSync(join(dir, file), text);
    }
    return dir;
}

export function diffWithBase(dir: string): Promise<WorkspaceDiff> {
    return diffWorkspaces({ old: baseFixture, new: dir, locale: 'en' });
}
