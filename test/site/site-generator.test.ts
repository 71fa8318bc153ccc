import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, test } from 'vitest';
import { isSiteBaseUrl } from 'spbe-generators';
import { SearchOptions, stemCandidates, stemIndonesian } from '../../packages/generators/src/site/search-options.js';
import { SiteCsp } from '../../packages/generators/src/site/site-layout.js';
import { HostileTitle, hostileWorkspace } from '../generator/hostile-fixture.js';
import { diagramAppWord, DiagramViewTitles } from 'spbe-model';
import { wordsOfOtherLanguage } from '../helpers/diagram-app-text.js';
import { diagramAppOf, idsOf, kediri, linksOf, siteOf } from './site-fixture.js';

const pagesOf = (site: Map<string, string>) => [...site].filter(([name]) => name.endsWith('.html'));

describe('the portal of Kota Kediri', () => {
    let site: Map<string, string>;
    beforeAll(async () => { site = await siteOf(kediri); }, 120_000);

    test('has Beranda, Peta Rencana, Diagram, Cari and one page per OPD (the nasional library too)', () => {
        for (const page of ['index.html', 'peta-rencana.html', 'diagram.html', 'cari.html', 'opd/DISPENDUKCAPIL.html', 'opd/DINSOS.html', 'opd/nasional.html']) {
            expect(site.has(page), page).toBe(true);
        }
        expect([...site.keys()].filter(n => n.startsWith('opd/')).length).toBe(38);
        expect(site.has('assets/diagram/opd-DINSOS.js')).toBe(true);
        expect(site.has('assets/diagram/semua.js')).toBe(true);
    });

    test('every page carries the strict CSP, no inline script, style or event handler, nothing remote, and the CONTOH banner', () => {
        for (const [name, html] of pagesOf(site)) {
            expect(html, name).toContain(`<meta http-equiv="Content-Security-Policy" content="${SiteCsp.replace(/'/g, '&#39;')}">`);
            // Scripts from the site only: `file:` would allow any file of the disk (the browser test opens the site from disk under this policy).
            expect(SiteCsp).not.toContain('file:');
            expect(html, name).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
            expect(html, name).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
            expect(linksOf(html).filter(l => /^[a-z][a-z0-9+.-]*:/i.test(l)), name).toEqual([]);
            expect(html, name).toContain('<p class="notice" role="note">CONTOH — BUKAN DOKUMEN RESMI</p>');
        }
    });

    test('every internal link resolves to a file of the site and, with a fragment, to an id on that page', () => {
        let checked = 0;
        for (const [name, html] of pagesOf(site)) {
            const ids = idsOf(html);
            for (const link of linksOf(html)) {
                const [file, fragment] = link.split('#');
                const target = file === '' ? name : posix.normalize(posix.join(posix.dirname(name), file.split('?')[0]));
                expect(site.has(target), `${name} → ${link}`).toBe(true);
                if (fragment) {
                    expect((file === '' ? ids : idsOf(site.get(target)!)).has(fragment), `${name} → ${link}`).toBe(true);
                }
                checked++;
            }
        }
        expect(checked).toBeGreaterThan(1000);
    });

    test('DISPENDUKCAPIL\'s page answers who uses its population data and whether each use is shared', () => {
        const html = site.get('opd/DISPENDUKCAPIL.html')!;
        const usedBy = html.slice(html.indexOf('id="dipakai-oleh"'), html.indexOf('id="memakai"'));
        expect(usedBy).toContain('Data Kependudukan (NIK dan KK)');
        expect(usedBy).toContain('>Dinas Sosial</bdi></a>');
        expect(usedBy).toContain('<span class="sharing sharing-notShared">Tidak dibagipakaikan</span>');
        // DINSOS sees the same use from its side, under "Memakai".
        const dinsos = site.get('opd/DINSOS.html')!;
        expect(dinsos.slice(dinsos.indexOf('id="memakai"'), dinsos.indexOf('id="temuan"'))).toContain('Data Kependudukan (NIK dan KK)');
    });

    test('"Memakai" counts every reference to another OPD\'s data or application, as Lampiran A does (integrations too)', () => {
        const html = site.get('opd/RSUD_GAMBIRAN.html')!;
        const uses = html.slice(html.indexOf('id="memakai"'), html.indexOf('id="temuan"'));
        expect(uses).not.toContain('<p>Tidak ada</p>');
        expect(uses).toContain('href="../opd/nasional.html#e-SATUSEHAT"');
        expect(uses).toContain('sharing-national');
    });

    test('an unfunded item (TK.03) reads "tanpa anggaran" on Peta Rencana and in Beranda\'s contributions, never Rp0', () => {
        const roadmapRow = /<tr id="rencana-[^"]*"[^>]*><td>TK\.03<\/td>[^]*?<\/tr>/.exec(site.get('peta-rencana.html')!)![0];
        expect(roadmapRow).toContain('tanpa anggaran');
        const contribution = /<tr><td>TK\.03 ·[^]*?<\/tr>/.exec(site.get('index.html')!)![0];
        expect(contribution).toContain('tanpa anggaran');
        expect(contribution).not.toContain('Rp0');
    });

    test('an OPD page lists its findings with message and rule, its roadmap items and its elements as sections', () => {
        const html = site.get('opd/DISKOMINFO.html')!;
        expect(html).toMatch(/<section class="element" id="e-[A-Z_]+"/);
        expect(html).toContain('href="../peta-rencana.html#rencana-');
        expect(html).toContain('src="../assets/diagram/opd-DISKOMINFO.js"');
        const withFindings = pagesOf(site).map(([, h]) => h).find(h => h.includes('class="severity severity-warning"'));
        expect(withFindings).toMatch(/<code>[a-z-]+<\/code> [A-Z]/);
    });

    test('element sections write dates as Beranda does, not ISO', () => {
        const html = site.get('opd/RSUD_GAMBIRAN.html')!;
        expect(html).toContain('<dt>Tanggal</dt><dd>10 September 2024</dd>');
        expect(html).not.toMatch(/<dd>\d{4}-\d{2}-\d{2}<\/dd>/);
    });

    test('the national page lists no alias kept for v1 workspaces beside its entry', () => {
        const html = site.get('opd/nasional.html')!;
        expect(html).toContain('Online Single Submission Berbasis Risiko');
        expect(html).not.toContain('e-OSS_RBA');
        expect(html).not.toContain('Risk Based Approach');
    });

    test('Beranda shows the index with its assessed share, counts per domain, findings per OPD (sortable) and the seven muatan', () => {
        const html = site.get('index.html')!;
        expect(html).toContain('id="indeks"');
        expect(html).toMatch(/dinilai|bobot/i);
        expect(html).toContain('<table class="sortable">');
        expect((html.match(/<tr><td>[A-Z][^<]+<\/td><td class="num">\d+<\/td><\/tr>/g) ?? []).length).toBeGreaterThanOrEqual(7 + 7);
    });

    test('the search index finds an element by a word of its title, in any Indonesian form', () => {
        const index = MiniSearch.loadJSON(site.get('assets/search-index.js')!.replace(/^window\.SpbeSearchIndex = /, '').replace(/;\n$/, ''), SearchOptions);
        expect(index.search('kependudukan').map(r => r.id)).toContain('opd/DISPENDUKCAPIL.html#e-DT_KEPENDUDUKAN');
        expect(index.search('penduduk').map(r => r.id)).toContain('opd/DISPENDUKCAPIL.html#e-DT_KEPENDUDUKAN');
        expect(index.search('Dinas Sosial').map(r => r.id)).toContain('opd/DINSOS.html');
        expect(stemIndonesian('Kependudukan')).toBe(stemIndonesian('penduduk'));
        expect(stemIndonesian('sekolah')).toBe('sekolah');
    });

    test('the diagram data carry links to element sections and no file path of the architect', () => {
        const data = site.get('assets/diagram/opd-DINSOS.js')!;
        expect(data.startsWith('window.SpbeSiteDiagrams = {')).toBe(true);
        const parsed = JSON.parse(data.replace(/^window\.SpbeSiteDiagrams = /, '').replace(/;\n$/, '')) as { links: Record<string, string>; payloads: Record<string, unknown> };
        expect(parsed.links['DINSOS.SIBANSOS'] ?? Object.values(parsed.links).find(l => l.includes('#e-'))).toMatch(/^(\.\.\/)?opd\/[A-Z_]+\.html#e-/);
        expect(Object.keys(parsed.payloads)).toEqual(['opd|DINSOS|']);
        expect(data).not.toContain('file://');
        expect(site.get('assets/diagram/semua.js')).toContain('"layered||2027"');
    });
});

