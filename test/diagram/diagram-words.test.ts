import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildPreviewPayload, exportDiagramText } from 'spbe-generators';
import { type SpbeModel } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { repoRoot } from '../helpers/run-cli.js';

/**
 * Spec §6 (v2): diagrams show words where a person reads (captions, tooltips, containers, legend,
 * edge tooltips, ArchiMate names) and keep identifiers where machines read (`data-element`, node
 * ids, ArchiMate identifiers and the `id` property).
 */

let small: SpbeModel;
beforeAll(async () => {
    small = (await loadWorkspace(join(repoRoot, 'test/fixtures/roadmap-small'))).model();
});

const elementId = /KOMINFO\.(LAMA|BARU|RENCANA_LAIN|DC)/;
const opdTitle = 'Dinas Komunikasi dan Informatika';

/** The SVG without the attributes machines read (navigation and container keys). */
const svgForPeople = (svg: string) => svg.replace(/ data-(element|opd)="[^"]*"/g, '');

describe('diagrams show words, not identifiers', () => {
    test('SVG: captions, tooltips, containers and legend in words; data-element keeps the id', async () => {
        const svg = await exportDiagramText(small, { view: 'layered' }, 'svg');
        expect(svg).toContain('data-element="KOMINFO.LAMA"');
        const read = svgForPeople(svg);
        expect(read).not.toMatch(elementId);
        expect(read).toContain(`Aplikasi · ${opdTitle}`);
        expect(read).toContain(`<title>Aplikasi Lama — Aplikasi — ${opdTitle} — Status: Eksisting</title>`);
        expect(read).toContain('<title>Aplikasi Lama → Pusat Data (hosting)</title>');
        // The container heading and the legend name the OPD by its title.
        expect(read).toMatch(new RegExp(`<g class="container"><rect[^>]*/><text[^>]*><title>${opdTitle}</title>${opdTitle}</text>`));
        expect(read).toMatch(new RegExp(`<text x="14" y="0"><tspan x="14" y="0">${opdTitle}</tspan></text>`));
    });

    test('Mermaid, PlantUML and DOT carry no element identifier and name the OPD by title', async () => {
        for (const format of ['mermaid', 'plantuml', 'dot'] as const) {
            const text = await exportDiagramText(small, { view: 'layered' }, format);
            expect(text, format).not.toMatch(elementId);
            expect(text, format).toContain(opdTitle);
        }
        const dot = await exportDiagramText(small, { view: 'layered' }, 'dot');
        expect(dot).toContain('tooltip="Aplikasi Lama → Pusat Data (hosting)"');
    });

    test('ArchiMate: names are words, identifiers and the id property stay', async () => {
        const xml = await exportDiagramText(small, { view: 'layered' }, 'archimate');
        const names = [...xml.matchAll(/<name[^>]*>([^<]*)<\/name>/g)].map(m => m[1]);
        expect(names).toContain('Aplikasi Lama');
        expect(names).toContain(opdTitle);
        expect(names.filter(n => elementId.test(n) || n.includes('KOMINFO —'))).toEqual([]);
        expect(xml).toMatch(/<value[^>]*>KOMINFO\.LAMA<\/value>/);
        expect(xml).toMatch(/identifier="id-el-KOMINFO\.LAMA"/);
    });
});

describe('the preview payload gives the webview words', () => {
    test('kind, OPD, status, containers and edge tooltips in words; ids kept for navigation', async () => {
        const payload = await buildPreviewPayload(small, { view: 'layered' }, new Map());
        const lama = payload.nodes.find(n => n.elementId === 'KOMINFO.LAMA')!;
        expect(lama).toMatchObject({ kindLabel: 'Aplikasi', opdTitle, status: 'eksisting', statusLabel: 'Eksisting', caption: `Aplikasi · ${opdTitle}` });
        expect(payload.containers.map(c => c.title)).toContain(opdTitle);
        expect(payload.edges.map(e => e.tooltip)).toContain('Aplikasi Lama → Pusat Data (hosting)');
        expect(payload.kindLabels.probis).toBe('Proses Bisnis');
        const shown = [...payload.nodes.flatMap(n => [n.caption, n.label, n.kindLabel, n.opdTitle, n.statusLabel ?? '']),
            ...payload.edges.map(e => e.tooltip), ...payload.containers.map(c => c.title)];
        expect(shown.filter(t => elementId.test(t))).toEqual([]);
    });
});

