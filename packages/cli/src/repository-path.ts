import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The root of the git repository holding `folder` (the nearest folder at or above it with a `.git`
 * folder or file — a worktree or submodule has a file), or undefined. Found without running git, so
 * that it works where git is not installed (a CI image) and costs no process.
 */
export function repositoryRoot(folder: string): string | undefined {
    for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
        if (existsSync(path.join(dir, '.git'))) {
            return dir;
        }
        if (path.dirname(dir) === dir) {
            return undefined;
        }
    }
}

/**
 * The path of `folder` relative to the root of the git repository holding it, with `/` and a
 * trailing `/` (`''` when `folder` is that root, or when it is in no repository: then the paths stay
 * relative to `folder`). CI dashboards (GitLab Code Quality, JUnit `file`, GitHub code scanning)
 * resolve a finding's path against the repository root, while the findings' paths are relative to
 * the workspace folder, which may be a subfolder of the repository.
 */
export function repositoryPrefix(folder: string): string {
    const root = repositoryRoot(folder);
    const relative = root ? path.relative(root, path.resolve(folder)).split(path.sep).join('/') : '';
    return relative ? `${relative}/` : '';
}
