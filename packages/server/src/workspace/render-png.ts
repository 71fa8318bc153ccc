import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { compiledResvg, type WasmModule } from './resvg-wasm.js';

const require = createRequire(import.meta.url);

/** The DejaVu Sans files shipped with the tools, so that a PNG looks the same on every machine. */
export function bundledFontFiles(): string[] {
    const fonts = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(f => path.join(fonts, f));
}

/**
 * Rasterizes an SVG to PNG with resvg compiled to WebAssembly (the same on every platform, nothing
 * native to install), using only the given font files, by default the bundled DejaVu Sans (never the
 * system's). Each image is drawn on a worker thread of its own, so the event loop (the language
 * server's) stays free, and WebAssembly memory, which never shrinks, goes away with the worker: a
 * 36-megapixel diagram grows it by about 320 MB. At most two draw at once. Rejects with resvg's
 * message for an SVG it cannot parse, the file system's error for a missing font file, and a
 * `UserError` when resvg's files are missing.
 */
export async function renderPng(svg: string, options: { fontFiles?: string[]; scale?: number } = {}): Promise<Uint8Array> {
    const [resvg, fontBuffers] = await Promise.all([compiledResvg(), Promise.all((options.fontFiles ?? bundledFontFiles()).map(f => readFile(f)))]);
    const renderOptions = {
        font: { fontBuffers, defaultFontFamily: 'DejaVu Sans' },
        fitTo: { mode: 'zoom', value: pngScale(svg, options.scale ?? 1.5) },
        background: '#ffffff'
    };
    return withWorkerSlot(() => renderInWorker({ module: resvg.module, glueUrl: resvg.glueUrl, svg, options: renderOptions }));
}

/** At most 16,000 px a side and 60 megapixels: a huge expanded view still renders, just smaller. */
export function pngScale(svg: string, wanted: number): number {
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 1000);
    const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 1000);
    return Math.min(wanted, 16_000 / width, 16_000 / height, Math.sqrt(60e6 / (width * height)));
}

/**
 * What a worker runs (evaluated as CommonJS): instantiate the compiled module through resvg's glue,
 * draw one image, hand the PNG's bytes over, and end.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
    const { initWasm, Resvg } = await import(workerData.glueUrl);
    await initWasm(workerData.module);
    const png = new Resvg(workerData.svg, workerData.options).render().asPng();
    parentPort.postMessage(png, [png.buffer]);
})().catch(error => parentPort.postMessage({ error: String(error instanceof Error ? error.message : error) }));
`;

function renderInWorker(job: { module: WasmModule; glueUrl: string; svg: string; options: object }): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
        const worker = new Worker(workerSource, { eval: true, workerData: job });
        worker.once('message', (answer: Uint8Array | { error: string }) => answer instanceof Uint8Array ? resolve(answer) : reject(new Error(answer.error)));
        worker.once('error', reject);
        // After an answer this changes nothing; before one (the thread died) it is the error.
        worker.once('exit', code => reject(new Error(`the PNG renderer's thread ended (exit code ${code}) without an image`)));
    });
}

/** Two images at once at most: each worker's WebAssembly memory holds its whole image. */
const maxWorkers = Math.min(2, availableParallelism());
let running = 0;
const waiting: Array<() => void> = [];

async function withWorkerSlot<T>(work: () => Promise<T>): Promise<T> {
    while (running >= maxWorkers) {
        await new Promise<void>(resolve => waiting.push(resolve));
    }
    running++;
    try {
        return await work();
    } finally {
        running--;
        waiting.shift()?.();
    }
}
