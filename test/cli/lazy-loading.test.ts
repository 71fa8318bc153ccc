import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cliPath, repoRoot, spawningTestTimeout } from '../helpers/run-cli.js';

const dist = join(repoRoot, 'packages/cli/dist');
const recorder = fileURLToPath(new URL('../helpers/record-loads.mjs', import.meta.url));

/** Runs the built `spbe` and returns the exit code and the files (not `node:` builtins) it loaded. */
function filesLoadedBy(args: string[]): { code: number | null; files: string[] } {
    if (!existsSync(join(dist, 'main.js'))) {
        throw new Error('The CLI bundle is missing: run `npm run build` (it bundles packages/cli into dist/).');
    }
    const record = join(mkdtempSync(join(tmpdir(), 'spbe-loads-')), 'loaded.txt');
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(recorder).href, cliPath, ...args], {
        cwd: repoRoot, encoding: 'utf-8', env: { ...process.env, SPBE_LOCALE: '', SPBE_RECORD_LOADS: record }, timeout: 60_000
    });
    const urls = readFileSync(record, 'utf-8').split('\n').filter(u => u.startsWith('file:'));
    return { code: r.status, files: urls.map(u => fileURLToPath(u)) };
}

/** Whether a bundle file holds code of the npm package `name` (esbuild marks each input with a path comment). */
const holds = (file: string, name: string) => new RegExp(`^// (\\.\\./)*node_modules/${name}/`, 'm').test(readFileSync(file, 'utf-8'));

describe('the bundled CLI loads only what the command needs', () => {
    test.each([['--version'], ['--help'], ['generate', '--help'], ['validate', '--no-such-option']])('`spbe %s` loads the bin and dist/main.js, nothing else', (...args) => {
        const { files } = filesLoadedBy(args);
        expect(files).toEqual([cliPath, join(dist, 'main.js')]);
        expect(holds(join(dist, 'main.js'), 'langium')).toBe(false);
    });

    test('`spbe validate` loads Langium but neither ExcelJS, ELK, the document libraries nor the generators; `spbe template` loads ExcelJS', () => {
        const validate = filesLoadedBy(['validate', 'examples/minimal']);
        expect(validate.code).toBe(0);
        expect(validate.files).toContain(join(dist, 'commands/validate.js'));
        const bundled = validate.files.filter(f => f.startsWith(dist));
        expect(bundled.some(f => holds(f, 'langium'))).toBe(true);
        expect(bundled.filter(f => holds(f, 'exceljs') || holds(f, 'elkjs'))).toEqual([]);
        // Nor the document generators' libraries (pdfmake with pdfkit and fontkit, docx, jszip), nor
        // the generators beyond the file-name escapes (dist/main.js keeps their format lists for --help):
        // ~5 MB of code validate has no use for.
        expect(bundled.filter(f => ['pdfmake', 'pdfkit', 'fontkit', 'docx', 'jszip'].some(name => holds(f, name)))).toEqual([]);
        expect(bundled.filter(f => f !== join(dist, 'main.js') && /^\/\/ packages\/generators\/out\/(?!output\/(?:escape|drawable-text)\.js)/m.test(readFileSync(f, 'utf-8')))).toEqual([]);

        const output = join(mkdtempSync(join(tmpdir(), 'spbe-template-')), 'inventaris.xlsx');
        const template = filesLoadedBy(['template', '-o', output]);
        expect(template.code).toBe(0);
        expect(template.files.filter(f => f.startsWith(dist)).some(f => holds(f, 'exceljs'))).toBe(true);
    }, spawningTestTimeout);

    test('`spbe validate` loads none of the language server: neither langium/lsp, vscode-languageserver nor the editor services', () => {
        const validate = filesLoadedBy(['validate', 'examples/minimal']);
        expect(validate.code).toBe(0);
        const bundled = validate.files.filter(f => f.startsWith(dist));
        expect(bundled.filter(f => /^\/\/ (\.\.\/)*node_modules\/langium\/lib\/lsp\//m.test(readFileSync(f, 'utf-8')))).toEqual([]);
        // The protocol package stays: Langium's core takes its cancellation tokens and events from it.
        expect(bundled.filter(f => holds(f, 'vscode-languageserver'))).toEqual([]);
        // The editor's providers (hover, completion, …); workspace-validation.ts is a core service.
        expect(bundled.filter(f => /^\/\/ packages\/language\/out\/lsp\/(?!workspace-validation\.js)/m.test(readFileSync(f, 'utf-8')))).toEqual([]);
    }, spawningTestTimeout);

    test('the bundle keeps source maps that lead back to the TypeScript sources', () => {
        expect(readFileSync(join(dist, 'commands/validate.js'), 'utf-8')).toMatch(/\/\/# sourceMappingURL=validate\.js\.map\s*$/);
        const map = JSON.parse(readFileSync(join(dist, 'commands/validate.js.map'), 'utf-8')) as { sources: string[] };
        expect(map.sources.map(s => resolve(dist, 'commands', s))).toContain(join(repoRoot, 'packages/cli/src/commands/validate.ts'));
    });

    // Node reads each loaded chunk's map up front when source maps are on: only where a stack is shown.
    test.each([
        [{}, ['--version'], false],
        [{ SPBE_DEBUG: '1' }, ['--version'], true],
        [{}, ['lsp', '--help'], true]
    ])('source maps are read with %j for `spbe %s`: %s', (env, args, enabled) => {
        const probe = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maps:"+process.sourceMapsEnabled))';
        const r = spawnSync(process.execPath, ['--import', probe, cliPath, ...args], {
            cwd: repoRoot, encoding: 'utf-8', env: { ...process.env, SPBE_DEBUG: '', ...env }, timeout: 60_000
        });
        expect(r.stderr).toContain(`maps:${enabled}`);
    }, spawningTestTimeout);
});
