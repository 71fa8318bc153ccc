// The same extension-host tests on desktop VS Code through @vscode/test-electron, for machines that
// can download VS Code (these CI machines cannot: see README "End-to-end tests"). `npm run test:e2e:desktop`.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { copyExample } from '../helpers/copy-sources.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const workspace = copyExample('kota-kediri', 'spbe-electron-');
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
