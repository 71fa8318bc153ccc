import { describe, expect, test } from 'vitest';
import { copyExample } from '../helpers/copy-sources.mjs';
import { runCli, spawningTestTimeout } from '../helpers/run-cli.js';

/**
 * An output folder on a special file system (`/proc`), where Node's recursive mkdir retries ENOENT
 * forever: the command stops at once with a message naming the folder, and exits 2.
 */
describe('an output folder under /proc', () => {
    test.each([
        ['build site', ['build', 'site'], /Tidak dapat menulis situs ke \/proc\/spbe-x: sistem berkas di sana tidak menerima folder baru/],
        ['generate dokumen', ['generate', 'dokumen'], /Tidak dapat membuat folder \/proc\/spbe-x untuk .*: sistem berkas di sana tidak menerima folder baru/]
    ])('%s -o /proc/spbe-x fails fast, naming the folder', (_, command, message) => {
        const ws = copyExample('minimal', 'spbe-cli-proc-');
        // Well above a normal run, well below forever: a timed-out run has no exit code.
        const result = runCli([...command, ws, '-o', '/proc/spbe-x'], { timeout: 45_000 });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stderr).not.toContain('.new');
    }, spawningTestTimeout);
});
