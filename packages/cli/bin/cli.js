#!/usr/bin/env node
// Checked before anything else is loaded: the language engine needs Node.js 22 or newer
// (Langium 4.3+ uses Object.groupBy), and a stack trace from deep inside it would help nobody.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
    process.stderr.write(
        `spbe: Node.js 22 or newer is required, but this is Node.js ${process.versions.node}.\n` +
        'Run it through the repository\'s scripts (npx spbe …, npm run spbe -- …), which bring Node.js 22,\n' +
        'or install Node.js 22 LTS.\n');
    process.exit(2);
}
// V8's code cache on disk (Node 22's module compile cache, in the OS temp folder): from the second run
// on, the bundle's ~3 MB of JavaScript a command loads is not compiled again. NODE_DISABLE_COMPILE_CACHE=1
// turns it off; a cache that cannot be written is skipped by Node silently.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
// Stack traces name the TypeScript sources (the bundle's source maps, as --enable-source-maps would).
process.setSourceMapsEnabled(true);
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
