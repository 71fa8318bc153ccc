import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { renderPng, renderPngs } from 'spbe-server';
import { bundledFontFiles, resvgThreadFile } from '../../packages/server/src/workspace/render-png.js';
import { resvgFiles, resvgGlueName, resvgWasmName } from '../../packages/server/src/workspace/resvg-wasm.js';

const packageWasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
const packageGlue = join(dirname(packageWasm), 'index.mjs');

/** A 240×60 white SVG with one black line of text in `family`. */
const textSvg = (family: string) => '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60">' +
    `<text x="10" y="40" font-family="${family}" font-size="28" fill="#000">Kota Kediri ĀÉ</text></svg>`;

/** Pixels darker than mid-grey. */
function darkPixels(png: Uint8Array): { width: number; height: number; dark: number } {
    const image = PNG.sync.read(Buffer.from(png));
    let dark = 0;
    for (let i = 0; i < image.data.length; i += 4) {
        if (image.data[i] + image.data[i + 1] + image.data[i + 2] < 3 * 128) {
            dark++;
        }
    }
    return { width: image.width, height: image.height, dark };
}

describe('renderPng (resvg compiled to WebAssembly)', () => {
    test('draws text with the bundled DejaVu Sans whatever family the SVG asks for, and with no system font', async () => {
        const dejavu = darkPixels(await renderPng(textSvg('DejaVu Sans'), { scale: 1 }));
        expect(dejavu).toMatchObject({ width: 240, height: 60 });
        expect(dejavu.dark).toBeGreaterThan(300);
        // An unknown family falls back to DejaVu Sans: the same pixels.
        expect(darkPixels(await renderPng(textSvg('Arial, Helvetica'), { scale: 1 })).dark).toBe(dejavu.dark);
        // Without font files no text is drawn at all: the machine's fonts are never used.
        expect(darkPixels(await renderPng(textSvg('DejaVu Sans'), { scale: 1, fontFiles: [] })).dark).toBe(0);
    });

    test('scales, renders side by side as one after another, and survives an SVG it cannot read', async () => {
        const svgs = [1, 2, 3].map(n => textSvg('DejaVu Sans').replace('Kota Kediri', `Diagram ${n}`));
        const together = await Promise.all(svgs.map(svg => renderPng(svg)));
        const oneByOne = [];
        for (const svg of svgs) {
            oneByOne.push(await renderPng(svg));
        }
        expect(together.map(png => Buffer.from(png).toString('base64'))).toEqual(oneByOne.map(png => Buffer.from(png).toString('base64')));
        expect(darkPixels(together[0])).toMatchObject({ width: 360, height: 90 });
        await expect(renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect')).rejects.toThrow(/./);
        await expect(renderPng('not an svg at all')).rejects.toThrow(/./);
        // The WebAssembly instance is still sound after the failures.
        expect(Buffer.from(await renderPng(svgs[0]))).toEqual(Buffer.from(oneByOne[0]));
    });

    test('renderPngs draws a list in order, each at its scale, the same pixels as one renderPng each, and rejects on an SVG it cannot read', async () => {
        // Five images on at most two threads: the order of the answer is the order asked, whichever thread drew each.
        const images = [1, 2, 3, 4, 5].map(n => ({ svg: textSvg('DejaVu Sans').replace('Kota Kediri', `Bagian ${n}`), scale: n % 2 === 0 ? 1 : 2 }));
        const batch = await renderPngs(images);
        const single = await Promise.all(images.map(image => renderPng(image.svg, { scale: image.scale })));
        expect(batch.map(png => Buffer.from(png).toString('base64'))).toEqual(single.map(png => Buffer.from(png).toString('base64')));
        expect(batch.map(png => darkPixels(png).width)).toEqual([480, 240, 480, 240, 480]);
        expect(await renderPngs([])).toEqual([]);
        await expect(renderPngs([images[0]!, { svg: 'not an svg at all' }])).rejects.toThrow(/./);
    });

    test('draws on a worker thread: the event loop stays free and the image\'s memory is not kept', async () => {
        // 25 megapixels (100 MB of pixels) and 2,500 labels: long enough to see the loop run meanwhile.
        const labels = Array.from({ length: 2500 }, (_, i) => `<text x="${(i % 50) * 100}" y="${Math.floor(i / 50) * 100 + 50}" font-size="14">Label ${i}</text>`);
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="5000" height="5000">${labels.join('')}</svg>`;
        await renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
        const externalBefore = process.memoryUsage().external;
        const ticks: number[] = [];
        const timer = setInterval(() => ticks.push(performance.now()), 5);
        const start = performance.now();
        const png = await renderPng(svg, { scale: 1 });
        const took = performance.now() - start;
        clearInterval(timer);
        const externalGrowth = process.memoryUsage().external - externalBefore;
        expect(darkPixels(png)).toMatchObject({ width: 5000, height: 5000 });
        const gaps = ticks.slice(1).map((t, i) => t - ticks[i]);
        // Drawn on this thread, the loop would stand still for the whole drawing: one gap as long as it.
        expect(Math.max(...gaps), `longest pause of the loop, drawing took ${took.toFixed(0)} ms`).toBeLessThan(took / 2);
        // WebAssembly memory never shrinks: on this thread it would keep at least the 100 MB of pixels.
        expect(externalGrowth).toBeLessThan(50e6);
    }, 60_000);

    test('the PNG holds exactly the pixels resvg drew: decoded, it equals resvg\'s own PNG of the same SVG, colours and edges included', async () => {
        // Coloured shapes with anti-aliased edges, and text: a shifted row, channel or byte would show.
        const shapes = Array.from({ length: 12 }, (_, i) => `<rect x="${i * 23 + 0.5}" y="${i * 11}" width="${40 + i * 7}" height="17" rx="4" fill="#${(0x3a5fcd + i * 0x10a07).toString(16).slice(-6)}"/>`);
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="331" height="157">${shapes.join('')}<text x="5" y="150" font-size="13">Kota Kediri ĀÉ</text></svg>`;
        const ours = PNG.sync.read(Buffer.from(await renderPng(svg, { scale: 1.5 })));
        await initWasm(readFileSync(packageWasm)).catch(() => undefined);
        const resvg = new Resvg(svg, { font: { fontBuffers: bundledFontFiles().map(f => readFileSync(f)), defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'zoom', value: 1.5 }, background: '#ffffff' });
        const theirs = PNG.sync.read(Buffer.from(resvg.render().asPng()));
        expect({ width: ours.width, height: ours.height }).toEqual({ width: theirs.width, height: theirs.height });
        expect(ours.width).toBe(Math.ceil(331 * 1.5));
        expect(Buffer.compare(ours.data, theirs.data)).toBe(0);
    });

    test('a missing font file is an error naming it, not a PNG without text', async () => {
        await expect(renderPng(textSvg('DejaVu Sans'), { fontFiles: [join(tmpdir(), 'no-such-font.ttf')] })).rejects.toThrow(/no-such-font\.ttf/);
    });
});

describe('where the PNG renderer\'s thread module is found', () => {
    test('beside the running module or one folder above (the bundles\' dist/ and out/language-server/, tsc\'s out/workspace/)', () => {
        const dist = mkdtempSync(join(tmpdir(), 'spbe-resvg-thread-'));
        mkdirSync(join(dist, 'chunks'));
        const chunk = pathToFileURL(join(dist, 'chunks', 'chunk-x.js')).href;
        expect(resvgThreadFile(chunk)).toBeUndefined();
        writeFileSync(join(dist, 'resvg-thread-main.mjs'), '');
        expect(resvgThreadFile(chunk)).toBe(join(dist, 'resvg-thread-main.mjs'));
        expect(resvgThreadFile(pathToFileURL(join(dist, 'main.mjs')).href)).toBe(join(dist, 'resvg-thread-main.mjs'));
    });

    test('from the sources (the tests): the TypeScript file itself, which Node runs with its types stripped', () => {
        expect(process.features.typescript).toBeTruthy();
        expect(resvgThreadFile()).toBe(join(import.meta.dirname, '../../packages/server/src/workspace/resvg-thread-main.ts'));
    });
});

describe('where resvg.wasm and its glue are found', () => {
    /** A module URL inside a fresh folder outside the repository (no node_modules above it). */
    function moduleIn(...parts: string[]): { root: string; url: string } {
        const root = mkdtempSync(join(tmpdir(), 'spbe-wasm-'));
        const folder = join(root, ...parts);
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'chunk.js'), '');
        return { root, url: pathToFileURL(join(folder, 'chunk.js')).href };
    }
    function copyResvgInto(folder: string): void {
        copyFileSync(packageWasm, join(folder, resvgWasmName));
        copyFileSync(packageGlue, join(folder, resvgGlueName));
    }

    test('beside the bundle (the extension: out/language-server/resvg.wasm)', () => {
        const { root, url } = moduleIn('out', 'language-server');
        copyResvgInto(join(root, 'out', 'language-server'));
        expect(resvgFiles(url)).toEqual({ wasm: join(root, 'out', 'language-server', resvgWasmName), glue: join(root, 'out', 'language-server', resvgGlueName) });
    });

    test('one folder above the chunk (the CLI: dist/resvg.wasm, chunks in dist/chunks/)', () => {
        const { root, url } = moduleIn('dist', 'chunks');
        copyResvgInto(join(root, 'dist'));
        expect(resvgFiles(url)).toEqual({ wasm: join(root, 'dist', resvgWasmName), glue: join(root, 'dist', resvgGlueName) });
    });

    test('else the installed @resvg/resvg-wasm package (tsc output and tests in the repository)', () => {
        expect(resvgFiles(import.meta.url)).toEqual({ wasm: packageWasm, glue: packageGlue });
    });

    test('nowhere, or the wasm without its glue: undefined, so renderPng can name the folders it searched', () => {
        expect(resvgFiles(moduleIn('dist', 'chunks').url)).toBeUndefined();
        const { root, url } = moduleIn('dist', 'chunks');
        copyFileSync(packageWasm, join(root, 'dist', resvgWasmName));
        expect(resvgFiles(url)).toBeUndefined();
    });
});
