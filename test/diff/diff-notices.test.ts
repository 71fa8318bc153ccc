import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderDiff } from 'spbe-generators';
import { diffWorkspaces } from 'spbe-server';

/** Issue 18 #8: a diff report says first that a side is an example or has errors (v2 §6). */
function side(pemda: string, opd: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-diff-notice-'));
    writeFileSync(join(dir, 'ws.spbe'), `${pemda}\n${opd}\n`);
    return dir;
}

describe('diff notices', () => {
    const clean = side('pemda P "Pemerintah Kota X" { periode 2026..2030 }', 'opd D "D" { pic "p" }');
    const example = side('pemda P "Pemerintah Kota X" { periode 2026..2030 ilustrasi }', 'opd D "D" { pic "q" }');
    const broken = side('pemda P "Pemerintah Kota X" { periode 2026..2030 }', 'opd D "D" { pic "p" infrastruktur DC "DC" { jenis server tier 1.5 } }');

    test.each(['md', 'html'] as const)('%s: CONTOH when either side is ilustrasi; the errors notice for a side with errors', async format => {
        const withExample = renderDiff(await diffWorkspaces({ old: clean, new: example, locale: 'id' }), format, 'id');
        expect(withExample).toContain('CONTOH — BUKAN DOKUMEN RESMI');
        expect(withExample).not.toContain('galat');
        const withErrors = renderDiff(await diffWorkspaces({ old: clean, new: broken, locale: 'id' }), format, 'id');
        expect(withErrors).toContain(`${broken}: PERHATIAN: dibuat dari ruang kerja yang masih memiliki 1 galat`);
        expect(withErrors).not.toContain('CONTOH');
        expect(withErrors.indexOf('PERHATIAN')).toBeLessThan(withErrors.indexOf(format === 'md' ? '## ' : '<h1>'));
    });

    test('json stays as it was (no report notices in the machine format)', async () => {
        const json = JSON.parse(renderDiff(await diffWorkspaces({ old: clean, new: broken, locale: 'id' }), 'json', 'id'));
        expect(json.marks).toBeUndefined();
    });
});
