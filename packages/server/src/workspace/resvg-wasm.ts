import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { localized, UserError } from './user-error.js';

/** The names a bundle gives resvg's WebAssembly file and its JavaScript glue when it copies them beside itself. */
export const resvgWasmName = 'resvg.wasm';
export const resvgGlueName = 'resvg.mjs';

/** resvg's WebAssembly file and the ES module that drives it (`initWasm`, `Resvg`), as absolute paths. */
export interface ResvgFiles {
    readonly wasm: string;
    readonly glue: string;
}

/**
 * Where resvg's files are: `resvg.wasm` and `resvg.mjs` in the folder of the running module or the
 * folder above (the CLI bundle keeps them in dist/, its chunks in dist/chunks/ and dist/commands/; the
 * extension beside out/language-server/main.mjs), else the installed `@resvg/resvg-wasm` package
 * (tsc's out/ and the tests run from the repository). `undefined` when none of these exists.
 */
export function resvgFiles(moduleUrl: string = import.meta.url): ResvgFiles | undefined {
    const here = path.dirname(fileURLToPath(moduleUrl));
    const folder = [here, path.join(here, '..')].find(dir => existsSync(path.join(dir, resvgWasmName)) && existsSync(path.join(dir, resvgGlueName)));
    if (folder !== undefined) {
        return { wasm: path.join(folder, resvgWasmName), glue: path.join(folder, resvgGlueName) };
    }
    try {
        const wasm = createRequire(moduleUrl).resolve('@resvg/resvg-wasm/index_bg.wasm');
        return { wasm, glue: path.join(path.dirname(wasm), 'index.mjs') };
    } catch {
        return undefined;
    }
}

/** A compiled `WebAssembly.Module` (opaque here; worker threads receive it by structured clone). */
export type WasmModule = object;

// Node's global WebAssembly: the repository's `lib` has no DOM, where TypeScript declares it.
declare const WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule> };

/** resvg compiled for this machine, and the URL of its glue module for the threads that instantiate it. */
export interface CompiledResvg {
    readonly module: WasmModule;
    readonly glueUrl: string;
}

let compiled: Promise<CompiledResvg> | undefined;

/**
 * resvg's WebAssembly (about 2.5 MB) read and compiled once per process (the first call pays some
 * tens of milliseconds); each render instantiates the compiled module. Rejects with a `UserError`
 * naming the folders searched when the files are missing (a broken install); a later call tries again.
 */
export function compiledResvg(): Promise<CompiledResvg> {
    compiled ??= compile().catch(error => {
        compiled = undefined;
        throw error;
    });
    return compiled;
}

async function compile(): Promise<CompiledResvg> {
    const files = resvgFiles();
    if (files === undefined) {
        const here = path.dirname(fileURLToPath(import.meta.url));
        throw new UserError(localized(
            `Ekspor PNG membutuhkan ${resvgWasmName} dan ${resvgGlueName}, tetapi berkas itu tidak ada di ${here}, di folder induknya, maupun di paket @resvg/resvg-wasm: pasang ulang alat SPBE`,
            `PNG export needs ${resvgWasmName} and ${resvgGlueName}, which are neither in ${here}, its parent folder nor the @resvg/resvg-wasm package: reinstall the SPBE tools`));
    }
    return { module: await WebAssembly.compile(await readFile(files.wasm)), glueUrl: pathToFileURL(files.glue).href };
}
