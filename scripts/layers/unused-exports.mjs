// Lists what each package's public surface (packages/<p>/src/index.ts) exports but no consumer
// imports: no other package, test, bench or script. Such an export widens the surface that other
// packages could start to lean on, so index.ts exports only what is used. Run by
// test/architecture/public-surface.test.ts and by hand: `node scripts/layers/unused-exports.mjs`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const consumerFolders = ['packages', 'test', 'bench', 'scripts'];
const consumerExtensions = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs']);
const skippedFolders = new Set(['node_modules', 'out', 'dist', '.git', 'generated-fixtures']);

/** Every source file below `dir` that may import a package (skipping build output and node_modules). */
function sourceFiles(dir) {
    if (!existsSync(dir)) {
        return [];
    }
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
            return skippedFolders.has(entry.name) || entry.name.startsWith('.') ? [] : sourceFiles(path);
        }
        return consumerExtensions.has(extname(entry.name)) && !entry.name.endsWith('.d.ts') ? [path] : [];
    });
}

/** The names that `packages/<dir>/src/index.ts` exports, as the type checker sees them. */
function exportedNames(root, dirs) {
    const paths = JSON.parse(readFileSync(join(root, 'scripts/layers/tsconfig.paths.json'), 'utf-8')).compilerOptions.paths;
    const indexFiles = dirs.map(dir => join(root, 'packages', dir, 'src', 'index.ts'));
    const program = ts.createProgram(indexFiles, {
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2023,
        baseUrl: root,
        paths,
        noEmit: true,
        skipLibCheck: true,
        types: ['node']
    });
    const checker = program.getTypeChecker();
    return new Map(dirs.map((dir, i) => {
        const symbol = checker.getSymbolAtLocation(program.getSourceFile(indexFiles[i]));
        const names = symbol ? checker.getExportsOfModule(symbol).map(exported => exported.getName()) : [];
        return [dir, new Set(names)];
    }));
}

/**
 * Which package's index a module specifier names, if any: `spbe-model` (not a subpath such as
 * `spbe-server/protocol`, which is a surface of its own), or a relative path to `packages/<p>/src|out/index`.
 */
function targetPackage(specifier, fromFile, root, byName) {
    if (byName.has(specifier)) {
        return byName.get(specifier);
    }
    if (!specifier.startsWith('.')) {
        return undefined;
    }
    const target = relative(root, resolve(dirname(fromFile), specifier)).split('\\').join('/');
    return /^packages\/([^/]+)\/(src|out)\/index\.[jt]s$/.exec(target)?.[1];
}

/** Records in `used` (package dir → names, or '*' for everything) what one file imports of the packages. */
function collectImports(file, root, byName, used) {
    const text = readFileSync(file, 'utf-8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const ownPackage = /^packages\/([^/]+)\//.exec(relative(root, file).split('\\').join('/'))?.[1];
    const use = (dir, name) => {
        if (dir === undefined || dir === ownPackage) {
            return;
        }
        if (!used.has(dir)) {
            used.set(dir, new Set());
        }
        used.get(dir).add(name);
    };
    const visit = node => {
        if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
            const dir = targetPackage(node.moduleSpecifier.text, file, root, byName);
            if (ts.isImportDeclaration(node)) {
                const clause = node.importClause;
                if (clause?.name) {
                    use(dir, 'default');
                }
                const bindings = clause?.namedBindings;
                if (bindings && ts.isNamespaceImport(bindings)) {
                    use(dir, '*');
                } else if (bindings) {
                    bindings.elements.forEach(element => use(dir, (element.propertyName ?? element.name).text));
                }
            } else if (!node.exportClause || ts.isNamespaceExport(node.exportClause)) {
                use(dir, '*');
            } else {
                node.exportClause.elements.forEach(element => use(dir, (element.propertyName ?? element.name).text));
            }
        } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])
            && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
            // `const { a, b } = await import('spbe-x')` names what it uses; any other dynamic import may use anything.
            const dir = targetPackage(node.arguments[0].text, file, root, byName);
            const holder = ts.isAwaitExpression(node.parent) ? node.parent.parent : node.parent;
            if (holder && ts.isVariableDeclaration(holder) && ts.isObjectBindingPattern(holder.name)) {
                holder.name.elements.forEach(element => use(dir, (element.propertyName ?? element.name).getText(source)));
            } else {
                use(dir, '*');
            }
        } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
            const dir = targetPackage(node.argument.literal.text, file, root, byName);
            use(dir, node.qualifier ? (ts.isIdentifier(node.qualifier) ? node.qualifier.text : node.qualifier.left.getText(source)) : '*');
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
}

/**
 * For each package with a `src/index.ts`, the names it exports that no consumer imports.
 * @param {string} root the repository root
 * @returns {Map<string, string[]>} package folder name (`model`) → unused export names, sorted;
 *   only packages with at least one unused export
 */
export function unusedExports(root) {
    const dirs = readdirSync(join(root, 'packages')).filter(dir => existsSync(join(root, 'packages', dir, 'src', 'index.ts')));
    const byName = new Map(dirs.map(dir => [JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf-8')).name, dir]));
    const exported = exportedNames(root, dirs);
    const used = new Map();
    for (const file of consumerFolders.flatMap(folder => sourceFiles(join(root, folder)))) {
        collectImports(file, root, byName, used);
    }
    const unused = new Map();
    for (const dir of dirs) {
        const names = used.get(dir) ?? new Set();
        const unusedNames = names.has('*') ? [] : [...exported.get(dir)].filter(name => !names.has(name)).sort();
        if (unusedNames.length > 0) {
            unused.set(dir, unusedNames);
        }
    }
    return unused;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const unused = unusedExports(fileURLToPath(new URL('../..', import.meta.url)));
    for (const [dir, names] of unused) {
        console.log(`packages/${dir}/src/index.ts exports ${names.length} name(s) no other package, test, bench or script imports:\n  ${names.join('\n  ')}`);
    }
    process.exit(unused.size > 0 ? 1 : 0);
}
