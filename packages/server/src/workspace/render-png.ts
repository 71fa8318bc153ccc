import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { loadResvg } from './resvg-wasm.js';

const require = createRequire(import.meta.url);

/** The DejaVu Sans files shipped with the tools, so that a PNG looks the same on every machine. */
export function bundledFontFiles(): string[] {
    const fonts = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(f => path.join(fonts, f));
}

/**
 * Rasterizes an SVG to PNG with resvg compiled to WebAssembly (the same on every platform, nothing
 * native to install), using only the given font files, by default the bundled DejaVu Sans (never the
 * system's). The work (mostly laying out the text: about 1 ms a label) runs on the calling thread,
 * one image at a time. Rejects with resvg's message for an SVG it cannot parse, the file system's
 * error for a missing font file, and a `UserError` when resvg's WebAssembly file is missing.
 */
export async function renderPng(svg: string, options: { fontFiles?: string[]; scale?: number } = {}): Promise<Uint8Array> {
    const [Resvg, fontBuffers] = await Promise.all([loadResvg(), Promise.all((options.fontFiles ?? bundledFontFiles()).map(f => readFile(f)))]);
    const resvg = new Resvg(svg, {
        font: { fontBuffers, defaultFontFamily: 'DejaVu Sans' },
        fitTo: { mode: 'zoom', value: pngScale(svg, options.scale ?? 1.5) },
        background: '#ffffff'
    });
    try {
        const image = resvg.render();
        try {
            // A JavaScript copy: freeing the image afterwards leaves it intact.
            return image.asPng();
        } finally {
            image.free();
        }
    } finally {
        resvg.free();
    }
}

/** At most 16,000 px a side and 60 megapixels: a huge expanded view still renders, just smaller. */
export function pngScale(svg: string, wanted: number): number {
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 1000);
    const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 1000);
    return Math.min(wanted, 16_000 / width, 16_000 / height, Math.sqrt(60e6 / (width * height)));
}
