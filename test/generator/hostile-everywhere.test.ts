import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { escapeString, projectIndex } from 'spbe-model';
import { exportDiagramText, IndexFormats, renderIndex } from 'spbe-generators';
import { loadWorkspace, renderPng } from 'spbe-server';
import { PNG } from 'pngjs';
import { SaxesParser } from 'saxes';
import { HostileTitle, hostileWorkspace } from './hostile-fixture.js';

/** The outputs the roadmap, diagram, diff, inventory and preview suites do not already cover. */
describe('hostile titles in the index reports and in PNG text', () => {
    test('index: HTML without markup from the title, Markdown without raw HTML, JSON exact', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'spbe-hostile-index-'));
        const t = escapeString(HostileTitle);
        writeFileSync(join(dir, 'ws.spbe'), `pemda P "${t}" { periode 2026..2027 }\nopd A "${t}" { pic "p" }\n`
            + `petaRencana { rencana R "${t}" { muatan aplikasi penanggungJawab A tahun 2026 indikator spbe2020.I01 -> 3 } }\npenilaian 2025 spbe2020 { I01 1 I02 1 }\n`);
        const model = (await loadWorkspace(dir)).model();
        const projection = projectIndex(model, 'spbe2020');
        for (const format of IndexFormats) {
            const text = renderIndex(projection, format, HostileTitle, 'id');
            if (format === 'html') {
                expect(text).not.toContain('<script>alert(1)</script>');
                expect(text.match(/<script/g)).toBeNull();
                expect(text).toContain('&lt;script&gt;');
            } else if (format === 'md') {
                expect(text).not.toMatch(/<script|<\/svg>|<\/td>/);
            } else if (format === 'json') {
                expect(text).toContain(JSON.stringify(HostileTitle));
            }
        }
    });

    test('PNG: the SVG with the title parses as XML and rasterizes; the title cannot end the document', async () => {
        const model = (await loadWorkspace(hostileWorkspace())).model();
        const svg = await exportDiagramText(model, { view: 'layered' }, 'svg');
        const parser = new SaxesParser();
        const texts: string[] = [];
        let scripts = 0;
        parser.on('text', t => texts.push(t));
        parser.on('opentag', tag => { if (tag.name === 'script' || tag.name === 'foreignObject') { scripts++; } });
        parser.write(svg).close();
        expect(scripts).toBe(0);
        expect(texts.join('')).toContain(HostileTitle.slice(0, 30));
        const png = PNG.sync.read(Buffer.from(await renderPng(svg)));
        expect(png.width).toBeGreaterThan(100);
        expect(png.height).toBeGreaterThan(100);
    });
});
