// Bundles the CLI into dist/ in two builds, so that `spbe --version`, `--help` and a usage error load
// one small file and every command loads only its own code:
// - dist/main.js: commander, the command definitions and the few constants they show (format lists),
//   nothing else; it `import()`s a command's code when the command runs.
// - dist/commands/<name>.js (one per out/commands/*.js, found by listing the folder) and dist/lib/*.js
//   (spbe-server, spbe-language for the error lines), with the code they share in dist/chunks/:
//   Langium, ExcelJS and ELK are each in chunks that only the commands using them load.
// Built from tsc's out/ (run after `tsc -b`); esbuild follows out/'s source maps, so with the source
// maps bin/cli.js enables, a stack trace names the .ts sources. `--metafile` writes dist/meta-*.json.
import { copyFileSync, cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const packagesDir = dirname(here);
const dist = join(here, 'dist');
const ownOut = ['model', 'language', 'generators', 'server'].map(p => join(packagesDir, p, 'out') + sep);

/** What the command chunks build has as entries: output name (without .js) → tsc's file. */
const lazyEntries = {
    ...Object.fromEntries(readdirSync(join(here, 'out', 'commands'))
        .filter(f => f.endsWith('.js'))
        .map(f => [`commands/${f.slice(0, -3)}`, join(here, 'out', 'commands', f)])),
    'lib/server': join(packagesDir, 'server', 'out', 'index.js'),
    // The DOCX thread of `generate dokumen` (spbe-server's docx-thread.ts starts it): its own entry, since a worker
    // thread loads a file; in dist/ itself, where the chunks that start it look (the folder above them).
    'docx-thread-main': join(packagesDir, 'server', 'out', 'workspace', 'docx-thread-main.js'),
    // The PNG renderer's threads (render-png.ts starts them), with pngjs inside: there too, for the same reason.
    'resvg-thread-main': join(packagesDir, 'server', 'out', 'workspace', 'resvg-thread-main.js'),
    'lib/language': join(packagesDir, 'language', 'out', 'index.js')
};
const lazyByFile = new Map(Object.entries(lazyEntries).map(([name, file]) => [file, name]));

/**
 * The repository's own packages (spbe-model, -language, -generators, -server) have no module-level
 * side effects: their modules only declare. Telling esbuild so lets it leave out a module whose
 * exports are not used, e.g. all of spbe-generators but its format lists in dist/main.js.
 * In the main build (`lazy`), an import of a lazy entry stays an import of its dist/ file.
 */
function resolvePlugin(lazy) {
    return {
        name: 'spbe-resolve',
        setup(build) {
            build.onResolve({ filter: /.*/ }, async args => {
                if (args.pluginData?.resolved) {
                    return undefined;
                }
                const result = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolved: true } });
                if (result.errors.length > 0 || result.external) {
                    return result;
                }
                const lazyName = lazy ? lazyByFile.get(result.path) : undefined;
                if (lazyName !== undefined) {
                    return { path: `./${lazyName}.js`, external: true };
                }
                return ownOut.some(prefix => result.path.startsWith(prefix)) ? { ...result, sideEffects: false } : result;
            });
        }
    };
}

const common = {
    // Paths in the bundle's comments and source maps' `sources` are relative to the repository
    // root whoever runs the build (npm runs it from packages/cli).
    absWorkingDir: dirname(packagesDir),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outdir: dist,
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'warning'
};

rmSync(dist, { recursive: true, force: true });
const [commands, main] = await Promise.all([
    esbuild.build({
        ...common,
        entryPoints: lazyEntries,
        splitting: true,
        chunkNames: 'chunks/[name]-[hash]',
        plugins: [resolvePlugin(false)],
        // Some dependencies are CommonJS and call require(); give the ESM chunks one.
        banner: { js: "import { createRequire as __spbeCreateRequire } from 'node:module'; const require = __spbeCreateRequire(import.meta.url);" }
    }),
    esbuild.build({ ...common, entryPoints: { main: join(here, 'out', 'main.js') }, plugins: [resolvePlugin(true)] })
]);
// DejaVu Sans (spbe-server's dependency, hoisted), the one font of PNG export and PDF documents, in fonts/
// beside the bundle: an installed CLI (the spbe-tools tarball, scripts/pack-cli.mjs) has no
// node_modules to find it in; src/font-files.ts looks there.
const dejavu = dirname(fileURLToPath(import.meta.resolve('dejavu-fonts-ttf/package.json')));
for (const [from, to] of [['ttf/DejaVuSans.ttf', 'DejaVuSans.ttf'], ['ttf/DejaVuSans-Bold.ttf', 'DejaVuSans-Bold.ttf'], ['LICENSE', 'LICENSE']]) {
    cpSync(join(dejavu, from), join(dist, 'fonts', to));
}

// The static site's browser files (`spbe build site`), which spbe-generators reads from a `browser/`
// folder beside the bundle's chunks once it is inlined here.
cpSync(join(packagesDir, 'generators', 'out', 'browser'), join(dist, 'browser'), { recursive: true });
// resvg's WebAssembly and its glue module (PNG export, run on worker threads): spbe-server's
// render-png looks for them in the folder above the chunk that runs it, i.e. here in dist/.
const resvgWasm = createRequire(join(packagesDir, 'server', 'package.json')).resolve('@resvg/resvg-wasm/index_bg.wasm');
copyFileSync(resvgWasm, join(dist, 'resvg.wasm'));
copyFileSync(join(dirname(resvgWasm), 'index.mjs'), join(dist, 'resvg.mjs'));
if (process.argv.includes('--metafile')) {
    writeFileSync(join(dist, 'meta-commands.json'), JSON.stringify(commands.metafile));
    writeFileSync(join(dist, 'meta-main.json'), JSON.stringify(main.metafile));
}
console.log(`spbe-cli: bundled into ${relative(process.cwd(), dist) || '.'}/`);
