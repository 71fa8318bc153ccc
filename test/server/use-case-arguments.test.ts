import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
    checkFormats, compareWorkspaces, diskWorkspace, exportDiagramFiles, exportInventoryFiles, generateRoadmapFiles, importWorkbooks, indexReport, initWorkspace,
    InvalidParameterError, refuseErrors, ScaffoldRefusedError, validateWorkspace, writeInventoryTemplate, WorkspaceHasErrorsError, type WorkspaceSource
} from 'spbe-server';

/**
 * Each use case checks its untrusted arguments (a request's JSON, a command line) once, before it
 * loads or writes anything, and throws a typed `UserError` naming the bad value.
 */
const untouched: WorkspaceSource = { validated: () => { throw new Error('the workspace must not be loaded for a bad argument'); } };
const target = () => ({ dir: join(mkdtempSync(join(tmpdir(), 'spbe-uc-')), 'out') });
const message = async (run: () => Promise<unknown>) => {
    const error = await run().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    return (error as InvalidParameterError).in('en');
};

describe('generator use cases refuse bad arguments before loading', () => {
    test('a format named twice counts once (CLI string and server array alike), in first-named order', () => {
        expect(checkFormats('roadmap', ['md', 'csv', 'html'], 'md,csv,md')).toEqual(['md', 'csv']);
        expect(checkFormats('diagram', ['svg', 'png'], ['png', 'svg', 'png'])).toEqual(['png', 'svg']);
    });

    test('roadmap: formats, language, separator', async () => {
        expect(await message(() => generateRoadmapFiles(untouched, target(), { formats: 'pdf' }, 'id'))).toMatch(/unknown roadmap format pdf/);
        expect(await message(() => generateRoadmapFiles(untouched, target(), { formats: ['md'], locale: 'fr' }, 'id'))).toBe('unknown language "fr"; choose id or en');
        expect(await message(() => generateRoadmapFiles(untouched, target(), { formats: ['md'], csvSeparator: 9 }, 'id'))).toMatch(/unknown CSV separator 9/);
    });

    test('diagram: formats, view, year, and the preview filters', async () => {
        expect(await message(() => exportDiagramFiles(untouched, target(), { formats: [], view: 'layered' }))).toMatch(/no diagram format asked for; choose from/);
        expect(await message(() => exportDiagramFiles(untouched, target(), { formats: ['svg'], view: 42 }))).toMatch(/unknown view 42/);
        expect(await message(() => exportDiagramFiles(untouched, target(), { formats: ['svg'], view: 'gap', year: '2027' }))).toMatch(/--year must be a 4-digit year/);
        expect(await message(() => exportDiagramFiles(untouched, target(), { formats: ['svg'], view: 'gap', kinds: [''] }))).toMatch(/kinds must be a list of names/);
    });

    test('inventory export: formats and separator', async () => {
        expect(await message(() => exportInventoryFiles(untouched, target(), { formats: 'ods' }, 'id'))).toMatch(/unknown inventory format ods/);
        expect(await message(() => exportInventoryFiles(untouched, target(), { formats: 'csv', csvSeparator: '\t' }, 'id'))).toMatch(/unknown CSV separator/);
        expect(await message(() => exportInventoryFiles(untouched, target(), { formats: 'csv', locale: 'EN' }, 'id'))).toBe('unknown language "EN"; choose id or en');
    });

    test('validate: --max-warnings must be a whole number ≥ 0', async () => {
        expect(await message(() => validateWorkspace(untouched, { maxWarnings: -1 }))).toBe('--max-warnings must be a whole number ≥ 0, not -1');
        expect(await message(() => validateWorkspace(untouched, { maxWarnings: '3' }))).toBe('--max-warnings must be a whole number ≥ 0, not "3"');
    });

    test('index: format before loading, framework against the model', async () => {
        expect(await message(() => indexReport(untouched, { format: 'pdf', fallbackTitle: 'x' }, 'id'))).toMatch(/unknown index format "pdf"/);
        expect(await message(() => indexReport(diskWorkspace('examples/minimal'), { framework: 'toString', fallbackTitle: 'x' }, 'id'))).toBe('unknown framework toString; choose from spbe2020, pemdi2025, pemdi2026');
    }, 60_000);
});

