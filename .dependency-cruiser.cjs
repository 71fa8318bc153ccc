// The layer check (`npm run lint:layers`, also a step of `npm test` and test/architecture/layers.test.ts).
// npm workspaces hoist every package into the root node_modules, so any package can import any other
// whatever its package.json says; this check makes a wrong-way import fail instead of waiting for a
// review. What each package may import is read from its own package.json, so the manifests stay the
// one place that states the direction; the named rules below add what a manifest cannot say.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = __dirname;
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf-8'));
/** Each workspace package: its folder name (`model`), npm name (`spbe-model`) and dependencies. */
const workspaces = rootManifest.workspaces.map(folder => {
    const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf-8'));
    return { dir: folder.split('/').pop(), name: manifest.name, dependencies: Object.keys(manifest.dependencies ?? {}) };
});

// A workspace package imported by a package whose manifest does not list it. Workspace imports resolve
// to the other package's source (scripts/layers/tsconfig.paths.json), so npm's own dependency types
// cannot see them; these rules can.
const undeclaredWorkspaceImports = workspaces.flatMap(from => {
    const undeclared = workspaces.filter(to => to !== from && !from.dependencies.includes(to.name));
    return undeclared.length === 0 ? [] : [{
        name: `undeclared-workspace-import-${from.dir}`,
        comment: `${from.name} imports a workspace package that packages/${from.dir}/package.json does not list in dependencies`,
        severity: 'error',
        from: { path: `^packages/${from.dir}/src/` },
        to: { path: `^packages/(${undeclared.map(to => to.dir).join('|')})/` }
    }];
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
    forbidden: [
        {
            name: 'model-imports-nothing',
            comment: 'spbe-model is the plain model: it imports nothing but its own files (no npm package, no Node builtin)',
            severity: 'error',
            from: { path: '^packages/model/src/' },
            to: { pathNot: '^packages/model/src/' }
        },
        {
            name: 'generators-not-to-langium',
            comment: 'spbe-generators render the plain model: never Langium, the AST (spbe-language) or the Node side (spbe-server)',
            severity: 'error',
            from: { path: '^packages/generators/src/' },
            to: { path: ['^packages/(language|server)/', '(^|/)node_modules/(langium|chevrotain)/', '^(langium|chevrotain)(/|$)'] }
        },
        {
            name: 'generators-not-to-node-module',
            comment: "spbe-generators may not import node:module: its createRequire would load any package (langium included) by a name the other rules never see",
            severity: 'error',
            from: { path: '^packages/generators/src/' },
            to: { path: '^(node:)?module$' }
        },
        {
            name: 'language-not-to-outputs',
            comment: 'spbe-language reads and checks sources; outputs (spbe-generators) and the Node side (spbe-server) build on it, not the other way',
            severity: 'error',
            from: { path: '^packages/language/src/' },
            to: { path: '^packages/(generators|server)/' }
        },
        {
            name: 'not-to-adapters',
            comment: 'spbe-cli and spbe-vscode are the outermost adapters: no package imports them',
            severity: 'error',
            from: { path: '^packages/([^/]+)/src/', pathNot: '^packages/(cli|vscode)/src/' },
            to: { path: '^packages/(cli|vscode)/' }
        },
        {
            name: 'no-vscode-outside-extension',
            comment: 'only packages/vscode may import the VS Code API',
            severity: 'error',
            from: { path: '^packages/', pathNot: '^packages/vscode/' },
            to: { path: ['(^|/)node_modules/@types/vscode/', '^vscode$'] }
        },
        {
            name: 'relative-import-leaves-package',
            comment: 'a relative import must stay inside its own package: reach another package by its name, through its index.ts',
            severity: 'error',
            from: { path: '^packages/([^/]+)/' },
            to: { path: '^packages/', pathNot: '^packages/$1/', dependencyTypesNot: ['aliased'] }
        },
        {
            name: 'extension-without-language-runtime',
            comment: 'the bundled VS Code client (packages/vscode/src/extension) must not pull in Langium: of spbe-language it may use only spbe-language/contract, of spbe-server only spbe-server/protocol',
            severity: 'error',
            from: { path: '^packages/vscode/src/(extension|webview)/' },
            to: {
                path: ['^packages/(language|server|generators)/src/', '(^|/)node_modules/(langium|chevrotain)/', '^(langium|chevrotain)(/|$)'],
                pathNot: ['^packages/language/src/lsp/client-contract[.]ts$', '^packages/server/src/lsp/protocol[.]ts$']
            }
        },
        {
            name: 'client-modules-stay-light',
            comment: 'spbe-server/protocol and spbe-language/contract are bundled into the VS Code client: at run time they may import only the LSP protocol, spbe-model and each other (type-only imports are erased)',
            severity: 'error',
            from: { path: ['^packages/server/src/lsp/protocol[.]ts$', '^packages/language/src/lsp/client-contract[.]ts$'] },
            to: {
                dependencyTypesNot: ['type-only'],
                pathNot: ['^packages/model/src/', '^packages/language/src/lsp/client-contract[.]ts$', '^packages/server/src/lsp/protocol[.]ts$', '(^|/)node_modules/vscode-(languageserver-protocol|jsonrpc|languageserver-types)/', '^vscode-languageserver-protocol$']
            }
        },
        ...undeclaredWorkspaceImports,
        {
            name: 'no-non-package-json',
            comment: "an npm package that the importing package's own package.json does not list in dependencies (hoisting would hide it)",
            severity: 'error',
            from: { path: '^packages/' },
            to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] }
        },
        {
            name: 'not-to-dev-dep',
            comment: 'source must not import a devDependency; the one exception is the VS Code API types of packages/vscode',
            severity: 'error',
            from: { path: '^packages/' },
            to: { dependencyTypes: ['npm-dev'], pathNot: '(^|/)node_modules/@types/vscode/' }
        },
        {
            name: 'not-to-unresolvable',
            comment: 'an import that resolves to nothing (a typo, or a package that is not installed)',
            severity: 'error',
            from: { path: '^packages/' },
            to: { couldNotResolve: true }
        }
    ],
    options: {
        doNotFollow: { path: 'node_modules' },
        tsPreCompilationDeps: true,
        tsConfig: { fileName: 'scripts/layers/tsconfig.paths.json' },
        enhancedResolveOptions: {
            exportsFields: ['exports'],
            conditionNames: ['import', 'require', 'node', 'types', 'default'],
            mainFields: ['module', 'main', 'types', 'typings'],
            extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json']
        },
        reporterOptions: { text: { highlightFocused: true } }
    }
};
