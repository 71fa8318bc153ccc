// Bundles the extension client (CommonJS, as the extension host loads it) and the language server
// (ESM: Langium is ESM-only) into out/. `--watch` rebuilds on change, `--minify` for releases.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: !minify, minify, logLevel: 'info' };

const contexts = await Promise.all([
    // The preview's webview script: the diagram app of spbe-generators (the static site loads the same
    // app), as a browser bundle loaded through the webview's CSP nonce.
    esbuild.context({ ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: { 'webview/preview': '../generators/src/preview/webview/diagram-app.ts' }, outdir: 'out' }),
    esbuild.context({ ...common, entryPoints: { 'extension/main': 'src/extension/main.ts' }, outdir: 'out', format: 'cjs', outExtension: { '.js': '.cjs' }, external: ['vscode'] }),
    esbuild.context({
        ...common,
        // The DOCX thread of Generate Document and the PNG renderer's threads, with pngjs inside (spbe-server's
        // docx-thread.ts and render-png.ts start them beside the server bundle).
        entryPoints: {
            'language-server/main': 'src/language-server/main.ts',
            'language-server/docx-thread-main': '../server/out/workspace/docx-thread-main.js',
            'language-server/resvg-thread-main': '../server/out/workspace/resvg-thread-main.js'
        },
        outdir: 'out',
        format: 'esm',
        outExtension: { '.js': '.mjs' },
        // Some dependencies are CommonJS and call require(); give the ESM bundle one.
        banner: { js: "import { createRequire as __createRequire } from 'module'; import { fileURLToPath as __fileURLToPath } from 'url'; import { dirname as __pathDirname } from 'path'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __pathDirname(__filename);" }
    })
]);
// resvg's WebAssembly (PNG export, the same file on every platform) and its glue module (loaded by the
// worker threads that draw) beside the server bundle, where spbe-server's render-png looks for them.
const resvgWasm = createRequire(new URL('../server/package.json', import.meta.url)).resolve('@resvg/resvg-wasm/index_bg.wasm');
mkdirSync('out/language-server', { recursive: true });
copyFileSync(resvgWasm, 'out/language-server/resvg.wasm');
copyFileSync(join(dirname(resvgWasm), 'index.mjs'), 'out/language-server/resvg.mjs');
if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
} else {
    await Promise.all(contexts.map(c => c.rebuild()));
    await Promise.all(contexts.map(c => c.dispose()));
}
