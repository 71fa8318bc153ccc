#!/usr/bin/env node
// Checked before anything else is loaded: the language engine needs Node.js 22 or newer
// (Langium 4.3+ uses Object.groupBy), and a stack trace from deep inside it would help nobody.
// This part must parse and run on old Node.js too: no syntax or API newer than Node.js 14.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    const { existsSync } = await import('node:fs');
    // The locale as the CLI reads it (--locale/--lang, else SPBE_LOCALE), before commander loads.
    let locale = process.env.SPBE_LOCALE ?? '';
    const args = process.argv.slice(2);
    args.forEach((arg, i) => {
        const match = /^--(?:locale|lang)(?:=(.*))?$/.exec(arg);
        locale = match ? match[1] ?? args[i + 1] ?? '' : locale;
    });
    const english = /^en/i.test(locale);
    const version = process.versions.node;
    // Run through `npx ./spbe-tools-<v>.tgz` (npx's cache holds the package), `npx -p node@22 spbe`
    // finds no `spbe`: the tarball has to be named too.
    const { readFileSync } = await import('node:fs');
    let ownVersion = '<versi>';
    try {
        ownVersion = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf-8')).version;
    } catch {
        // The version only completes the file name in the advice.
    }
    const throughNpx = /[\\/]_npx[\\/]/.test(decodeURIComponent(new URL(import.meta.url).pathname));
    const rerun = throughNpx ? `npx -p node@22 -p ./spbe-tools-${ownVersion}.tgz spbe …` : 'npx -p node@22 spbe …';
    process.stderr.write(english
        ? `spbe needs Node.js 22 or newer (this is Node.js ${version}): install it from https://nodejs.org, or run once with \`${rerun}\`.\n`
        : `spbe membutuhkan Node.js 22 atau lebih baru (ini Node.js ${version}): pasang dari https://nodejs.org, atau jalankan sekali dengan \`${rerun}\`.\n`);
    // In a clone of the repository (esbuild.mjs is not shipped in the spbe-tools package), the npm
    // scripts run the repository's own Node.js 22 (its `node` devDependency).
    if (existsSync(new URL('../esbuild.mjs', import.meta.url))) {
        process.stderr.write(english
            ? 'In the repository: `npm run spbe -- …` or `npx spbe …` bring the repository\'s Node.js 22.\n'
            : 'Di repositori: `npm run spbe -- …` atau `npx spbe …` memakai Node.js 22 milik repositori.\n');
    }
    process.exit(2);
}
// V8's code cache on disk (Node 22's module compile cache, in the OS temp folder): from the second run
// on, the bundle's ~3 MB of JavaScript a command loads is not compiled again. NODE_DISABLE_COMPILE_CACHE=1
// turns it off; a cache that cannot be written is skipped by Node silently.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
// Stack traces name the TypeScript sources (the bundle's source maps, as --enable-source-maps would)
// wherever one is shown: with SPBE_DEBUG=1 (the only time a command prints an internal error's stack)
// and in the long-running language server. Other commands skip it: Node reads and indexes each loaded
// chunk's map up front, some 30 ms of a 0.6 s `spbe validate`.
if (process.env.SPBE_DEBUG || process.argv.slice(2).includes('lsp')) {
    process.setSourceMapsEnabled(true);
}
// The bundle (`npm run build` makes it): only the chosen command's code loads. Without it (a plain
// `tsc -b`), tsc's output runs the same code, module by module.
let main;
try {
    ({ main } = await import('../dist/main.js'));
} catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/[\\/]dist[\\/]main\.js/.test(String(error.message))) {
        throw error;
    }
    ({ main } = await import('../out/main.js'));
}
process.exitCode = await main(process.argv);
