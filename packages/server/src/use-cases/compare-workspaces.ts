import type { Locale } from 'spbe-model';
import { diffWorkspaces, type DiffRequest } from '../workspace/diff-workspaces.js';
import { localized } from '../workspace/user-error.js';
import { InvalidParameterError, checkLocale } from './request-checks.js';

/** The untrusted parameters of `spbe diff` / `spbe/compareRevision`. */
export interface CompareParams {
    /** Two folders (`old`, `new`), or one folder (`new`, default `.`) and a git revision `base` of it. */
    readonly old?: unknown;
    readonly new?: unknown;
    readonly base?: unknown;
    readonly locale?: unknown;
    /** The editors' unsaved text of files of the new side (server only). */
    readonly overlays?: unknown;
}

/**
 * What changed in meaning between two versions of a workspace (`diffWorkspaces`). Refuses with
 * `InvalidParameterError` both a base and an old folder, neither, and values that are not text.
 */
export async function compareWorkspaces(params: CompareParams, defaultLocale: Locale): Promise<{ diff: Awaited<ReturnType<typeof diffWorkspaces>>; locale: Locale }> {
    const locale = checkLocale(params.locale, defaultLocale);
    const text = (name: string, value: unknown): string | undefined => {
        if (value !== undefined && (typeof value !== 'string' || value === '')) {
            throw new InvalidParameterError(localized(`${name} harus berupa teks, bukan ${JSON.stringify(value)}`, `${name} must be text, not ${JSON.stringify(value)}`));
        }
        return value as string | undefined;
    };
    const [old, now, base] = [text('old', params.old), text('new', params.new) ?? '.', text('base', params.base)];
    if (base !== undefined && old !== undefined) {
        throw new InvalidParameterError(localized('dengan --base berikan satu folder (working tree yang dibandingkan), bukan dua', 'with --base give one folder (the working tree to compare), not two'));
    }
    if (base === undefined && old === undefined) {
        throw new InvalidParameterError(localized('berikan folder lama (spbe diff <lama> [<baru>]) atau revisi git (spbe diff --base <ref> [<folder>])', 'give the old folder (spbe diff <old> [<new>]) or a git revision (spbe diff --base <ref> [<dir>])'));
    }
    const overlays = params.overlays;
    if (overlays !== undefined && (!Array.isArray(overlays) || overlays.some(o => typeof o?.file !== 'string' || typeof o?.text !== 'string'))) {
        throw new InvalidParameterError(localized('overlays harus berupa daftar { file, text }', 'overlays must be a list of { file, text }'));
    }
    const request: DiffRequest = base !== undefined ? { new: now, base, locale, overlays: overlays as DiffRequest['overlays'] } : { old, new: now, locale, overlays: overlays as DiffRequest['overlays'] };
    return { diff: await diffWorkspaces(request), locale };
}