describe('the portal with hostile titles', () => {
    test('every title stays text on every page and in every script', async () => {
        const site = await siteOf(hostileWorkspace());
        const pages = pagesOf(site);
        expect(pages.length).toBeGreaterThanOrEqual(5);
        for (const [name, html] of pages) {
            expect(html, name).not.toContain('<script>alert(1)</script>');
            expect(html, name).not.toContain('</svg><script>');
        }
        expect(site.get('opd/A.html')).toContain('&lt;/td&gt;&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
        // In the scripts the title is a JSON string: data, quoted and escaped, never code.
        expect(site.get('assets/diagram/opd-A.js')).toContain(`"title":${JSON.stringify(HostileTitle)}`);
        expect(site.get('assets/search-index.js')).toContain(JSON.stringify(HostileTitle));
    }, 120_000);
});

describe('cross-OPD uses and their sharing status', () => {
    test('national, open, shared (listed or semua) and not shared', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'spbe-site-uses-'));
        writeFileSync(join(dir, 'ws.spbe'), `pemda P "Pemerintah Kota Uji" { periode 2026..2027 }
opd A "Dinas A" {
    data TERBUKA "Data Terbuka" { sifat terbuka }
    data TERBATAS "Data Terbatas" { sifat terbatas bagiPakai B }
    data SEMUA "Data Semua" { sifat tertutup bagiPakai semua }
    data RAHASIA "Data Rahasia" { sifat tertutup }
    aplikasi APP "Aplikasi A" { pengguna C }
}
opd B "Dinas B" {
    layanan L "Layanan B" { data A.TERBUKA, A.TERBATAS, A.SEMUA, A.RAHASIA aplikasi A.APP, nasional.SRIKANDI }
}
`);
        const site = await siteOf(dir);
        const b = site.get('opd/B.html')!;
        const uses = b.slice(b.indexOf('id="memakai"'), b.indexOf('id="temuan"'));
        const statusOf = (title: string) => new RegExp(`${title}</bdi></a>.*?sharing-([a-zA-Z]+)`).exec(uses)?.[1];
        expect(statusOf('Data Terbuka')).toBe('open');
        expect(statusOf('Data Terbatas')).toBe('shared');
        expect(statusOf('Data Semua')).toBe('shared');
        expect(statusOf('Data Rahasia')).toBe('notShared');
        expect(statusOf('Aplikasi A')).toBe('notShared');
        expect(uses).toContain('sharing-national');
        const a = site.get('opd/A.html')!;
        expect((a.slice(a.indexOf('id="dipakai-oleh"'), a.indexOf('id="memakai"')).match(/<tr><td>/g) ?? []).length).toBe(5);
    }, 60_000);
});

