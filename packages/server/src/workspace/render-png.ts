import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(import.meta.url);

/** The DejaVu Sans files shipped with the tools, so that a PNG looks the same on every machine. */
export function bundledFontFiles(): string[] {
    const fonts = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(f => path.join(fonts, f));
}

/**
 * Rasterizes an SVG to PNG with resvg, using only the bundled font (never the system's). resvg is a
 * native module loaded on first use, so a platform without it loses PNG export, not the server. The
 * work (mostly laying out the text: about 1 ms a label) runs on libuv's thread pool, so the event
 * loop stays free and several diagrams rasterize side by side.
 */
export async function renderPng(svg: string, options: { fontFiles?: string[]; scale?: number } = {}): Promise<Uint8Array> {
    let renderAsync: typeof import('@resvg/resvg-js').renderAsync;
    try {
        ({ renderAsync } = await import('@resvg/resvg-js'));
    } catch (error) {
        throw new Error(`PNG export is not available on ${process.platform}-${process.arch}: ${(error as Error).message}`);
    }
    const image = await renderAsync(svg, {
        font: { fontFiles: options.fontFiles ?? bundledFontFiles(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
        fitTo: { mode: 'zoom', value: pngScale(svg, options.scale ?? 1.5) },
        background: '#ffffff'
    });
    return new Uint8Array(image.asPng());
}

/** At most 16,000 px a side and 60 megapixels: a huge expanded view still renders, just smaller. */
export function pngScale(svg: string, wanted: number): number {
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 1000);
    const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 1000);
    return Math.min(wanted, 16_000 / width, 16_000 / height, Math.sqrt(60e6 / (width * height)));
}
