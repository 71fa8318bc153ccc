import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { besideModule } from './beside-module.js';
import { compiledResvg, type CompiledResvg, type WasmModule } from './resvg-wasm.js';
import { localized, UserError } from './user-error.js';

const require = createRequire(import.meta.url);

/** The DejaVu Sans files shipped with the tools, so that a PNG looks the same on every machine. */
export function bundledFontFiles(): string[] {
    const fonts = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(f => path.join(fonts, f));
}

/**
 * Rasterizes an SVG to PNG with resvg compiled to WebAssembly (the same on every platform, nothing
 * native to install), using only the given font files, by default the bundled DejaVu Sans (never the
 * system's). Each call draws on a worker thread of its own, so the event loop (the language
 * server's) stays free, and WebAssembly memory, which never shrinks, goes away with the worker: a
 * 36-megapixel diagram grows it by about 320 MB. At most two draw at once. Rejects with resvg's
 * message for an SVG it cannot parse, the file system's error for a missing font file, and a
 * `UserError` when resvg's files or the thread's module (`resvgThreadFile`) are missing.
 */
export async function renderPng(svg: string, options: { fontFiles?: string[]; scale?: number } = {}): Promise<Uint8Array> {
    return (await renderPngs([{ svg, scale: options.scale }], options))[0]!;
}

/**
 * Rasterizes many SVGs (each at its own `scale`, default 1.5) like `renderPng`, in the same order, but
 * on at most two worker threads for the whole list (half the list each): a thread's start and resvg's
 * instantiation (about 60 ms) are paid once per thread, not once per image — a 2,000-item Gantt comes
 * in some 85 page parts. Rejects, like `renderPng`, on the first SVG that fails.
 */
export async function renderPngs(images: ReadonlyArray<{ svg: string; scale?: number }>, options: { fontFiles?: string[] } = {}): Promise<Uint8Array[]> {
    if (images.length === 0) {
        return [];
    }
    const [resvg, fontBuffers]: [CompiledResvg, Buffer[]] = await Promise.all([compiledResvg(), Promise.all((options.fontFiles ?? bundledFontFiles()).map(f => readFile(f)))]);
    const jobs = images.map(({ svg, scale }) => ({
        svg,
        options: { font: { fontBuffers, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'zoom', value: pngScale(svg, scale ?? 1.5) }, background: '#ffffff' }
    }));
    const threads = Math.min(maxWorkers, jobs.length);
    const size = Math.ceil(jobs.length / threads);
    const batches = Array.from({ length: threads }, (_, i) => jobs.slice(i * size, (i + 1) * size));
    const drawn = batches.map(batch => withWorkerSlot(() => renderInWorker({ module: resvg.module, glueUrl: resvg.glueUrl, images: batch })));
    return (await Promise.all(drawn)).flat();
}

/** At most 16,000 px a side and 60 megapixels: a huge expanded view still renders, just smaller. */
export function pngScale(svg: string, wanted: number): number {
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 1000);
    const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 1000);
    return Math.min(wanted, 16_000 / width, 16_000 / height, Math.sqrt(60e6 / (width * height)));
}

/** The thread's module, as the CLI bundle (dist/), the extension (out/language-server/) and tsc (out/workspace/) name it. */
const threadNames = ['resvg-thread-main.js', 'resvg-thread-main.mjs'];

/**
 * The PNG renderer's thread module: in the folder of the running module or the folder above (a bundle's chunks sit one
 * folder below it, like resvg's files, see `resvgFiles`); else, for the sources run by the tests, the TypeScript file
 * beside this one when Node strips types (Node 22.18 on), or tsc's output of it. `undefined` when there is none.
 */
export function resvgThreadFile(moduleUrl: string = import.meta.url): string | undefined {
    const here = path.dirname(fileURLToPath(moduleUrl));
    const built = besideModule(moduleUrl, threadNames);
    const source = process.features.typescript ? [path.join(here, 'resvg-thread-main.ts')] : [];
    const compiled = path.join(here, '..', '..', 'out', 'workspace', 'resvg-thread-main.js');
    return [...built, ...source, compiled].find(file => existsSync(file));
}

function renderInWorker(job: { module: WasmModule; glueUrl: string; images: Array<{ svg: string; options: object }> }): Promise<Uint8Array[]> {
    const threadFile = resvgThreadFile();
    if (threadFile === undefined) {
        const here = path.dirname(fileURLToPath(import.meta.url));
        return Promise.reject(new UserError(localized(
            `Ekspor PNG membutuhkan ${threadNames[0]}, tetapi berkas itu tidak ada di ${here} maupun di folder induknya: pasang ulang alat SPBE`,
            `PNG export needs ${threadNames[0]}, which is neither in ${here} nor its parent folder: reinstall the SPBE tools`)));
    }
    return new Promise((resolve, reject) => {
        const worker = new Worker(threadFile, { workerData: job });
        worker.once('message', (answer: Uint8Array[] | { error: string }) => Array.isArray(answer) ? resolve(answer) : reject(new Error(answer.error)));
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