describe('locale and base URL', () => {
    test('English pages say English words; --base-url gives canonical links and a sitemap only for an absolute address', async () => {
        const dir = hostileWorkspace();
        const en = await siteOf(dir, { locale: 'en', baseUrl: 'https://intranet.example/spbe/' });
        expect(en.get('index.html')).toContain('<html lang="en">');
        expect(en.get('index.html')).toContain('>Roadmap</a>');
        expect(en.get('opd/A.html')).toContain('<link rel="canonical" href="https://intranet.example/spbe/opd/A.html">');
        expect(en.get('sitemap.xml')).toContain('<loc>https://intranet.example/spbe/peta-rencana.html</loc>');
        const relative = await siteOf(dir, { baseUrl: '/spbe/' });
        expect(relative.get('index.html')).toContain('<link rel="canonical" href="/spbe/index.html">');
        expect(relative.has('sitemap.xml')).toBe(false);
    }, 60_000);

    test('the diagram pages\' toolbar and the diagrams they carry are in the build locale', async () => {
        const dir = hostileWorkspace();
        const sites = { id: await siteOf(dir), en: await siteOf(dir, { locale: 'en' }) };
        for (const locale of ['id', 'en'] as const) {
            for (const page of ['diagram.html', 'opd/A.html']) {
                const app = diagramAppOf(sites[locale].get(page)!);
                expect(app, page).toContain(`data-locale="${locale}"`);
                expect(wordsOfOtherLanguage(app, locale), `${locale} ${page}`).toEqual([]);
                expect(app).toContain(`>${diagramAppWord('loading', locale)}<`);
                expect(app).toContain(`title="${diagramAppWord('fitTitle', locale)}"`);
            }
            // What the app draws comes in the same language: the payloads are built in the site's locale.
            const data = sites[locale].get('assets/diagram/semua.js')!;
            expect(data).toContain(`"locale":"${locale}"`);
            expect(data).toContain(JSON.stringify(DiagramViewTitles.layered[locale]));
        }
        const en = diagramAppOf(sites.en.get('diagram.html')!);
        expect(en).toContain('<label>View <select id="view">');
        expect(en).toContain('placeholder="Highlight elements…"');
        expect(en).not.toMatch(/Tampilan|semua tahun|Sorot|Memuat|Perbesar|Saring|keduanya/);
        expect(diagramAppOf(sites.id.get('diagram.html')!)).toContain('<label>Tampilan <select id="view">');
    }, 60_000);

    test('a base URL is an absolute path or an http(s) address, ending with a slash', () => {
        for (const good of ['/', '/spbe/', '/a/b-c/', 'https://intranet.example/spbe/', 'http://10.0.0.1:8080/', 'HTTPS://H/', 'Http://h/a.b/']) {
            expect(isSiteBaseUrl(good), good).toBe(true);
        }
        for (const bad of ['spbe/', '/spbe', 'javascript:alert(1)//', 'https://x/"onload="a/', '//evil.example/', 'ftp://x/', '/a b/', '',
            'https://x:99999/', 'https://x/../../', 'https://x/a/./', '/spbe/../', '/%2e%2e/', 'https://u:p@x/', 'https://u@x/']) {
            expect(isSiteBaseUrl(bad), bad).toBe(false);
        }
    });
});