describe('OPDs by title in titles, legends and the text formats (Kota Kediri: long titles)', () => {
    let kediri: SpbeModel;
    beforeAll(async () => {
        kediri = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
    });
    // Every OPD code of the example (not the library's `nasional`, a word in "pustaka nasional").
    const codes = () => kediri.opds.filter(o => !o.builtin).map(o => o.code);
    const codeIn = (text: string) => codes().filter(c => new RegExp(`(?<![\\w.])${c}(?![\\w])`).test(text));

    test('the OPD view is titled by the OPD\'s title in every format', async () => {
        for (const format of ['svg', 'mermaid', 'plantuml', 'dot', 'archimate'] as const) {
            const text = await exportDiagramText(kediri, { view: 'opd', opd: 'DISKOMINFO' }, format);
            expect(text, format).toContain('Arsitektur OPD Dinas Komunikasi dan Informatika');
            expect(text, format).not.toContain('Arsitektur OPD DISKOMINFO');
        }
    });

    test('Mermaid, PlantUML and DOT show no OPD code in any view: their boxes grow to the title', async () => {
        for (const view of [{ view: 'layered' }, { view: 'integrasi' }, { view: 'gap' }, { view: 'opd', opd: 'DISKOMINFO' }] as const) {
            for (const format of ['mermaid', 'plantuml', 'dot'] as const) {
                expect(codeIn(await exportDiagramText(kediri, view, format)), `${view.view} ${format}`).toEqual([]);
            }
        }
        const mmd = await exportDiagramText(kediri, { view: 'layered' }, 'mermaid');
        expect(mmd).toContain('<small>Layanan · Bagian Administrasi Pembangunan Sekretariat Daerah</small>');
    });

    test('the integration map names each OPD by its title, in its caption and tooltip too', async () => {
        const svg = svgForPeople(await exportDiagramText(kediri, { view: 'integrasi' }, 'svg'));
        expect(svg).not.toMatch(/>OPD [A-Z_]+</);
        expect(svg).toContain('<title>Dinas Komunikasi dan Informatika — OPD</title>');
        expect(codeIn(svg)).toEqual([]);
    });

    test('issue 18: every SVG view names OPDs by title in containers, Lintas OPD boxes and captions; the library by its word', async () => {
        for (const view of [{ view: 'layered' }, { view: 'gap' }, { view: 'opd', opd: 'DINSOS' }, { view: 'opd', opd: 'DISKOMINFO' }] as const) {
            const svg = svgForPeople(await exportDiagramText(kediri, view, 'svg'));
            // What a person reads: text content, tooltips included.
            const shown = [...svg.matchAll(/>([^<>]+)</g)].map(m => m[1]).join('\n');
            expect(codeIn(shown), view.view).toEqual([]);
            expect(shown, view.view).not.toMatch(/(?<![\w\s])nasional\b|· nasional/);
        }
        const layered = svgForPeople(await exportDiagramText(kediri, { view: 'layered' }, 'svg'));
        // A title too wide for its container is cut with … and whole in the heading's tooltip.
        expect(layered).toMatch(/<title>Bagian Administrasi Pembangunan Sekretariat Daerah<\/title>Bagian Administrasi[^<]*…<\/text>/);
        expect(layered).toContain('memakai Badan Pengelola Keuangan');
        const dinsos = await exportDiagramText(kediri, { view: 'opd', opd: 'DINSOS' }, 'svg');
        expect(dinsos).toContain('Aplikasi · pustaka nasional');
        expect(dinsos).not.toContain('Aplikasi · nasional');
    });

    test('SVG legend: every OPD by its title, wrapped when long, never by its code', async () => {
        const svg = await exportDiagramText(kediri, { view: 'layered' }, 'svg');
        const legend = svg.slice(svg.indexOf('>Legenda<'));
        const text = [...legend.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map(m => m[1]).join(' ');
        expect(codeIn(text)).toEqual([]);
        expect(text).toContain('Badan Kepegawaian dan Pengembangan Sumber Daya');
        for (const opd of kediri.opds.filter(o => !o.builtin && o.title)) {
            expect(text.replace(/\s+/g, ' '), opd.code).toContain(opd.title!.replace(/&/g, '&amp;'));
        }
    });
});
