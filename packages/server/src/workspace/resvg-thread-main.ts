// A PNG renderer's thread (`renderPngs`): instantiates resvg's compiled module through its glue once, draws each image
// of the batch in `workerData` in order, encodes its pixels with pngjs, hands the PNGs' bytes back, and ends.
// Only erasable TypeScript and no import of the repository's own modules: the tests run this file as it is (Node strips
// the types), the bundles and tsc run its JavaScript.
import { PNG } from 'pngjs';
import { parentPort, workerData } from 'node:worker_threads';

/** What `renderPngs` hands a thread: the compiled module, the glue's URL, and the SVGs with resvg's options. */
interface ResvgThreadJob {
    readonly module: object;
    readonly glueUrl: string;
    readonly images: ReadonlyArray<{ readonly svg: string; readonly options: object }>;
}

/** The part of resvg's glue module (`@resvg/resvg-wasm`'s index.mjs) the thread uses. */
interface ResvgGlue {
    initWasm(module: object): Promise<void>;
    Resvg: new (svg: string, options: object) => {
        render(): { readonly pixels: Uint8Array; readonly width: number; readonly height: number; free(): void };
        free(): void;
    };
}

async function draw(job: ResvgThreadJob): Promise<Uint8Array[]> {
    const { initWasm, Resvg } = await import(job.glueUrl) as ResvgGlue;
    await initWasm(job.module);
    // Each image's tree and pixels are freed before the next: WebAssembly memory only grows. The pixels are encoded by
    // pngjs on Node's zlib, not resvg's asPng(), which encodes in WebAssembly, more than twice as slow for a larger file.
    // Unfiltered rows (filter type 0) at zlib level 3 with the default strategy: pngjs's defaults (level 9, the RLE
    // strategy, an adaptive filter per row) took 330 ms for a 5-megapixel diagram where these take 45 ms; the flat
    // colours of a diagram gain nothing from filters (the Sub filter: 40% slower here for a 10% larger file).
    // Straight alpha is written: resvg's pixels are premultiplied, the same for the opaque images drawn (on white).
    return job.images.map(image => {
        const resvg = new Resvg(image.svg, image.options);
        const rendered = resvg.render();
        const png = PNG.sync.write({ width: rendered.width, height: rendered.height, data: rendered.pixels } as PNG, { deflateLevel: 3, deflateStrategy: 0, filterType: 0 });
        rendered.free();
        resvg.free();
        // A small Buffer shares Node's pool with others; only a buffer of its own can be handed over (transferred).
        return png.byteOffset === 0 && png.byteLength === png.buffer.byteLength ? png : new Uint8Array(png);
    });
}

draw(workerData as ResvgThreadJob).then(
    pngs => parentPort!.postMessage(pngs, pngs.map(png => png.buffer as ArrayBuffer)),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) })
);
