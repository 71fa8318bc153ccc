import type { Locale } from 'spbe-model';

/** The CI systems `spbe ci-template` / `spbe init --ci` write a pipeline for. */
export const CiSystems = ['github', 'gitlab'] as const;
export type CiSystem = typeof CiSystems[number];

/** Where each system reads its pipeline, relative to the repository root. */
export const PipelineFiles: Readonly<Record<CiSystem, string>> = {
    github: '.github/workflows/spbe.yml',
    gitlab: '.gitlab-ci.yml'
};

export interface PipelineParams {
    /** The workspace folder relative to the repository root, with `/` (`.` for the root itself). */
    readonly workspace: string;
    /** The default of the `SPBE_TOOLS_TGZ` variable: the CLI tarball's path in the repository (`./tools/spbe-tools-0.1.0.tgz`) or a URL. */
    readonly tarball: string;
    /** The CLI version writing the pipeline (named in its header). */
    readonly version: string;
    readonly locale: Locale;
}

/** A YAML double-quoted scalar: JSON's string syntax is a subset of it, so any path is safe. */
const quoted = (value: string) => JSON.stringify(value);
/** GitLab expands `$NAME` inside variable values; `$$` is its literal dollar sign. */
const gitlabQuoted = (value: string) => quoted(value.replace(/\$/g, '$$$$'));

/** The pipeline comments, in the user's language (the YAML keys and commands are the same). */
const comments = {
    header: {
        id: (system: string, version: string) => `# Dibuat oleh \`spbe ci-template ${system}\` (spbe ${version}); boleh diubah.`,
        en: (system: string, version: string) => `# Written by \`spbe ci-template ${system}\` (spbe ${version}); edit freely.`
    },
    tarball: {
        id: '# spbe tidak ada di registri npm: commit tarball CLI (`npm run pack:cli` di klon spbe-tools) di jalur\n# SPBE_TOOLS_TGZ, atau isi SPBE_TOOLS_TGZ dengan URL tarball itu (misalnya berkas rilis).',
        en: '# spbe is not on the npm registry: commit the CLI tarball (`npm run pack:cli` in a spbe-tools clone) at the\n# SPBE_TOOLS_TGZ path, or set SPBE_TOOLS_TGZ to the tarball\'s URL (a release file, say).'
    },
    workspace: {
        id: '# Folder ruang kerja .spbe, relatif terhadap akar repositori.',
        en: '# The .spbe workspace folder, relative to the repository root.'
    },
    findings: {
        id: '# Kode keluar 1 (ada galat) tidak menghentikan langkah ini agar laporannya tetap diunggah;\n# 2 (folder salah) dan 3 (galat internal) menghentikannya.',
        en: '# Exit code 1 (errors found) does not stop this step, so that the report is uploaded anyway;\n# 2 (a wrong folder) and 3 (an internal error) do.'
    },
    fail: {
        id: '# Menampilkan temuan dan menggagalkan pekerjaan bila ada galat.',
        en: '# Shows the findings and fails the job when there are errors.'
    },
    cache: {
        id: '# Tanpa cache: spbe dipasang dari tarball, bukan dari lock file.',
        en: '# Nothing to cache: spbe comes from a tarball, not from a lock file.'
    },
    upload: {
        id: '# Code scanning perlu repositori publik atau GitHub Advanced Security; tanpanya unggahan gagal\n# tanpa menggagalkan pekerjaan (temuan tetap ada di log langkah berikutnya).',
        en: '# Code scanning needs a public repository or GitHub Advanced Security; without it the upload fails\n# without failing the job (the findings are still in the next step\'s log).'
    }
} as const;

const comment = (key: Exclude<keyof typeof comments, 'header'>, locale: Locale, indent: string) =>
    comments[key][locale].split('\n').map(line => indent + line).join('\n');

/** The install step's script: a clear message when the tarball is not where the variable says. */
const installScript = (indent: string, message: string) => [
    'case "$SPBE_TOOLS_TGZ" in',
    '  http://*|https://*) ;;',
    `  *) test -f "$SPBE_TOOLS_TGZ" || { echo "${message}"; exit 1; } ;;`,
    'esac',
    'npm install -g --no-audit --no-fund "$SPBE_TOOLS_TGZ"'
].map(line => indent + line).join('\n');

