import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { copyExample } from '../helpers/copy-sources.mjs';
import { runCli } from '../helpers/run-cli.js';
import { serverPool, type SpawnedServer } from '../helpers/server-process.js';

/**
 * The CLI and the language server call the same use-case functions, so the same bad parameter gets
 * the same message on both sides: the server answers with the text the CLI prints after `spbe: `.
 */
const pool = serverPool();
afterEach(() => pool.stopAll());

async function initialized(folder: string, locale: 'id' | 'en'): Promise<SpawnedServer> {
    const server = pool.start(folder);
    const uri = pathToFileURL(folder).href;
    await server.connection.sendRequest('initialize', {
        processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'ws' }],
        capabilities: { workspace: { workspaceFolders: true } }, initializationOptions: { locale }
    });
    await server.connection.sendNotification('initialized', {});
    return server;
}

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: { message: string }) => error.message);

/** The CLI's one-line message for a refused command (exit 2), without the `spbe: ` prefix. */
function cliMessage(args: string[]): string {
    const result = runCli(args);
    expect(result.code, result.stderr).toBe(2);
    return result.stderr.replace(/^spbe: /, '').trimEnd();
}

describe('the server and the CLI refuse the same diagram parameters with the same message', () => {
    // examples/minimal: one OPD (DISKOMINFO), periode 2026..2030.
    const cases: Array<{ name: string; cli: string[]; params: Record<string, unknown> }> = [
        { name: 'an unknown view', cli: ['--view', 'sideways'], params: { view: 'sideways' } },
        { name: 'an unknown OPD', cli: ['--view', 'opd:NOPE'], params: { view: 'opd:NOPE' } },
        { name: 'a year outside the periode', cli: ['--year', '2040'], params: { view: 'layered', year: 2040 } }
    ];
    for (const locale of ['id', 'en'] as const) {
        test(`in ${locale}: ${cases.map(c => c.name).join(', ')}`, async () => {
            const ws = copyExample('minimal', 'spbe-parity-');
            const server = await initialized(ws, locale);
            for (const c of cases) {
                const expected = cliMessage(['export', 'diagram', ws, '-f', 'svg', '--locale', locale, ...c.cli]);
                const answered = await failure(server.connection.sendRequest('spbe/exportDiagram', { outputDir: join(ws, 'out'), formats: ['svg'], ...c.params }));
                expect(answered, c.name).toBe(expected);
            }
            expect(existsSync(join(ws, 'out')), 'nothing written').toBe(false);
        }, 120_000);
    }
});

describe('the server and the CLI refuse roadmap years outside the periode with the same message', () => {
    test('--from / fromYear and --to / toYear', async () => {
        const ws = copyExample('minimal', 'spbe-parity-'); // periode 2026..2030
        const server = await initialized(ws, 'en');
        for (const [flag, param, year] of [['--from', 'fromYear', 2040], ['--to', 'toYear', 2020]] as const) {
            const expected = cliMessage(['generate', 'roadmap', ws, '-f', 'md', '--locale', 'en', flag, String(year)]);
            expect(expected).toBe(`${flag} ${year} is outside the periode 2026..2030`);
            const answered = await failure(server.connection.sendRequest('spbe/generateRoadmap', { outputDir: join(ws, 'out'), formats: ['md'], [param]: year }));
            expect(answered).toBe(expected);
        }
        expect(existsSync(join(ws, 'out')), 'nothing written').toBe(false);
    }, 180_000);
});

describe('the server checks what it used to let through, like the CLI', () => {
    test('a roadmap from a workspace with errors is refused on both sides unless errors are allowed', async () => {
        const ws = copyExample('minimal', 'spbe-parity-');
        writeFileSync(join(ws, 'broken.spbe'), 'opd BROKEN { pic "x" aplikasi X { hosting NOWHERE } }');
        const cli = runCli(['generate', 'roadmap', ws, '-f', 'md', '--locale', 'en']);
        expect(cli.code).toBe(1);
        const cliLine = cli.stderr.trimEnd().split('\n').at(-1)!.replace(/^spbe: /, '');
        const server = await initialized(ws, 'en');
        const answered = await failure(server.connection.sendRequest('spbe/generateRoadmap', { outputDir: join(ws, 'out'), formats: ['md'] }));
        // The same refusal; each names its own way to allow it (an editor has no command line).
        expect(cliLine).toBe('the workspace has 1 error(s); fix them or pass --allow-errors to generate anyway');
        expect(answered).toBe('the workspace has 1 error(s); fix them or allow generating anyway (parameter allowErrors: true)');
        expect(existsSync(join(ws, 'out'))).toBe(false);
        const allowed = await server.connection.sendRequest('spbe/generateRoadmap', { outputDir: join(ws, 'out'), formats: ['md'], allowErrors: true }) as { files: string[]; errors: number };
        expect(allowed).toEqual({ files: [join(ws, 'out', 'peta-rencana.md')], errors: 1 });
    }, 120_000);

    test('an unknown CSV separator or language is refused, not silently replaced', async () => {
        const ws = copyExample('minimal', 'spbe-parity-');
        const server = await initialized(ws, 'en');
        const send = (method: string, extra: Record<string, unknown>) => failure(server.connection.sendRequest(method, { outputDir: join(ws, 'out'), formats: ['csv'], ...extra }));
        expect(await send('spbe/generateRoadmap', { csvSeparator: '|' })).toBe(`unknown CSV separator "|"; choose ';' (semicolon) or ',' (comma)`);
        expect(await send('spbe/exportInventory', { csvSeparator: 'tab' })).toBe(`unknown CSV separator "tab"; choose ';' (semicolon) or ',' (comma)`);
        expect(await send('spbe/generateRoadmap', { locale: 'fr' })).toBe('unknown language "fr"; choose id or en');
        expect(await send('spbe/exportDiagram', { formats: ['svg'], view: 'layered', opds: 'DISKOMINFO' })).toBe('opds must be a list of names, not "DISKOMINFO"');
        expect(existsSync(join(ws, 'out'))).toBe(false);
    }, 120_000);
});
