import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { pngSize } from 'spbe-generators';
import { diskWorkspace, generateDocumentFiles } from 'spbe-server';
import { writeRoadmapWorkspace } from '../../bench/roadmap-workspace.mjs';
import { copyExample } from '../helpers/copy-sources.mjs';

/** Each image of a DOCX: the pixels across its PNG per inch of the width it is drawn at (`wp:extent`, in EMU). */
async function imageDpi(bytes: Uint8Array): Promise<number[]> {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1]!;
    const drawings = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="\d+"\/>[\s\S]*?r:embed="([^"]+)"/g)];
    return Promise.all(drawings.map(async ([, cx, id]) => {
        const png = await zip.file(`word/${target(id!)}`)!.async('uint8array');
        return pngSize(png).width / (Number(cx) / 914_400);
    }));
}

describe('the DOCX diagrams are rasterized for the size they print at', () => {
    test('each PNG has 140–151 pixels per inch of its printed width, not the flat 1.5× zoom (about 210 dpi for a Gantt page)', async () => {
        const roadmap = mkdtempSync(join(tmpdir(), 'spbe-dpi-roadmap-'));
        writeRoadmapWorkspace(roadmap, 60);
        const kediri = copyExample('kota-kediri', 'spbe-dpi-');
        const dpi: number[] = [];
        for (const [dir, jenis] of [[roadmap, 'peta-rencana'], [kediri, 'arsitektur']] as const) {
            const out = mkdtempSync(join(tmpdir(), 'spbe-dpi-out-'));
            await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis, formats: 'docx' }, 'id');
            const found = await imageDpi(readFileSync(join(out, `${jenis}-spbe.docx`)));
            expect(found.length, jenis).toBeGreaterThan(jenis === 'peta-rencana' ? 2 : 1);
            dpi.push(...found);
        }
        // 150 dpi, one of rounding over; a diagram printed at its natural size (10 twips a pixel of the 1.5× layout) has 144.
        expect(Math.max(...dpi)).toBeLessThanOrEqual(151);
        expect(Math.min(...dpi)).toBeGreaterThanOrEqual(140);
    }, 120_000);
});
