import * as path from 'node:path';
import { isEmptyDiff, renderDiff, type DiffFormat } from 'spbe-generators';
import { type Locale } from 'spbe-model';
import { diffWorkspaces, displayPath, writeFileAtomic } from 'spbe-server';
import { UsageError } from '../usage-error.js';

export interface DiffOptions {
    readonly base?: string;
    readonly format: DiffFormat;
    readonly output?: string;
    readonly lang: Locale;
    readonly exitCode?: boolean;
}

/**
 * `spbe diff <old> [<new>]` or `spbe diff --base <git-ref> [<dir>]`: what changed in meaning between
 * two versions of a workspace. Exits 0, or with --exit-code 1 when something changed.
 */
export async function diffCommand(first: string | undefined, second: string | undefined, options: DiffOptions, out: (text: string) => void): Promise<number> {
    if (options.base !== undefined && second !== undefined) {
        throw new UsageError('dengan --base berikan satu folder (working tree yang dibandingkan), bukan dua', 'with --base give one folder (the working tree to compare), not two');
    }
    if (options.base === undefined && first === undefined) {
        throw new UsageError('berikan folder lama (spbe diff <lama> [<baru>]) atau revisi git (spbe diff --base <ref> [<folder>])', 'give the old folder (spbe diff <old> [<new>]) or a git revision (spbe diff --base <ref> [<dir>])');
    }
    const diff = options.base !== undefined
        ? await diffWorkspaces({ new: first ?? '.', base: options.base, locale: options.lang })
        : await diffWorkspaces({ old: first, new: second ?? '.', locale: options.lang });
    const text = renderDiff(diff, options.format, options.lang);
    if (options.output) {
        const file = path.resolve(options.output);
        await writeFileAtomic(path.basename(file), text, { root: path.dirname(file), overwrite: true });
        out(`${displayPath(file)}\n`);
    } else {
        out(text);
    }
    return options.exitCode && !isEmptyDiff(diff) ? 1 : 0;
}
