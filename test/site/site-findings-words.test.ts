import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadWorkspace } from 'spbe-server';
import { kediri, siteOf } from './site-fixture.js';

/** The finding rows of every page of a site (each finding is one `<tr class="finding">`). */
function findingRowsOf(site: Map<string, string>): string[] {
    return [...site].filter(([name]) => name.endsWith('.html')).flatMap(([, html]) => html.match(/<tr class="finding">.*?<\/tr>/g) ?? []);
}

async function totalFindings(dir: string): Promise<number> {
    return (await loadWorkspace(dir, { locale: 'id' })).diagnostics.length;
}

/** The text of some HTML, tags removed and entities of the escaper decoded. */
function text(html: string): string {
    return html.replace(/<[^>]*>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('the portal of Kota Kediri: findings and words', () => {
    let site: Map<string, string>;
    beforeAll(async () => { site = await siteOf(kediri); }, 120_000);

    test('every finding is on some page: the OPD\'s when it lies in one, else Temuan; Beranda says the total', async () => {
        const total = await totalFindings(kediri);
        expect(total).toBeGreaterThan(10);
        expect(findingRowsOf(site)).toHaveLength(total);
        // opd-missing-pic lies in SETWAN's block outside any element; roadmap-unfunded in the Peta Rencana.
        expect(site.get('opd/SETWAN.html')).toContain('opd-missing-pic');
        expect(site.get('temuan.html')).toContain('roadmap-unfunded');
        expect(text(site.get('index.html')!)).toContain(`Jumlah seluruh temuan: ${total}`);
    });

    test('OPD pages quote findings in words: titles, not identifiers', () => {
        const dinkes = text(site.get('opd/DINKES.html')!);
        expect(dinkes).not.toContain('nasional.SATUSEHAT');
        expect(dinkes).not.toContain("'SIMPUS_TERPADU'");
        const dinsos = text(site.get('opd/DINSOS.html')!);
        expect(dinsos).not.toContain('DISPENDUKCAPIL.DT_KEPENDUDUKAN');
        expect(dinsos).not.toMatch(/dipakai oleh DINSOS/);
        expect(text(site.get('temuan.html')!)).not.toContain('PR_REVIU_ARSITEKTUR');
    });

    test('Beranda writes the enactment date in words', () => {
        const home = text(site.get('index.html')!);
        expect(home).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(home).toContain('14 Maret 2025');
    });

    test('an element section has one Jenis row', () => {
        const dinkes = site.get('opd/DINKES.html')!;
        for (const section of dinkes.match(/<section class="element".*?<\/section>/gs) ?? []) {
            expect((section.match(/<dt>Jenis<\/dt>/g) ?? []).length, section.slice(0, 120)).toBeLessThanOrEqual(1);
        }
        expect(dinkes).toContain('<section class="element"');
    });
});

test('--locale en: Beranda\'s date is English', async () => {
    const en = await siteOf(kediri, { locale: 'en' });
    expect(text(en.get('index.html')!)).toContain('March 14, 2025');
}, 120_000);

test('a workspace with a PIC-less OPD and an unfunded item: the sum over pages is the total', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-site-findings-'));
    writeFileSync(join(dir, 'ws.spbe'), `pemda P "Pemerintah Kota Uji" { periode 2026..2027 }
opd A "Dinas A" {
    aplikasi APP "Aplikasi A" { status rencana }
}
petaRencana {
    rencana R1 "Rencana Satu" { muatan aplikasi penanggungJawab A tahun 2026..2027 }
}
`);
    const total = await totalFindings(dir);
    const site = await siteOf(dir);
    const rows = findingRowsOf(site);
    expect(rows.length).toBe(total);
    expect(site.get('opd/A.html')).toContain('opd-missing-pic');
    expect(rows.some(r => r.includes('opd-missing-pic'))).toBe(true);
}, 60_000);
