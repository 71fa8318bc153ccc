import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { localized, UserError } from './user-error.js';

/** The name a bundle gives resvg's WebAssembly file when it copies it beside itself. */
export const resvgWasmName = 'resvg.wasm';

/**
 * Where resvg's WebAssembly file is: `resvg.wasm` in the folder of the running module or the folder
 * above (the CLI bundle keeps it in dist/, its chunks in dist/chunks/ and dist/commands/; the
 * extension beside out/language-server/main.mjs), else the installed `@resvg/resvg-wasm` package
 * (tsc's out/ and the tests run from the repository). `undefined` when none of these exists.
 */
export function resvgWasmFile(moduleUrl: string = import.meta.url): string | undefined {
    const here = path.dirname(fileURLToPath(moduleUrl));
    const beside = [path.join(here, resvgWasmName), path.join(here, '..', resvgWasmName)].find(existsSync);
    if (beside !== undefined) {
        return beside;
    }
    try {
        return createRequire(moduleUrl).resolve('@resvg/resvg-wasm/index_bg.wasm');
    } catch {
        return undefined;
    }
}

let ready: Promise<typeof Resvg> | undefined;

/**
 * resvg's renderer, its WebAssembly compiled and instantiated once per process (about 2.5 MB; the
 * first call pays some tens of milliseconds). Rejects with a `UserError` naming the folders searched
 * when the file is missing (a broken install); a later call tries again.
 */
export function loadResvg(): Promise<typeof Resvg> {
    ready ??= instantiate().catch(error => {
        ready = undefined;
        throw error;
    });
    return ready;
}

async function instantiate(): Promise<typeof Resvg> {
    const file = resvgWasmFile();
    if (file === undefined) {
        const here = path.dirname(fileURLToPath(import.meta.url));
        throw new UserError(localized(
            `Ekspor PNG membutuhkan ${resvgWasmName}, tetapi berkas itu tidak ada di ${here}, di folder induknya, maupun di paket @resvg/resvg-wasm: pasang ulang alat SPBE`,
            `PNG export needs ${resvgWasmName}, which is neither in ${here}, its parent folder nor the @resvg/resvg-wasm package: reinstall the SPBE tools`));
    }
    try {
        await initWasm(await readFile(file));
    } catch (error) {
        // Two copies of this module (the repository's src and out/ in one test run) share the one
        // resvg-wasm package, whose initWasm refuses a second call: its renderer is ready then.
        if (!/Already initialized/.test((error as Error).message)) {
            throw error;
        }
    }
    return Resvg;
}
