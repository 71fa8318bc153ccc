import { isEmptyDiff, renderDiff, type DiffFormat } from 'spbe-generators';
import { type Locale } from 'spbe-model';
import { compareWorkspaces } from 'spbe-server';
import { writeTextOutput } from './text-output.js';

export interface DiffOptions {
    readonly base?: string;
    readonly format: DiffFormat;
    readonly output?: string;
    readonly locale: Locale;
    readonly exitCode?: boolean;
}

/**
 * `spbe diff <old> [<new>]` or `spbe diff --base <git-ref> [<dir>]`: what changed in meaning between
 * two versions of a workspace. Exits 0, or with --exit-code 1 when something changed.
 */
export async function diffCommand(first: string | undefined, second: string | undefined, options: DiffOptions, out: (text: string) => void): Promise<number> {
    // With --base the one folder given is the new side; without it, the first is the old side.
    const params = options.base !== undefined
        ? { new: second === undefined ? first : second, old: second === undefined ? undefined : first, base: options.base }
        : { old: first, new: second };
    const { diff, locale } = await compareWorkspaces({ ...params, locale: options.locale }, options.locale);
    await writeTextOutput(renderDiff(diff, options.format, locale), options.output, out);
    return options.exitCode && !isEmptyDiff(diff) ? 1 : 0;
}
