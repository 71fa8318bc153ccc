// The layer check: runs dependency-cruiser with the repository's .dependency-cruiser.cjs over every
// package's src and reports each import that goes the wrong way, plus what dependency-cruiser cannot see:
// an `import(...)` of a computed name in spbe-model or spbe-generators (rule no-computed-import).
// `npm run lint:layers` runs it here; test/architecture/layers.test.ts runs it on the tree and on
// copies with planted violations.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package's exports hide its bin, so it is found where npm installs it (this repository's root).
const cruiser = fileURLToPath(new URL('../../node_modules/dependency-cruiser/bin/dependency-cruiser.mjs', import.meta.url));

/**
 * One wrong-way import: the rule it breaks (a `name` in .dependency-cruiser.cjs) and why (the rule's
 * `comment`), the importing file and what it imports, both relative to the checked root (an npm
 * package resolves into node_modules), the import's text as written (`node:module`) and its 1-based
 * line in `from` (absent when the text is not found on one line, e.g. an import split over lines).
 * dependency-cruiser reports no line numbers, so the line is found by searching the file.
 * @typedef {{ rule: string, why: string, from: string, to: string, specifier: string, line?: number }} LayerViolation
 */

/**
 * Checks the packages under `root` (a checkout: package.json, .dependency-cruiser.cjs, packages/*∕src).
 * @param {string} root the folder to check, absolute or relative to the working directory
 * @returns {LayerViolation[]} every violation, empty when the layers hold
 * @throws {Error} when dependency-cruiser itself fails (bad config, crash), so that a broken check
 *   is never mistaken for a clean tree
 */
export function checkLayers(root) {
    const sources = readdirSync(join(root, 'packages'), { withFileTypes: true })
        .filter(entry => entry.isDirectory())
        .map(entry => `packages/${entry.name}/src`);
    const run = spawnSync(process.execPath, [cruiser, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...sources], {
        cwd: resolve(root),
        encoding: 'utf-8',
        maxBuffer: 256 * 1024 * 1024
    });
    // dependency-cruiser exits with the number of errors; only output that is not a report is a failure.
    let report;
    try {
        report = JSON.parse(run.stdout);
    } catch {
        throw new Error(`dependency-cruiser failed (exit ${run.status ?? run.signal}): ${run.stderr.trim() || run.stdout.trim()}`);
    }
    const why = new Map(report.summary.ruleSetUsed.forbidden.map(rule => [rule.name, rule.comment ?? '']));
    const modules = new Map(report.modules.map(module => [module.source, module]));
    const computed = report.modules.filter(module => computedImportScope.test(module.source))
        .flatMap(module => computedImports(root, module.source));
    return [...computed, ...report.summary.violations.map(violation => {
        const dependency = modules.get(violation.from)?.dependencies.find(d => d.resolved === violation.to);
        const specifier = dependency ? `${dependency.protocol ?? ''}${dependency.module}` : violation.to;
        return {
            rule: violation.rule.name, why: why.get(violation.rule.name) ?? '', from: violation.from, to: violation.to, specifier,
            line: importLine(resolve(root, violation.from), specifier)
        };
    })];
}

// dependency-cruiser sees only imports of a literal name; `import(name)` with a computed name could
// load Langium into the packages that must not have it. There, every dynamic import names its module.
const computedImportScope = /^packages\/(model|generators)\/src\//;
const computedImportRule = {
    rule: 'no-computed-import',
    why: 'spbe-model and spbe-generators import only modules named by a string literal, so the layer rules can see what they load'
};

/** The `import(<not a string literal>)` calls of one file, as violations (found by scanning its lines). */
function computedImports(root, file) {
    let text;
    try {
        text = readFileSync(resolve(root, file), 'utf-8');
    } catch {
        return [];
    }
    return text.split('\n').flatMap((line, i) => {
        const code = line.replace(/\/\/.*$/, '');
        return [...code.matchAll(/\bimport\(\s*(?!'[^'$]*'\s*[,)]|"[^"$]*"\s*[,)])([^)]*)\)?/g)].map(match => ({
            ...computedImportRule, from: file, to: '(computed)', specifier: `import(${match[1].trim()})`, line: i + 1
        }));
    });
}

/** The 1-based line of `file` where `specifier` appears quoted (the import), or undefined. */
function importLine(file, specifier) {
    let text;
    try {
        text = readFileSync(file, 'utf-8');
    } catch {
        return undefined;
    }
    const index = text.split('\n').findIndex(line => ['\'', '"', '`'].some(quote => line.includes(`${quote}${specifier}${quote}`)));
    return index < 0 ? undefined : index + 1;
}

/**
 * One line a reader can act on: where, what, which rule and why.
 * `packages/generators/src/x.ts:3 imports 'node:module' — generators-not-to-node-module: spbe-generators may not …`
 * @param {LayerViolation} violation
 * @returns {string}
 */
export function violationLine(violation) {
    const where = violation.line ? `${violation.from}:${violation.line}` : violation.from;
    const what = violation.to === '(computed)' ? `${violation.specifier}, a computed name`
        : violation.specifier === violation.to ? `'${violation.specifier}'` : `'${violation.specifier}' (${violation.to})`;
    return `${where} imports ${what} — ${violation.rule}: ${violation.why}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const root = process.argv[2] ?? '.';
    const violations = checkLayers(root);
    for (const violation of violations) {
        console.error(violationLine(violation));
    }
    if (violations.length > 0) {
        console.error(`\n${violations.length} import(s) break the package layers; the rules are in .dependency-cruiser.cjs (no-computed-import in scripts/layers/check-layers.mjs), the layers in docs/architecture.md.`);
        process.exit(1);
    }
    console.log('The package layers hold: no wrong-way import.');
}
