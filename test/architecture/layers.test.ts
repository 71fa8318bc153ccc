// The package layers are enforced by scripts/layers/check-layers.mjs (dependency-cruiser with
// .dependency-cruiser.cjs). This test runs it on the real tree, and on a copy with one wrong-way import
// planted per rule, so that a check that can no longer fail (a rule renamed, a path that stopped
// matching, a resolver that silently drops workspace imports) fails here instead.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { checkLayers, violationLine, type LayerViolation } from '../../scripts/layers/check-layers.mjs';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** One planted import: the file it goes into, the line appended, the rule that must report it. */
interface Plant {
    file: string;
    code: string;
    rule: string;
}

// One file per plant, so that each reported violation points at exactly one plant.
const plants: Plant[] = [
    { rule: 'generators-not-to-langium', file: 'packages/generators/src/output/escape.ts', code: "import { AstUtils } from 'langium';\nexport const plantedAstUtils = AstUtils;" },
    { rule: 'generators-not-to-langium', file: 'packages/generators/src/output/csv-table.ts', code: "import type { LangiumServices } from 'langium/lsp';\nexport type PlantedServices = LangiumServices;" },
    { rule: 'generators-not-to-langium', file: 'packages/generators/src/output/stable-zip.ts', code: "import type { Model } from 'spbe-language';\nexport type PlantedAst = Model;" },
    { rule: 'generators-not-to-node-module', file: 'packages/generators/src/output/document-words.ts', code: "import { createRequire } from 'node:module';\nexport const plantedLangium: unknown = createRequire(import.meta.url)('langium');" },
    { rule: 'no-computed-import', file: 'packages/generators/src/diagram/elk-layout.ts', code: "const plantedName = ['lang', 'ium'].join('');\nexport const plantedModule = () => import(plantedName);" },
        { rule: 'model-imports-nothing', file: 'packages/model/src/i18n/format-values.ts', code: "import 'spbe-language';" },
    { rule: 'model-imports-nothing', file: 'packages/model/src/i18n/view-titles.ts', code: "import 'exceljs';" },
    { rule: 'model-imports-nothing', file: 'packages/model/src/i18n/index-labels.ts', code: "import { join as plantedJoin } from 'node:path';\nexport const planted = plantedJoin;" },
    { rule: 'language-not-to-outputs', file: 'packages/language/src/validation/roadmap-checks.ts', code: "import 'spbe-generators';" },
    { rule: 'language-not-to-outputs', file: 'packages/language/src/validation/structure-checks.ts', code: "import type { ImportRequest } from 'spbe-server';\nexport type PlantedRequest = ImportRequest;" },
    { rule: 'not-to-adapters', file: 'packages/server/src/workspace/display-path.ts', code: "import 'spbe-cli';" },
    { rule: 'no-vscode-outside-extension', file: 'packages/server/src/workspace/user-error.ts', code: "import type { Uri } from 'vscode';\nexport type PlantedUri = Uri;" },
    { rule: 'relative-import-leaves-package', file: 'packages/cli/src/usage-error.ts', code: "import '../../model/src/model/time.js';" },
    { rule: 'extension-without-language-runtime', file: 'packages/vscode/src/extension/status-bar.ts', code: "import 'spbe-server';" },
    { rule: 'client-modules-stay-light', file: 'packages/server/src/lsp/protocol.ts', code: "import '../inventory/import-inventory.js';" },
    { rule: 'undeclared-workspace-import-vscode', file: 'packages/vscode/src/language-server/main.ts', code: "import 'spbe-generators';" },
    { rule: 'no-non-package-json', file: 'packages/server/src/workspace/git-revision.ts', code: "import 'commander';" },
    { rule: 'not-to-dev-dep', file: 'packages/vscode/src/extension/l10n.ts', code: "import '@vscode/vsce';" },
    { rule: 'not-to-unresolvable', file: 'packages/cli/src/closed-pipe.ts', code: "import 'spbe-no-such-package';" }
];

const scratch: string[] = [];
afterAll(() => {
    for (const dir of scratch) {
        rmSync(dir, { recursive: true, force: true });
    }
});

/** What the check reads of a checkout: manifests, the config, and every package's src; node_modules linked. */
function copyCheckout(): string {
    const copy = mkdtempSync(join(tmpdir(), 'spbe-layers-'));
    scratch.push(copy);
    for (const file of ['package.json', '.dependency-cruiser.cjs', 'scripts/layers/tsconfig.paths.json']) {
        cpSync(join(repoRoot, file), join(copy, file));
    }
    for (const name of readdirSync(join(repoRoot, 'packages'))) {
        mkdirSync(join(copy, 'packages', name), { recursive: true });
        cpSync(join(repoRoot, 'packages', name, 'package.json'), join(copy, 'packages', name, 'package.json'));
        cpSync(join(repoRoot, 'packages', name, 'src'), join(copy, 'packages', name, 'src'), { recursive: true });
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
    return copy;
}

const describeRule = (violation: LayerViolation) => `${violation.rule}: ${violation.from} → ${violation.to}`;

describe('package layers', () => {
    test('no import in the repository crosses the layers the wrong way', () => {
        expect(checkLayers(repoRoot).map(describeRule)).toEqual([]);
    });

    describe('the check fails on a planted wrong-way import', () => {
        let violations: LayerViolation[] = [];
        test('the unchanged copy is clean (the copy is faithful)', () => {
            expect(checkLayers(copyCheckout()).map(describeRule)).toEqual([]);
        });

        test('every planted import is reported, and nothing else', () => {
            const copy = copyCheckout();
            for (const plant of plants) {
                appendFileSync(join(copy, plant.file), `\n${plant.code}\n`);
            }
            violations = checkLayers(copy);
            const plantedFiles = new Set(plants.map(plant => plant.file));
            expect(violations.filter(violation => !plantedFiles.has(violation.from)).map(describeRule)).toEqual([]);
        });

        test.each(plants)('$rule fires for $file', plant => {
            const reported = violations.filter(violation => violation.from === plant.file).map(violation => violation.rule);
            expect(reported).toContain(plant.rule);
        });

        test('each violation reads as one line: file:line, the import as written, the rule and why', () => {
            const plant = plants.find(p => p.rule === 'generators-not-to-node-module')!;
            const violation = violations.find(v => v.from === plant.file && v.rule === plant.rule)!;
            expect(violationLine(violation)).toMatch(new RegExp(
                `^${plant.file.replaceAll('.', '[.]')}:\\d+ imports 'node:module' \\(module\\) — generators-not-to-node-module: spbe-generators may not import node:module: .+$`));
            // The line is the planted import's: the plant was appended after the file's own lines.
            const original = readFileSync(join(repoRoot, plant.file), 'utf-8').split('\n').length;
            expect(violation.line).toBe(original + 1);
        });

        test('every rule of the config is exercised by a plant', async () => {
            const config = (await import(join(repoRoot, '.dependency-cruiser.cjs'))).default as { forbidden: { name: string }[] };
            const planted = new Set(plants.map(plant => plant.rule));
            const untested = config.forbidden.map(rule => rule.name)
                .filter(name => !planted.has(name) && !name.startsWith('undeclared-workspace-import-'));
            expect(untested).toEqual([]);
        });
    });
});
