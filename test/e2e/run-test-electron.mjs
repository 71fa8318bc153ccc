// The same extension-host tests on desktop VS Code through @vscode/test-electron, for machines that
// can download VS Code (these CI machines cannot: see README "End-to-end tests"). `npm run test:e2e:desktop`.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const workspace = join(mkdtempSync(join(tmpdir(), 'spbe-electron-')), 'kota-kediri');
cpSync(join(repo, 'examples/kota-kediri'), workspace, { recursive: true });
try {
    await runTests({
        extensionDevelopmentPath: join(repo, 'packages/vscode'),
        extensionTestsPath: join(repo, 'test/e2e/extension-tests.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--locale=en']
    });
} catch (error) {
    console.error(`desktop VS Code tests failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
}
