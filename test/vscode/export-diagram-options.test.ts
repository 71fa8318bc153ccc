import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DiagramFormats } from 'spbe-generators';
import { loadWorkspace } from 'spbe-server';
import { formatItems, openWith, viewItems, yearItems } from '../../packages/vscode/src/extension/commands/export-diagram-options.js';
import { repoRoot } from '../helpers/run-cli.js';

const choices = {
    opds: [{ code: 'DISKOMINFO', title: 'Dinas Komunikasi dan Informatika' }, { code: 'BAPPEDA', title: 'Badan Perencanaan Pembangunan Daerah' }, { code: 'DINSOS', title: 'Dinas Sosial' }],
    periode: { start: 2025, end: 2029 }
};

describe('SPBE: Export Diagram… choices', () => {
    test('every OPD of the workspace is offered as its own view, by title, the active file\'s OPD first', () => {
        const items = viewItems(choices, 'DINSOS');
        expect(items.slice(0, 3).map(i => i.view)).toEqual(['layered', 'integrasi', 'gap']);
        expect(items[3]).toMatchObject({ kind: 'separator' });
        expect(items.slice(4).map(i => i.view)).toEqual(['opd:DINSOS', 'opd:BAPPEDA', 'opd:DISKOMINFO']);
        expect(items[4]).toMatchObject({ label: 'OPD Dinas Sosial', description: 'DINSOS · the active file' });
        expect(items[5]).toMatchObject({ label: 'OPD Badan Perencanaan Pembangunan Daerah', description: 'BAPPEDA' });
        // Without OPDs there is no empty "Per OPD" heading.
        expect(viewItems({ opds: [] }, undefined).map(i => i.view)).toEqual(['layered', 'integrasi', 'gap']);
    });

    test('the years are the periode\'s, as-is and to-be marked; texts go through the translator', () => {
        const years = yearItems(choices.periode);
        expect(years.map(y => y.year)).toEqual([undefined, 2025, 2026, 2027, 2028, 2029]);
        expect(years[1].description).toMatch(/as-is/);
        expect(years[5].description).toMatch(/to-be/);
        expect(yearItems(undefined)).toHaveLength(1);
        const t = (m: string, ...args: Array<string | number>) => `[${m}]${args.join(',')}`;
        expect(yearItems(choices.periode, t)[0].label).toBe('[All years]');
        expect(viewItems(choices, undefined, t)[4].label).toBe('[OPD {0}]Badan Perencanaan Pembangunan Daerah');
    });

    test('the workspace\'s own OPD list fills the prompt: Kota Kediri offers all its OPDs', async () => {
        const model = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
        const opds = model.opds.filter(o => !o.builtin).map(o => ({ code: o.code, title: o.title ?? o.code }));
        const views = viewItems({ opds, periode: model.pemda?.periode }, undefined).filter(i => i.view.startsWith('opd:'));
        expect(views.length).toBe(opds.length);
        expect(views.length).toBeGreaterThan(30);
        expect(yearItems(model.pemda?.periode).length).toBeGreaterThan(1);
    });

    test('pictures open in the image preview, HTML in the browser, text formats as text', () => {
        expect(openWith('/out/diagram-layered.svg')).toBe('image');
        expect(openWith('/out/diagram-layered.png')).toBe('image');
        expect(openWith('/out/report.html')).toBe('browser');
        expect(openWith('/out/diagram-layered.mmd')).toBe('text');
        expect(openWith('/out/diagram-layered.xml')).toBe('text');
        expect(formatItems().map(f => f.label)).toEqual(['svg', 'png', 'mermaid', 'plantuml', 'dot', 'archimate']);
        expect(formatItems().map(f => f.label)).toEqual([...DiagramFormats]);
        expect(formatItems().every(f => f.description.length > 0)).toBe(true);
    });
});
