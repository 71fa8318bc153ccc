import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportDiagramText } from 'spbe-generators';
import { loadWorkspace } from 'spbe-server';

/** Spec §6 (v2): every diagram of an `ilustrasi` workspace says it is an example; others do not. */
async function model(ilustrasi: boolean) {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-banner-'));
    writeFileSync(join(dir, 'ws.spbe'), `pemda K "Pemerintah Kota Contoh" { periode 2026..2027${ilustrasi ? ' ilustrasi' : ''} }
opd DISKOMINFO "Dinas Komunikasi dan Informatika" { pic "p"
    aplikasi SIPD "Sistem Informasi Pemerintahan Daerah" { fungsi perencanaan }
}
`);
    return (await loadWorkspace(dir)).model();
}

describe('the example banner on diagrams', () => {
    const banner = 'CONTOH — BUKAN DOKUMEN RESMI';
    for (const format of ['svg', 'mermaid', 'plantuml', 'dot', 'archimate'] as const) {
        test(format, async () => {
            expect(await exportDiagramText(await model(true), { view: 'layered' }, format)).toContain(banner);
            expect(await exportDiagramText(await model(false), { view: 'layered' }, format)).not.toContain(banner);
        });
    }

    test('the SVG shows it in the visible title, not only in the tooltip', async () => {
        const svg = await exportDiagramText(await model(true), { view: 'opd', opd: 'DISKOMINFO' }, 'svg');
        expect(svg).toMatch(new RegExp(`<text [^>]*font-size="18"[^>]*>[^<]*${banner}</text>`));
    });
});

describe('the errors notice on diagrams of a workspace with errors (issue 18 #8)', () => {
    for (const format of ['svg', 'mermaid', 'plantuml', 'dot', 'archimate'] as const) {
        test(format, async () => {
            const m = await model(false);
            expect(await exportDiagramText(m, { view: 'layered', workspaceErrors: 2 }, format)).toContain('masih memiliki 2 galat');
            expect(await exportDiagramText(m, { view: 'layered', workspaceErrors: 1, locale: 'en' }, format)).toContain('still has 1 error(s)');
            expect(await exportDiagramText(m, { view: 'layered', workspaceErrors: 0 }, format)).not.toContain('galat');
        });
    }
});
