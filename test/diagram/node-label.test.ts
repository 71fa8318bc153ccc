import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildPreviewPayload, exportDiagramText, nodeLabel, textWidth } from 'spbe-generators';
import { type SpbeModel } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';

/** Three modules whose titles share their first 40 characters, and identifiers without a title. */
const simpeg = ['Sistem Informasi Manajemen Kepegawaian Modul Presensi dan Cuti', 'Sistem Informasi Manajemen Kepegawaian Modul Kenaikan Pangkat',
    'Sistem Informasi Manajemen Kepegawaian Modul Penilaian Kinerja Pegawai Negeri Sipil dan PPPK'];
const longId = 'SERVER_APLIKASI_KEPEGAWAIAN_DAN_PENGEMBANGAN_SDM_TERPADU';

function workspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-labels-'));
    writeFileSync(join(dir, 'ws.spbe'), `pemda P "Pemerintah Kota Contoh" { periode 2026..2027 }
opd BKPSDM "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia" {
    pic "PIC"
    infrastruktur SRV { jenis server }
    infrastruktur ${longId} { jenis server }
    aplikasi SIMPEG_PRESENSI "${simpeg[0]}" { hosting SRV }
    aplikasi SIMPEG_PANGKAT "${simpeg[1]}" { hosting SRV }
    aplikasi SIMPEG_KINERJA "${simpeg[2]}" { hosting ${longId} }
}
`);
    return dir;
}

interface SvgNode { element: string; tooltip: string; caption: string; lines: string[] }

/** The SVG's node groups: tooltip, caption and label lines as drawn. */
function svgNodes(svg: string): SvgNode[] {
    const parser = new SaxesParser();
    const nodes: SvgNode[] = [];
    const stack: Array<{ name: string; cls?: string }> = [];
    let current: SvgNode | undefined;
    let text = '';
    parser.on('opentag', tag => {
        const a = tag.attributes as Record<string, string>;
        stack.push({ name: tag.name, cls: a.class });
        text = '';
        if (tag.name === 'g' && a.class === 'node') {
            current = { element: a['data-element'], tooltip: '', caption: '', lines: [] };
            nodes.push(current);
        }
    });
    parser.on('text', t => { text += t; });
    parser.on('closetag', tag => {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (!current) {
            return;
        }
        if (tag.name === 'title' && parent?.cls === 'node') {
            current.tooltip = text;
        } else if (tag.name === 'tspan' && parent?.cls === 'label') {
            current.lines.push(text);
        } else if (tag.name === 'text' && tag.attributes.class !== 'label' && parent?.cls === 'node') {
            current.caption = text;
        } else if (tag.name === 'g' && tag.attributes.class === 'node') {
            current = undefined;
        }
    });
    parser.write(svg).close();
    return nodes;
}

let model: SpbeModel;
beforeAll(async () => { model = (await loadWorkspace(workspace())).model(); });

describe('node labels wrap on words', () => {
    test('lines fit the node, keep every word whole, and the node grows with its lines', () => {
        for (const title of [...simpeg, 'Layanan Informasi Publik', longId, `${simpeg[2]} ${simpeg[2]} ${simpeg[2]}`]) {
            const box = nodeLabel(title, 'aplikasi · BKPSDM.SIMPEG_KINERJA');
            expect(box.lines.length, title).toBeLessThanOrEqual(4);
            for (const line of box.lines) {
                expect(textWidth(line, 12), line).toBeLessThanOrEqual(box.width - 20);
            }
            const words = title.split(' ');
            const shown = box.lines.join(' ').replace(/…$/, '').split(' ');
            expect(shown, title).toEqual(words.slice(0, shown.length));
            expect(box.height).toBe(46 + 15 * (box.lines.length - 1));
        }
        expect(nodeLabel(simpeg[2], 'x').lines.length).toBeGreaterThan(1);
        // Only a title that overflows four lines at the widest node is shortened, and then on a word.
        expect(nodeLabel(`${simpeg[2]} ${simpeg[2]} ${simpeg[2]}`, 'x').lines.at(-1)).toMatch(/\S…$/);
    });

    test('a one-word title of 10,000 letters is cut with "…": the node stays a box a diagram can show', () => {
        const box = nodeLabel(`Aplikasi${'A'.repeat(10_000)}`, 'aplikasi · DINA.APP_A');
        expect(box.lines).toHaveLength(1);
        expect(box.lines[0]).toMatch(/^AplikasiA+…$/);
        expect(box.width).toBeLessThanOrEqual(3 * 380 + 20);
    });

    test('an identifier is never cut: the node is as wide as its caption and its longest word', () => {
        const box = nodeLabel(longId, `infrastruktur · BKPSDM.${longId}`);
        expect(box.lines).toEqual([longId]);
        expect(box.width).toBeGreaterThanOrEqual(textWidth(`infrastruktur · BKPSDM.${longId}`, 10) + 20);
    });

    test('the SVG shows words, not identifiers; distinct titles stay distinct, the tooltip holds the full title', async () => {
        const svg = await exportDiagramText(model, { view: 'opd', opd: 'BKPSDM' }, 'svg');
        const nodes = svgNodes(svg);
        expect(nodes.length).toBe(5);
        for (const n of nodes) {
            // The OPD's title is too wide for a caption: it is cut with … (spec §6: never the code), never the element's identifier.
            expect(n.caption, n.caption).toMatch(/^(Aplikasi|Layanan|Data|Infrastruktur|Proses Bisnis) · Badan Kepegawaian .*…$/);
            expect(n.tooltip).toContain('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia');
            expect(n.tooltip).not.toContain(n.element);
            expect(n.lines.join(' ')).not.toMatch(/…$/);
        }
        const byElement = new Map(nodes.map(n => [n.element, n]));
        expect(byElement.get('BKPSDM.SRV')!.lines).toEqual(['SRV']);
        expect(byElement.get(`BKPSDM.${longId}`)!.lines).toEqual([longId]);
        const titles = ['SIMPEG_PRESENSI', 'SIMPEG_PANGKAT', 'SIMPEG_KINERJA'].map(id => byElement.get(`BKPSDM.${id}`)!);
        expect(titles.map(n => n.lines.join(' '))).toEqual(simpeg);
        expect(new Set(titles.map(n => n.lines.join(' '))).size).toBe(3);
        titles.forEach((n, i) => expect(n.tooltip).toContain(simpeg[i]));
        expect(titles[2].lines.length).toBeGreaterThan(1);
    });

    test('ELK lays out the real node sizes: taller nodes, no overlaps; the preview draws the same lines', async () => {
        const payload = await buildPreviewPayload(model, { view: 'opd', opd: 'BKPSDM' }, new Map());
        const kinerja = payload.nodes.find(n => n.elementId === 'BKPSDM.SIMPEG_KINERJA')!;
        expect(kinerja.labelLines.length).toBeGreaterThan(1);
        expect(kinerja.height).toBe(46 + 15 * (kinerja.labelLines.length - 1));
        for (const a of payload.nodes) {
            for (const b of payload.nodes.filter(n => n !== a)) {
                const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
                expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
            }
        }
        const svg = svgNodes(await exportDiagramText(model, { view: 'opd', opd: 'BKPSDM' }, 'svg'));
        for (const n of payload.nodes) {
            expect(n.labelLines, n.id).toEqual(svg.find(s => s.element === n.elementId)!.lines);
        }
    });
});
