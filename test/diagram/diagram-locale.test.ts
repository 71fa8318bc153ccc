import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildPreviewPayload, exportDiagramText } from 'spbe-generators';
import type { SpbeModel } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { repoRoot, runCli, spawningTestTimeout } from '../helpers/run-cli.js';

/** Diagrams speak the chosen language like every other output: titles, bands, legend, captions, tooltips. */

let kediri: SpbeModel;
beforeAll(async () => {
    kediri = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
});

/** Indonesian words of the diagrams (not of the example's titles) that must not appear in an English one. */
const indonesian = ['Legenda', 'Arsitektur SPBE berlapis', 'Layanan SPBE', '>Proses Bisnis<', 'Data dan Informasi', '>eksisting<', '>rencana<', 'per 2027', 'Aplikasi · ', '(proses bisnis)', 'Lintas OPD', 'memakai ', 'dipakai oleh'];

describe('diagram locale', () => {
    test('SVG in English: title, subtitle year, bands, legend and captions', async () => {
        const svg = await exportDiagramText(kediri, { view: 'layered', year: 2027, locale: 'en' }, 'svg');
        expect(svg).toContain('Layered SPBE architecture');
        expect(svg).toContain('as of 2027');
        expect(svg).toContain('>Legend<');
        expect(svg).toContain('SPBE services');
        expect(svg).toContain('Application · ');
        expect(svg).toContain('>Across OPDs<');
        expect(svg).toMatch(/>uses [A-Z][a-z]+|>used by [A-Z][a-z]+/);
        expect(svg).not.toMatch(/>uses [A-Z_]+ \d|>used by [A-Z_]+ \d/);
        for (const word of indonesian) {
            expect(svg, word).not.toContain(word);
        }
        // Indonesian stays the default.
        const id = await exportDiagramText(kediri, { view: 'layered', year: 2027 }, 'svg');
        expect(id).toContain('>Legenda<');
        expect(id).toContain('Arsitektur SPBE berlapis');
    });

    test('the text formats and the integration map in English', async () => {
        const mermaid = await exportDiagramText(kediri, { view: 'layered', locale: 'en' }, 'mermaid');
        expect(mermaid).toContain('title: "Layered SPBE architecture');
        expect(mermaid).toContain('SPBE applications');
        const dot = await exportDiagramText(kediri, { view: 'integrasi', locale: 'en' }, 'dot');
        expect(dot).toContain('Cross-OPD integration map');
        expect(dot).toMatch(/integration via SPLP|direct integration \(no SPLP\)|data use|application use/);
        expect(dot).not.toMatch(/pemakaian (data|aplikasi)|integrasi langsung/);
    });

    test('the preview payload in English', async () => {
        const payload = await buildPreviewPayload(kediri, { view: 'layered', locale: 'en' }, new Map());
        expect(payload.title).toContain('Layered SPBE architecture');
        expect(payload.kindLabels.probis).toBe('Business process');
        expect(payload.bands.map(b => b.label)).toContain('SPBE services');
        const node = payload.nodes.find(n => n.elementId && n.status === 'eksisting')!;
        expect(node.statusLabel).toBe('Existing');
        expect(node.lifetime).toBe('the whole periode');
        // The edge kind in brackets; the ends are the example's (Indonesian) titles.
        expect(payload.edges.filter(e => /\((pemakaian|proses bisnis|integrasi|aplikasi|induk)\b/.test(e.tooltip))).toEqual([]);
        expect(payload.edges.some(e => e.tooltip.endsWith('(business process)'))).toBe(true);
    });

    test('spbe export diagram --locale en writes English files', () => {
        const out = mkdtempSync(join(tmpdir(), 'spbe-diagram-en-'));
        const r = runCli(['export', 'diagram', join(repoRoot, 'examples/kota-kediri'), '-f', 'svg,mermaid', '-o', out, '--locale', 'en']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const svg = readFileSync(join(out, 'diagram-layered.svg'), 'utf-8');
        expect(svg).toContain('Layered SPBE architecture');
        expect(svg).toContain('>Legend<');
        expect(readFileSync(join(out, 'diagram-layered.mmd'), 'utf-8')).toContain('SPBE services');
    }, spawningTestTimeout);
});
