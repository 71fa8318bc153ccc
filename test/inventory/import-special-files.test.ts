import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readInventoryFiles, UserError } from 'spbe-server';
import { runCli } from '../helpers/run-cli.js';
import { workspaceCopy } from './inventory-fixture.js';

/**
 * A device, a named pipe or a socket has no size to check and may never end: `/dev/zero` behind an
 * `.xlsx` name grew the process past 5 GB, a named pipe blocked forever. They are refused before
 * they are opened, in both languages; a name that is neither .xlsx nor .csv is refused before reading.
 */
/** The refusal's text in `locale` (a UserError carries both languages). */
async function refusal(files: string[], locale: 'id' | 'en'): Promise<string> {
    const error = await readInventoryFiles(files, locale).then(() => undefined, (e: unknown) => e as UserError);
    expect(error).toBeInstanceOf(UserError);
    return error!.in(locale);
}

describe('spbe import refuses what is not a regular file before reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-special-'));
    const device = join(dir, 'nol.xlsx');
    symlinkSync('/dev/zero', device);
    const fifo = join(dir, 'pipa.csv');
    execFileSync('mkfifo', [fifo]);

    test('a symlink to /dev/zero and a named pipe: refused with words, not read', async () => {
        expect(await refusal([device], 'id')).toContain('bukan berkas biasa');
        expect(await refusal([fifo], 'en')).toContain('not a regular file');
    });

    test('a device without an inventory name is refused by its name', async () => {
        expect(await refusal(['/dev/zero'], 'id')).toContain('yang diharapkan buku kerja .xlsx atau berkas .csv');
    });

    test('the CLI exits 2 at once with one line', () => {
        const ws = workspaceCopy();
        const r = runCli(['import', device, '--opd', 'DINKES', '-w', ws, '--dry-run']);
        expect(r.code).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toContain('nol.xlsx');
    });
});
