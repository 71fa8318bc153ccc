import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from 'spbe-model';
import { displayPath, UserError, writeFileAtomic } from 'spbe-server';
import { ciSentence } from './ci-sentences.js';

/** The line that marks a pre-commit hook as ours: only such a hook is replaced without `--force`. */
export const HookMarker = '# spbe-pre-commit-hook: written by `spbe init --hooks`';

/** A single-quoted shell word (a path with spaces, quotes or `$` stays one literal word). */
function shellWord(text: string): string {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}

const hookWords = {
    notFound: {
        id: 'spbe (hook pre-commit): perintah spbe tidak ditemukan; pasang CLI spbe, atau lewati pemeriksaan sekali ini dengan git commit --no-verify',
        en: 'spbe (pre-commit hook): the spbe command was not found; install the spbe CLI, or skip the check this once with git commit --no-verify'
    },
    toolFailed: {
        id: 'spbe (hook pre-commit): commit ditolak — spbe tidak dapat memeriksa ruang kerja (pesan di atas); ini masalah pemasangan spbe, bukan isi ruang kerja. Perbaiki, atau git commit --no-verify untuk melewatinya.',
        en: 'spbe (pre-commit hook): commit refused — spbe could not check the workspace (message above); this is a problem with the spbe install, not with the workspace. Fix it, or git commit --no-verify to skip the check.'
    },
    refused: {
        id: 'spbe (hook pre-commit): commit ditolak — isi staged ruang kerja punya galat (di atas). Perbaiki lalu git add, atau git commit --no-verify untuk melewatinya.',
        en: 'spbe (pre-commit hook): commit refused — the staged workspace has errors (above). Fix them and git add, or git commit --no-verify to skip the check.'
    }
} as const;

export interface HookParams {
    /** The workspace folder relative to the repository root, with `/` (`.` for the root). */
    readonly workspace: string;
    /** How to run this CLI: the Node.js executable and the CLI script that wrote the hook. */
    readonly node: string;
    readonly cli: string;
    readonly version: string;
    readonly locale: Locale;
}

/**
 * The hook (POSIX sh, as git runs hooks everywhere, Git for Windows included). Git runs it at the
 * top of the work tree. When no staged change (added, copied, modified, renamed or deleted) touches
 * a `.spbe` file of the workspace it exits at once; otherwise it copies the staged files of the workspace —
 * the index, not the work tree, so unstaged edits neither hide nor cause errors — into a temporary
 * folder with `git checkout-index`, validates them there (paths shown from the repository root)
 * and refuses the commit when `spbe validate` does not exit 0. The CLI that installed the hook runs
 * it; if that is gone (moved, upgraded), `spbe` on the PATH.
 */
export function hookScript(p: HookParams): string {
    return `#!/bin/sh
${HookMarker} (spbe ${p.version})
# Edit freely: spbe init --hooks replaces this file only while the line above is in it.
workspace=${shellWord(p.workspace)}
export SPBE_LOCALE="\${SPBE_LOCALE:-${p.locale}}"

# core.quotePath=false: a non-ASCII path is printed as it is. A path with a newline or a control
# character stays quoted ("…\\n….spbe"), hence the optional closing quote in the pattern.
git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMRD -- "$workspace" | grep -q '\\.spbe"*$' || exit 0
# Every .spbe file of the workspace deleted: nothing left to check.
git -c core.quotePath=false ls-files -- "$workspace" | grep -q '\\.spbe"*$' || exit 0

if [ -x ${shellWord(p.node)} ] && [ -f ${shellWord(p.cli)} ]; then
  spbe_validate() { ${shellWord(p.node)} ${shellWord(p.cli)} validate "$@"; }
elif command -v spbe >/dev/null 2>&1; then
  spbe_validate() { spbe validate "$@"; }
else
  echo ${shellWord(hookWords.notFound[p.locale])} >&2
  exit 1
fi

staged=$(mktemp -d "\${TMPDIR:-/tmp}/spbe-pre-commit.XXXXXX") || exit 1
trap 'rm -rf "$staged"' EXIT
trap 'exit 1' HUP INT TERM
# Every staged file of the workspace, NUL-separated end to end: any file name survives.
git ls-files -z -- "$workspace" | git checkout-index -z --stdin --prefix="$staged/" || exit 1

(cd "$staged" && spbe_validate "$workspace") >&2
status=$?
[ "$status" -eq 0 ] && exit 0
# 1: the workspace has errors. 2 or 3 (or anything else): spbe itself could not check it.
if [ "$status" -eq 1 ]; then
  echo ${shellWord(hookWords.refused[p.locale])} >&2
else
  echo ${shellWord(hookWords.toolFailed[p.locale])}" (exit $status)" >&2
fi
exit 1
`;
}

/** Runs git in `cwd`; undefined when git fails (not a repository) or is missing. */
function git(cwd: string, ...args: string[]): string | undefined {
    try {
        return execFileSync('git', args, { cwd, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
        return undefined;
    }
}

/** The nearest folder at or above `folder` that exists (spbe init may not have created it yet). */
async function existingAncestor(folder: string): Promise<string> {
    for (let dir = folder; ; dir = path.dirname(dir)) {
        if (await fs.stat(dir).then(st => st.isDirectory(), () => false) || path.dirname(dir) === dir) {
            return dir;
        }
    }
}

/** A hook checked and ready to install (see prepareHook). */
export interface PreparedHook {
    /** The absolute path the hook will have. */
    readonly file: string;
    readonly write: () => Promise<{ file: string; notes: string[] }>;
}

/**
 * Checks, before anything is written, where the pre-commit hook for the workspace `folder` goes: the
 * folder git runs hooks from in the repository holding it (`git rev-parse --git-path hooks`:
 * `.git/hooks`, or `core.hooksPath`). Refuses (`UserError`) a folder outside a repository and a
 * pre-commit hook that is not ours unless `force`; ours is replaced. `write` installs it (executable)
 * and returns its path and what it does, in the user's language.
 */
export async function prepareHook(folder: string, options: { force?: boolean; version: string; locale: Locale }): Promise<PreparedHook> {
    const absolute = path.resolve(folder);
    const cwd = await existingAncestor(absolute);
    const top = git(cwd, 'rev-parse', '--show-toplevel');
    const hooks = git(cwd, 'rev-parse', '--git-path', 'hooks');
    if (!top || !hooks) {
        const shown = displayPath(absolute);
        throw new UserError({ id: ciSentence('hookNoRepository', 'id', { folder: shown }), en: ciSentence('hookNoRepository', 'en', { folder: shown }) });
    }
    const hooksFolder = path.resolve(cwd, hooks);
    const file = path.join(hooksFolder, 'pre-commit');
    const existing = await fs.readFile(file, 'utf-8').catch(() => undefined);
    if (existing !== undefined && !existing.includes(HookMarker) && !options.force) {
        const shown = displayPath(file);
        throw new UserError({ id: ciSentence('hookForeign', 'id', { file: shown }), en: ciSentence('hookForeign', 'en', { file: shown }) });
    }
    const write = async () => {
        // Real paths on both sides: git prints the top level resolved, the folder may be reached through a link.
        const workspace = path.relative(await fs.realpath(top), await fs.realpath(absolute)).split(path.sep).join('/') || '.';
        const text = hookScript({ workspace, node: process.execPath, cli: process.argv[1], version: options.version, locale: options.locale });
        await writeFileAtomic('pre-commit', text, { root: hooksFolder, overwrite: true });
        await fs.chmod(file, 0o755);
        return { file, notes: [ciSentence('hookInstalled', options.locale, { workspace })] };
    };
    return { file, write };
}
