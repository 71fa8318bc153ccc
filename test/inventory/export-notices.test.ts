import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { isDocumentNotice, type SpbeModel } from 'spbe-model';
import { exportInventory } from 'spbe-generators';
import { importInventory, loadWorkspace } from 'spbe-server';
import { workspaceCopy } from './inventory-fixture.js';

/**
 * Spec §6 (v2): every sheet and every CSV of an inventory export says first that the workspace is an
 * example (`ilustrasi`) and that it was exported with errors; the importer skips those notice rows,
 * so the round trip still holds and problems still name the sheet's real row.
 */
const banner = 'CONTOH — BUKAN DOKUMEN RESMI';
const errorsNotice = 'PERHATIAN: dibuat dari ruang kerja yang masih memiliki 2 galat; dokumen ini mungkin tidak lengkap.';

/** The diff-base workspace (KOMINFO, DINKES), marked `ilustrasi`. */
function exampleWorkspace(): string {
    const dir = workspaceCopy();
    const pemda = join(dir, 'pemda.spbe');
    writeFileSync(pemda, readFileSync(pemda, 'utf8').replace('evaluasi spbe2020', 'evaluasi spbe2020\n    ilustrasi'));
    return dir;
}

/** The same workspace with its OPD files removed: what an import fills again. */
function withoutOpds(dir: string): string {
    rmSync(join(dir, 'opd'), { recursive: true });
    return dir;
}

function meaning(model: SpbeModel) {
    const strip = <T extends { source?: unknown }>(x: T) => ({ ...x, source: undefined });
    return {
        opds: model.opds.filter(o => !o.builtin).map(strip).sort((a, b) => a.code.localeCompare(b.code)),
        elements: model.elements.filter(e => !e.builtin).map(strip).sort((a, b) => a.id.localeCompare(b.id))
    };
}

async function writeAll(files: ReadonlyArray<{ name: string; content: string | Uint8Array }>): Promise<string[]> {
    const out = mkdtempSync(join(tmpdir(), 'spbe-notices-'));
    return files.map(f => {
        writeFileSync(join(out, f.name), f.content);
        return join(out, f.name);
    });
}

describe('isDocumentNotice', () => {
    test('knows the banner and the errors notice in both languages, and nothing else', () => {
        expect(isDocumentNotice(banner)).toBe(true);
        expect(isDocumentNotice('EXAMPLE — NOT AN OFFICIAL DOCUMENT')).toBe(true);
        expect(isDocumentNotice(errorsNotice)).toBe(true);
        expect(isDocumentNotice('WARNING: generated from a workspace that still has 12 error(s); this document may be incomplete.')).toBe(true);
        expect(isDocumentNotice(errorsNotice.replace('2 galat', 'dua galat'))).toBe(false);
        expect(isDocumentNotice('Kode OPD')).toBe(false);
        expect(isDocumentNotice(`${banner} tambahan`)).toBe(false);
    });
});

describe('inventory export of an ilustrasi workspace with errors', () => {
    test('xlsx: every visible sheet starts with the banner and the errors notice; the header follows', async () => {
        const model = (await loadWorkspace(exampleWorkspace())).model();
        const [file] = await exportInventory(model, 'xlsx', { workspaceErrors: 2 });
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
        const visible = workbook.worksheets.filter(ws => ws.state !== 'hidden');
        expect(visible.map(ws => ws.name)).toEqual(expect.arrayContaining(['Petunjuk', 'OPD', 'Aplikasi', 'Data']));
        for (const ws of visible) {
            expect(ws.getRow(1).getCell(1).value, ws.name).toBe(banner);
            expect(ws.getRow(2).getCell(1).value, ws.name).toBe(errorsNotice);
        }
        const apps = workbook.getWorksheet('Aplikasi')!;
        expect(apps.getRow(3).getCell(1).value).toBe('OPD');
        expect(apps.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
        // The dropdowns start below the header, not on the notices.
        expect(apps.getCell('B4').dataValidation).toBeDefined();
        for (const cell of ['B1', 'B2', 'B3']) {
            expect(apps.getCell(cell).dataValidation, cell).toBeUndefined();
        }
    });

    test('xlsx: the import skips the notices, keeps everything, and names the real row of a problem', async () => {
        const dir = exampleWorkspace();
        const original = (await loadWorkspace(dir)).model();
        const [file] = await exportInventory(original, 'xlsx', { workspaceErrors: 2 });
        const [path] = await writeAll([file]);
        const target = withoutOpds(exampleWorkspace());
        const outcome = await importInventory({ files: [path], workspace: target, opds: 'all', locale: 'en' });
        expect(outcome.problems).toEqual([]);
        expect(meaning((await loadWorkspace(target)).model())).toEqual(meaning(original));

        // A bad value in the first data row (row 4, under two notices and the header).
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
        const apps = workbook.getWorksheet('Aplikasi')!;
        const fungsi = (apps.getRow(3).values as unknown[]).findIndex(v => String(v).replace(/ \*$/, '') === 'Fungsi');
        apps.getRow(4).getCell(fungsi).value = 'bukan-fungsi';
        const broken = join(mkdtempSync(join(tmpdir(), 'spbe-notices-')), 'inventaris.xlsx');
        writeFileSync(broken, Buffer.from(await workbook.xlsx.writeBuffer()));
        const again = await importInventory({ files: [broken], workspace: withoutOpds(exampleWorkspace()), opds: 'all', locale: 'en', dryRun: true });
        expect(again.problems.map(p => [p.sheet, p.row, p.header, p.value])).toContainEqual(['Aplikasi', 4, 'Fungsi', 'bukan-fungsi']);
    });

    test.each([';', ','] as const)('csv %s: every file starts with the notices; the import reads the header after them', async separator => {
        const dir = exampleWorkspace();
        const original = (await loadWorkspace(dir)).model();
        const files = await exportInventory(original, 'csv', { csvSeparator: separator, workspaceErrors: 2 });
        for (const f of files) {
            const records = parse(String(f.content).slice(1), { delimiter: separator, relax_column_count: true }) as string[][];
            expect(records[0], f.name).toEqual([banner]);
            expect(records[1], f.name).toEqual([errorsNotice]);
            expect(records[2].length, f.name).toBeGreaterThan(2);
        }
        const target = withoutOpds(exampleWorkspace());
        const outcome = await importInventory({ files: await writeAll(files), workspace: target, opds: 'all', locale: 'en' });
        expect(outcome.problems).toEqual([]);
        expect(meaning((await loadWorkspace(target)).model())).toEqual(meaning(original));
    });

    test('a clean, real workspace: no notice anywhere, the header is the first row', async () => {
        const model = (await loadWorkspace(workspaceCopy())).model();
        for (const f of await exportInventory(model, 'csv', { csvSeparator: ';' })) {
            expect(String(f.content), f.name).not.toContain(banner);
            expect(String(f.content), f.name).not.toContain('--allow-errors');
        }
    });
});
