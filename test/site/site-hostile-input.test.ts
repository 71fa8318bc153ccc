import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IssueCatalog, keywordsInWords } from 'spbe-model';
import { siteOf } from './site-fixture.js';

/** A workspace folder holding `files` (name → text). */
function workspaceOf(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-site-hostile-'));
    for (const [name, text] of Object.entries(files)) {
        writeFileSync(join(dir, name), text);
    }
    return dir;
}

/** The finding rows of every page of a site. */
function findingRows(site: Map<string, string>): string[] {
    return [...site].filter(([name]) => name.endsWith('.html')).flatMap(([, html]) => html.match(/<tr class="finding">.*?<\/tr>/g) ?? []);
}

describe('the portal of a hostile workspace', () => {
    test('code in backticks in a finding\'s message stays as the user must type it', async () => {
        const dir = workspaceOf({
            'e.spbe': 'opd SETWAN "S" { pic "x" aplikasi A "App" { fungsi tidakAda basis web } }\n',
            'pr.spbe': 'petaRencana { rencana R "r" { muatan nope tahun 2099 } }\n'
        });
        for (const locale of ['id', 'en'] as const) {
            const rows = findingRows(await siteOf(dir, { locale })).join('\n');
            expect(rows, locale).toContain('tataKelola');
            expect(rows, locale).not.toMatch(/`(Tata Kelola SPBE|Audit TIK|Barang Milik Daerah)`/);
        }
    }, 60_000);

    test('a right-to-left override in a title turns no sentence, heading or page title around', async () => {
        const dir = workspaceOf({ 'b.spbe': 'opd DINB "\u202EDinas B" { aplikasi APP "\u202EApp\u202C kanan" { status aktif } }\n' });
        const site = await siteOf(dir);
        const page = site.get('opd/DINB.html')!;
        // The open override is dropped, a closed one kept; the titles in the message and headings are isolated.
        for (const [name, text] of site) {
            expect(text.replace(/\u202E[^\u202C<]*\u202C/g, ''), name).not.toContain('\u202E');
        }
        expect(page).toContain('<title>Dinas B — ');
        expect(page).toContain('<h1><bdi>Dinas B</bdi></h1>');
        expect(page).toContain('<bdi>\u202EApp\u202C kanan</bdi>');
        const row = findingRows(site).find(r => r.includes('opd-missing-pic'))!;
        expect(row).toContain('<bdi>Dinas B</bdi>');
    }, 60_000);

    test('--locale en: the rules are said in English; a keyword they name is code in backticks', async () => {
        const indonesian = /\b(fungsi|tertutup|terbuka|terbatas|muatan|anggaran|pic|periode|pemda|layanan|aplikasi|integrasi|walidata|probis|rencana|tahun|setelah|mewujudkan|kegiatan|via|bagiPakai|kodeLokal|sistemPenghubung|Indikator|kesehatan|kependudukan|pribadi|peran|pengguna|provinsi)\b/;
        for (const [code, entry] of Object.entries(IssueCatalog)) {
            const prose = entry.summary.replace(/`[^`]*`/g, '');
            expect(prose, code).not.toMatch(indonesian);
            // The keyword in backticks stays the keyword.
            expect(keywordsInWords(entry.summary, 'en'), code).toBe(entry.summary);
        }
        const dir = workspaceOf({ 'a.spbe': 'pemda P "Kota Uji" { periode 2026..2027 }\nopd A "Dinas A" { }\npetaRencana { rencana R "R" { muatan aplikasi penanggungJawab A tahun 2026 } }\n' });
        const rows = findingRows(await siteOf(dir, { locale: 'en' })).join('\n');
        expect(rows).toContain('An OPD that names no contact person (`pic`).');
        expect(rows).toContain('A roadmap item without a budget (`anggaran`).');
    }, 60_000);

    test('a title with bytes that are not UTF-8 is not shown half-decoded: the OPD\'s code is, with the syntax finding', async () => {
        const dir = workspaceOf({});
        writeFileSync(join(dir, 'bin.spbe'), Buffer.concat([Buffer.from('opd X "'), Buffer.from([0xff, 0xfe]), Buffer.from(' bad" { pic "P" }\n')]));
        const site = await siteOf(dir);
        for (const [name, text] of site) {
            expect(text, name).not.toContain('\uFFFD');
        }
        expect(site.get('opd/X.html')).toContain('<h1><bdi>X</bdi></h1>');
        expect(findingRows(site).join('\n')).toContain('UTF-8');
    }, 60_000);

    test('syntax errors inside an OPD\'s block are on that OPD\'s page, not under "Di luar OPD"', async () => {
        const dir = workspaceOf({ 'e.spbe': 'opd SETWAN "Sekretariat DPRD" {\n    pic "x"\n    aplikasi A "App" { status aktif } ) ]\n    ( ]\n}\n' });
        const site = await siteOf(dir);
        const outside = site.get('temuan.html')!;
        expect(outside).not.toContain('<code>syntax</code>');
        expect(site.get('opd/SETWAN.html')).toContain('<code>syntax</code>');
    }, 60_000);

    test('a kind word is not doubled when the title starts with it', async () => {
        const dir = workspaceOf({ 'e.spbe': 'opd A "Dinas A" { pic "x"\n data DT "Data Kependudukan" { sifat terbatas }\n}\nopd B "Dinas B" { pic "y"\n layanan L "Layanan B" { data A.DT }\n}\n' });
        const rows = findingRows(await siteOf(dir)).join('\n');
        expect(rows).toContain('Data Kependudukan');
        expect(rows).not.toMatch(/Data (<bdi>)?'?(<bdi>)?Data Kependudukan/);
    }, 60_000);
});