describe('search in Indonesian', () => {
    test('peN-/per- nouns are found by their roots; a short word finds no other word by a typo', () => {
        expect(stemCandidates('Pemungutan')).toContain('pungut');
        expect(stemCandidates('penanggulangan')).toContain('tanggulang');
        expect(stemCandidates('perpajakan')).toContain('pajak');
        expect(stemCandidates('perizinan')).toContain('izin');
        expect(stemCandidates('pelayanan')).toContain(stemIndonesian('layanan'));
        expect(stemCandidates('penyakit')).toContain('sakit');
        expect(stemCandidates('pembangunan')).toContain('bangun');
        expect(stemCandidates('pendidikan')).toContain('didik');
        expect(stemCandidates('perencanaan')).toContain('rencana');
        expect(stemCandidates('sekolah')).toEqual(['sekolah']);
        const titles = ['Pemungutan Pajak Daerah', 'Penanggulangan Bencana', 'Sistem Perpajakan', 'Perizinan Terpadu', 'Kawasan Industri', 'Izin Usaha'];
        const index = new MiniSearch(SearchOptions);
        index.addAll(titles.map((title, i) => ({ id: String(i), title, kind: '', text: '' })));
        const found = (query: string) => index.search(query).map(r => titles[Number(r.id)]).sort();
        expect(found('pungut')).toEqual(['Pemungutan Pajak Daerah']);
        expect(found('tanggulang')).toEqual(['Penanggulangan Bencana']);
        expect(found('pajak')).toEqual(['Pemungutan Pajak Daerah', 'Sistem Perpajakan']);
        expect(found('izin')).toEqual(['Izin Usaha', 'Perizinan Terpadu']);
        expect(found('perizinan')).toEqual(['Perizinan Terpadu']);
        expect(found('awas')).toEqual([]);
        expect(found('kawasan')).toEqual(['Kawasan Industri']);
    });
});

describe('the site lays out each distinct diagram once', () => {
    test('views of years with the same diagram share one layout; a year that differs gets its own', async () => {
        const { buildPreviewPayload } = await import('spbe-generators');
        const { loadWorkspace } = await import('spbe-server');
        const dir = mkdtempSync(join(tmpdir(), 'spbe-site-layouts-'));
        writeFileSync(join(dir, 'ws.spbe'), `pemda P "Pemerintah Kota Uji" { periode 2026..2028 }
opd A "Dinas A" { aplikasi X "Aplikasi X" {} aplikasi Y "Aplikasi Y" { status dihentikan hingga 2027 } }
opd B "Dinas B" { layanan L "Layanan B" { aplikasi A.X, A.Y } }
`);
        const model = (await loadWorkspace(dir)).model();
        const layouts = new Map();
        const views = await Promise.all([2026, 2027, 2028].map(year => buildPreviewPayload(model, { view: 'layered', year }, new Map(), { layouts })));
        expect(layouts.size).toBe(2);
        expect(views[0].nodes.map(n => [n.id, n.x, n.y])).toEqual(views[1].nodes.map(n => [n.id, n.x, n.y]));
        expect(views[2].nodes.map(n => n.id)).not.toContain('A.Y');
        expect(views.map(v => v.params.year)).toEqual([2026, 2027, 2028]);
    }, 60_000);
});