describe('the error gate', () => {
    const withErrors = { model: { opds: [] } as never, counts: { files: 1, errors: 2, warnings: 0, infos: 0 } };
    test('only allowErrors === true lets a workspace with errors through', () => {
        for (const allow of [undefined, false, 'true', 1]) {
            expect(() => refuseErrors(withErrors, allow), String(allow)).toThrow(WorkspaceHasErrorsError);
        }
        expect(() => refuseErrors(withErrors, true)).not.toThrow();
        expect(() => refuseErrors({ ...withErrors, counts: { ...withErrors.counts, errors: 0 } }, undefined)).not.toThrow();
    });
});

describe('use cases without a workspace model', () => {
    test('diff: one old folder or a base revision, never both or neither; text values only', async () => {
        expect(await message(() => compareWorkspaces({ old: 'a', new: 'b', base: 'HEAD' }, 'en'))).toMatch(/with --base give one folder/);
        expect(await message(() => compareWorkspaces({ new: 'b' }, 'en'))).toMatch(/give the old folder/);
        expect(await message(() => compareWorkspaces({ old: 5, new: 'b' }, 'en'))).toBe('old must be text, not 5');
        expect(await message(() => compareWorkspaces({ new: '.', base: 'HEAD', overlays: 'x' }, 'en'))).toBe('overlays must be a list of { file, text }');
    });

    test('template: known domains and an .xlsx name; nothing written otherwise', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'spbe-uc-'));
        expect(await message(() => writeInventoryTemplate({ domains: 'data,foo', output: join(dir, 't.xlsx') }))).toMatch(/^unknown domain foo;/);
        expect(await message(() => writeInventoryTemplate({ domains: [7], output: join(dir, 't.xlsx') }))).toMatch(/^unknown domain 7;/);
        expect(await message(() => writeInventoryTemplate({ output: join(dir, 't.csv') }))).toMatch(/the template is an \.xlsx workbook/);
        expect(await message(() => writeInventoryTemplate({ output: 42 }))).toMatch(/^42: the template is an \.xlsx workbook/);
        expect(existsSync(join(dir, 't.xlsx'))).toBe(false);
    });

    test('import: a file list, an OPD selection, a text output and boolean flags', async () => {
        const workspace = mkdtempSync(join(tmpdir(), 'spbe-uc-'));
        expect(await message(() => importWorkbooks({ files: [], workspace, opds: 'all' }, 'en'))).toMatch(/files must be a list of inventory file paths/);
        expect(await message(() => importWorkbooks({ files: ['a.xlsx'], workspace, opds: undefined }, 'en'))).toMatch(/name the OPD to import/);
        expect(await message(() => importWorkbooks({ files: ['a.xlsx'], workspace, opds: [3] }, 'en'))).toMatch(/name the OPD to import/);
        expect(await message(() => importWorkbooks({ files: ['a.xlsx'], workspace, opds: 'all', output: 5 }, 'en'))).toBe('output must be a .spbe file path, not 5');
        expect(await message(() => importWorkbooks({ files: ['a.xlsx'], workspace, opds: 'all', force: 'yes' }, 'en'))).toBe('force must be true or false, not "yes"');
        // `--opd DINKES --all`: neither silently wins.
        expect(await message(() => importWorkbooks({ files: ['a.xlsx'], workspace, opds: 'DINKES', all: true }, 'en'))).toBe('--opd DINKES and --all cannot be used together; choose one');
        expect(await message(() => importWorkbooks({ files: ['a.xlsx'], workspace, opds: ['DINKES', 'DISKOMINFO'], all: true }, 'en'))).toBe('--opd DINKES,DISKOMINFO and --all cannot be used together; choose one');
        expect(await message(() => importWorkbooks({ files: ['a.xlsx'], workspace, opds: undefined, all: 'yes' }, 'en'))).toBe('all must be true or false, not "yes"');
    });

    test('init: the identifier rule of spbe-model decides the pemda name', async () => {
        const folder = join(mkdtempSync(join(tmpdir(), 'spbe-uc-')), 'baru');
        for (const [name, expected] of [['opd', /'opd' is a keyword of the language/], ['Kota Baru', /must be an identifier like KotaContoh/], ['9Kota', /must be an identifier/]] as const) {
            const error = await initWorkspace({ folder, name, title: 'Kota', year: 2026 }).then(() => undefined, (e: unknown) => e);
            expect(error, name).toBeInstanceOf(ScaffoldRefusedError);
            expect((error as ScaffoldRefusedError).in('en'), name).toMatch(expected);
        }
        expect(existsSync(folder)).toBe(false);
    });
});
