import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The path of `folder` relative to the root of the git repository holding it, with `/` and a
 * trailing `/` (`''` when `folder` is that root, or when no `.git` is found above it: then the
 * paths stay relative to `folder`). CI dashboards (GitLab Code Quality, JUnit `file`, GitHub code
 * scanning) resolve a finding's path against the repository root, while the findings' paths are
 * relative to the workspace folder, which may be a subfolder of the repository.
 * Found by walking up to a `.git` folder or file (a worktree or submodule has a file), without running git.
 */
export function repositoryPrefix(folder: string): string {
    const start = path.resolve(folder);
    for (let dir = start; ; dir = path.dirname(dir)) {
        if (existsSync(path.join(dir, '.git'))) {
            const relative = path.relative(dir, start).split(path.sep).join('/');
            return relative ? `${relative}/` : '';
        }
        if (path.dirname(dir) === dir) {
            return '';
        }
    }
}
