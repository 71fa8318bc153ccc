import { Argument, Option } from 'commander';
import { CiSystems, type CiSystem } from '../ci/pipeline-templates.js';
import { defineCommand } from '../command-definition.js';
import type { CiTemplateOptions } from '../commands/ci-template.js';
import type { InitOptions } from '../commands/init.js';
import type { ValidateOptions } from '../commands/validate.js';
import { addLocaleOption, wholeNumber } from '../options.js';
import { ReportFormats } from '../report/format.js';

/** `spbe validate [dir]`. */
export const validateDefinition = defineCommand({
    path: ['validate'],
    define: command => addLocaleOption(command
        .description('check every .spbe file below a folder (all checks, fast and slow)')
        .argument('[dir]', 'workspace folder', '.')
        .addOption(new Option('-f, --format <format>', 'output format').choices([...ReportFormats]).default('text'))
        .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', wholeNumber)
        .option('-o, --output <file>', 'write the report to a file (atomically) instead of the terminal')),
    run: async (context, dir: string, opts: ValidateOptions) =>
        (await import('../commands/validate.js')).validateCommand(dir, opts, context.version, context.out)
});

/** `spbe init [dir]`. */
export const initDefinition = defineCommand({
    path: ['init'],
    define: command => addLocaleOption(command
        .description('create a new pemda workspace that validates clean')
        .argument('[dir]', 'folder to create it in', '.')
        .option('--name <id>', 'pemda identifier', 'KotaContoh')
        .option('--title <text>', 'pemda title', 'Pemerintah Kota Contoh')
        .option('--year <yyyy>', 'first year of the five-year periode', wholeNumber, new Date().getFullYear())
        .addOption(new Option('--ci <system>', 'also write a CI pipeline (see spbe ci-template); in an existing workspace, only that').choices([...CiSystems]))
        .option('--hooks', 'also install a git pre-commit hook that validates the staged .spbe files; in an existing workspace, only that')
        .option('--tarball <path-or-url>', 'with --ci: where the pipeline installs the CLI from (default ./tools/spbe-tools-<version>.tgz)')
        .option('--force', 'replace an existing pipeline file or pre-commit hook')),
    run: async (context, dir: string, opts: InitOptions) =>
        (await import('../commands/init.js')).initCommand(dir, opts, context.version, context.out)
});

/** `spbe ci-template github|gitlab [dir]`. */
export const ciTemplateDefinition = defineCommand({
    path: ['ci-template'],
    define: command => addLocaleOption(command
        .description('write a CI pipeline for an existing workspace at its git repository\'s root: GitHub (.github/workflows/spbe.yml) or GitLab (.gitlab-ci.yml)')
        .addArgument(new Argument('<system>', 'CI system').choices([...CiSystems]))
        .argument('[dir]', 'workspace folder', '.')
        .option('--tarball <path-or-url>', 'where the pipeline installs the CLI from (default ./tools/spbe-tools-<version>.tgz)')
        .option('--force', 'replace an existing pipeline file'), 'language of messages and of the pipeline\'s comments'),
    run: async (context, system: CiSystem, dir: string, opts: CiTemplateOptions) =>
        (await import('../commands/ci-template.js')).ciTemplateCommand(system, dir, opts, context.version, context.out)
});
