// `npm run pack:cli`: the installable CLI, `spbe-tools-<version>.tgz` at the repository root.
// One package, `spbe-tools`, with the `spbe` bin and no dependencies: the bundle (packages/cli/dist,
// all of it: chunks, source maps, the site's browser files, the fonts, any .wasm) and the bin are
// copied into a staging folder with their own package.json, a short README and the LICENSE, and
// `npm pack` packs that folder. Run after `npm run build` (the npm script does both).
// A package the bundle still imports from outside (a bare specifier esbuild left external) cannot
// be bundled: it is listed as an optional dependency, so the install goes on without it, and named
// in the output. `--out <dir>` writes the tarball elsewhere (the install test uses a temp folder).
import { execFileSync } from 'node:child_process';
import { builtinModules, createRequire } from 'node:module';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'packages', 'cli');
const dist = join(cli, 'dist');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : root;

if (!existsSync(join(dist, 'main.js'))) {
    console.error(`pack-cli: ${relative(process.cwd(), dist)}/main.js is missing: run \`npm run build\` first.`);
    process.exit(1);
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir) {
    return readdirSync(dir, { recursive: true }).filter(name => statSync(join(dir, name)).isFile());
}

/**
 * The packages the bundle imports at run time but does not contain: bare specifiers of static and
 * dynamic imports that are not Node builtins (the esbuild externals, e.g. a native module).
 */
function externalPackages() {
    const builtins = new Set(builtinModules);
    const found = new Set();
    for (const file of filesUnder(dist).filter(name => name.endsWith('.js'))) {
        const code = readFileSync(join(dist, file), 'utf-8');
        // esbuild writes each import statement on a line of its own; a dynamic import is `import("x")`.
        const statements = code.matchAll(/^import\s+(?:[^'"\n;]*?\s*from\s*)?["']([^"'\n]+)["'];?$/gm);
        const dynamic = code.matchAll(/\bimport\(\s*["']([^"'\n]+)["']\s*\)/g);
        for (const [, specifier] of [...statements, ...dynamic]) {
            const name = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*/i.exec(specifier)?.[0];
            if (name !== undefined && !specifier.startsWith('node:') && !builtins.has(name)) {
                found.add(name);
            }
        }
    }
    return [...found].sort();
}

const cliPackage = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf-8'));
const requireFromServer = createRequire(join(root, 'packages', 'server', 'package.json'));
const externals = externalPackages();
const optionalDependencies = Object.fromEntries(externals.map(name => {
    const installed = JSON.parse(readFileSync(requireFromServer.resolve(`${name}/package.json`), 'utf-8'));
    return [name, `^${installed.version}`];
}));

const manifest = {
    name: 'spbe-tools',
    version: cliPackage.version,
    description: 'The spbe command line for Arsitektur SPBE and Peta Rencana SPBE workspaces (.spbe): validate, generate, export, build',
    license: cliPackage.license,
    type: 'module',
    bin: { spbe: 'bin/cli.js' },
    engines: { node: '>=22' },
    ...(externals.length > 0 ? { optionalDependencies } : {})
};

const stage = mkdtempSync(join(tmpdir(), 'spbe-pack-'));
try {
    cpSync(join(cli, 'bin', 'cli.js'), join(stage, 'bin', 'cli.js'));
    // The metafiles (`esbuild.mjs --metafile`) describe the build; nothing reads them at run time.
    cpSync(dist, join(stage, 'dist'), { recursive: true, filter: from => !/[\\/]meta-[^\\/]*\.json$/.test(from) });
    copyFileSync(join(cli, 'tarball-readme.md'), join(stage, 'README.md'));
    copyFileSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    // npm's own JSON report names the file it wrote; --ignore-scripts: the staged package has none.
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', outDir], { cwd: stage, encoding: 'utf-8' }));
    const tarball = join(outDir, packed.filename);
    console.log(`pack-cli: ${relative(process.cwd(), tarball) || tarball}: ${packed.entryCount} files, ` +
        `${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked`);
    if (externals.length > 0) {
        console.log(`pack-cli: not in the bundle, listed as optional dependencies (fetched from the registry at install): ${externals.join(', ')}`);
    }
} finally {
    rmSync(stage, { recursive: true, force: true });
}
