import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, spawningTestTimeout } from '../helpers/run-cli.js';

/**
 * Issue 18 (spec §5.1) through the real binary: a misplaced property is one syntax error and the
 * items after it keep their diagnostics and their place in the outputs; a UTF-16 file is one
 * "not valid UTF-8" diagnostic.
 */
function workspace(files: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-recovery-'));
    for (const [path, content] of Object.entries(files)) {
        writeFileSync(join(dir, path), content);
    }
    return dir;
}

const findingLines = (stdout: string) => stdout.split('\n').filter(l => /\.spbe:\d+:\d+/.test(l));

const head = 'pemda P "Pemerintah Kota X" { periode 2026..2030 }\nopd D "D" { pic "p" }\n';
const roadmap = head + `petaRencana {
  rencana R1 "r1" { muatan tataKelola penanggungJawab D tahun 2026
     indikatorKinerja "x" { satuan "%" kode "Q" target 2026 6 } }
  rencana R2 "r2" { muatan tataKelola penanggungJawab D tahun 2026 kegiatan "9.9.9" }
}
`;

describe('spbe validate and generate after a misplaced property', () => {
    const dir = workspace({ 'a.spbe': roadmap });

    test('one syntax error at `kode` (id and en); R2 keeps its own diagnostic', () => {
        const id = runCli(['validate', '.'], { cwd: dir });
        expect(id.code).toBe(1);
        const syntax = findingLines(id.stdout).filter(l => l.endsWith('[syntax]'));
        expect(syntax).toEqual([expect.stringMatching(/^a\.spbe:5:40 .*`kode`/)]);
        expect(id.stdout).toContain('[kegiatan-code-invalid]');
        const en = runCli(['validate', '.', '--locale', 'en'], { cwd: dir });
        const enSyntax = findingLines(en.stdout).filter(l => l.endsWith('[syntax]'));
        expect(enSyntax).toEqual([expect.stringMatching(/^a\.spbe:5:40 .*`kode`/)]);
        expect(en.stdout).toContain('[kegiatan-code-invalid]');
    }, spawningTestTimeout);

    test('the roadmap JSON lists both items', () => {
        const out = join(dir, 'out');
        const r = runCli(['generate', 'roadmap', '.', '-f', 'json', '-o', out, '--allow-errors'], { cwd: dir });
        expect(r.code, r.stderr).toBe(0);
        const json = readFileSync(join(out, 'peta-rencana.json'), 'utf8');
        expect(json).toContain('"R1"');
        expect(json).toContain('"R2"');
    }, spawningTestTimeout);
});

describe('spbe validate on a UTF-16 file', () => {
    test('one diagnostic: the file is not valid UTF-8', () => {
        const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(head, 'utf16le')]);
        const dir = workspace({ 'a.spbe': utf16 });
        const r = runCli(['validate', '.'], { cwd: dir });
        expect(r.code).toBe(1);
        expect(findingLines(r.stdout)).toEqual([expect.stringMatching(/^a\.spbe:1:1 .*UTF-8/)]);
    }, spawningTestTimeout);
});