/** Echoed in double quotes so that `$SPBE_TOOLS_TGZ` shows its value: no `"`, `` ` ``, `\\` or other `$` in them. */
const missingTarball = {
    id: 'Tarball CLI spbe tidak ditemukan di $SPBE_TOOLS_TGZ: commit spbe-tools-<versi>.tgz di sana atau isi variabel SPBE_TOOLS_TGZ dengan jalur atau URL-nya.',
    en: 'The spbe CLI tarball is not at $SPBE_TOOLS_TGZ: commit spbe-tools-<version>.tgz there or set the SPBE_TOOLS_TGZ variable to its path or URL.'
};

/** `.github/workflows/spbe.yml`: validate, upload SARIF to code scanning, fail on errors, then the documents as an artifact. */
function githubWorkflow(p: PipelineParams): string {
    return `${comments.header[p.locale]('github', p.version)}
name: spbe

on:
  push:
  pull_request:

permissions:
  contents: read
  security-events: write

env:
${comment('tarball', p.locale, '  ')}
  SPBE_TOOLS_TGZ: ${quoted(p.tarball)}
${comment('workspace', p.locale, '  ')}
  SPBE_WORKSPACE: ${quoted(p.workspace)}

jobs:
  spbe:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 22
${comment('cache', p.locale, '          ')}
          package-manager-cache: false
      - name: Install spbe
        run: |
${installScript('          ', missingTarball[p.locale])}
${comment('findings', p.locale, '      ')}
      - name: spbe validate (SARIF)
        run: spbe validate "$SPBE_WORKSPACE" --format sarif -o spbe.sarif || [ $? -eq 1 ]
${comment('upload', p.locale, '      ')}
      - name: Upload to code scanning
        uses: github/codeql-action/upload-sarif@v4
        continue-on-error: true
        with:
          sarif_file: spbe.sarif
          category: spbe
${comment('fail', p.locale, '      ')}
      - name: spbe validate
        run: spbe validate "$SPBE_WORKSPACE"
      - name: Peta Rencana and documents
        run: |
          spbe generate roadmap "$SPBE_WORKSPACE" --format md,xlsx,html -o spbe-out/roadmap
          spbe generate dokumen "$SPBE_WORKSPACE" -o spbe-out/dokumen
      - uses: actions/upload-artifact@v4
        with:
          name: spbe-dokumen
          path: spbe-out/
`;
}

/** `.gitlab-ci.yml`: Code Quality and JUnit reports (kept even when the job fails), fail on errors, then the documents. */
function gitlabPipeline(p: PipelineParams): string {
    return `${comments.header[p.locale]('gitlab', p.version)}
spbe:
  image: node:22
  variables:
${comment('tarball', p.locale, '    ')}
    SPBE_TOOLS_TGZ: ${gitlabQuoted(p.tarball)}
${comment('workspace', p.locale, '    ')}
    SPBE_WORKSPACE: ${gitlabQuoted(p.workspace)}
  script:
    - |
${installScript('      ', missingTarball[p.locale])}
${comment('findings', p.locale, '    ')}
    - spbe validate "$SPBE_WORKSPACE" --format codequality -o gl-code-quality-report.json || [ $? -eq 1 ]
    - spbe validate "$SPBE_WORKSPACE" --format junit -o spbe-junit.xml || [ $? -eq 1 ]
${comment('fail', p.locale, '    ')}
    - spbe validate "$SPBE_WORKSPACE"
    - spbe generate roadmap "$SPBE_WORKSPACE" --format md,xlsx,html -o spbe-out/roadmap
    - spbe generate dokumen "$SPBE_WORKSPACE" -o spbe-out/dokumen
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
      junit: spbe-junit.xml
    paths:
      - spbe-out/
`;
}

/** The pipeline file's text for `system`. */
export function pipelineText(system: CiSystem, params: PipelineParams): string {
    return system === 'github' ? githubWorkflow(params) : gitlabPipeline(params);
}
