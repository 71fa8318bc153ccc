import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { escapeString, type SpbeModel } from 'spbe-model';
import { exportInventory } from 'spbe-generators';
import { importInventory, loadWorkspace } from 'spbe-server';
import { HostileTitle } from '../generator/hostile-fixture.js';
import { repoRoot } from '../helpers/run-cli.js';
import { copySources } from '../helpers/copy-sources.mjs';
import { filledWorkbook, workspaceCopy } from './inventory-fixture.js';

const kediri = join(repoRoot, 'examples/kota-kediri');

/** The model without positions: what must survive export → import. */
function meaning(model: SpbeModel) {
    const strip = <T extends { source?: unknown }>(x: T) => ({ ...x, source: undefined });
    return {
        opds: model.opds.filter(o => !o.builtin).map(strip).sort((a, b) => a.code.localeCompare(b.code)),
        elements: model.elements.filter(e => !e.builtin).map(strip).sort((a, b) => a.id.localeCompare(b.id)),
        items: model.items.map(strip)
    };
}

/** A workspace with Kediri's pemda, roadmap and penilaian but no OPD files yet. */
function emptyKediri(): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'spbe-rt-')), 'ws');
    mkdirSync(join(dir, 'opd'), { recursive: true });
    for (const f of readdirSync(kediri).filter(f => f.endsWith('.spbe'))) {
        copyFileSync(join(kediri, f), join(dir, f));
    }
    return dir;
}

/**
 * Kota Kediri plus the v2 inventory surfaces whether or not the example uses them yet: a `pribadi`
 * data element and an application whose `deskripsi` carries SIA-SPBE fields (Luaran, Pengembang).
 */
function kediriWithV2Columns(): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'spbe-rt-v2-')), 'ws');
    copySources(kediri, dir);
    const file = join(dir, 'opd/diskominfo.spbe');
    const text = readFileSync(file, 'utf-8');
    const close = text.lastIndexOf('}');
    writeFileSync(file, `${text.slice(0, close)}
    data V2_NIK "Nomor Induk Kependudukan (uji inventaris)" {
        sifat tertutup
        pribadi
    }

    aplikasi V2_SIMPEL "Aplikasi Uji Kolom SIA-SPBE" {
        fungsi lainnya
        deskripsi "Uraian aplikasi.\\n\\nLuaran: Surat izin\\nPengembang: Diskominfo"
    }
${text.slice(close)}`);
    return dir;
}

describe('export inventory → import every OPD → the same semantic model (Kota Kediri)', () => {
    // The CSVs round-trip with either separator: the importer detects it from the header line.
    test.each([['xlsx', undefined], ['csv', ';'], ['csv', ',']] as const)('%s %s', async (format, csvSeparator) => {
        const original = await loadWorkspace(kediriWithV2Columns());
        const added = original.model().elements.filter(e => e.id.startsWith('DISKOMINFO.V2_'));
        expect(added.map(e => [e.id, e.pribadi ?? false, e.deskripsi ?? ''])).toEqual([
            ['DISKOMINFO.V2_NIK', true, ''],
            ['DISKOMINFO.V2_SIMPEL', false, 'Uraian aplikasi.\n\nLuaran: Surat izin\nPengembang: Diskominfo']
        ]);
        const files = await exportInventory(original.model(), format, { csvSeparator });
        if (csvSeparator) {
            // Kota Kediri is an `ilustrasi` workspace: its banner comes first, and the importer skips it.
            const [banner, header] = String(files[0].content).split('\r\n', 2);
            expect(banner).toBe('\uFEFFCONTOH — BUKAN DOKUMEN RESMI');
            expect(header).toBe(`Kode OPD${csvSeparator}Nama OPD${csvSeparator}PIC${csvSeparator}Email${csvSeparator}Peran`);
        }
        const out = mkdtempSync(join(tmpdir(), 'spbe-rt-out-'));
        for (const f of files) {
            writeFileSync(join(out, f.name), f.content);
        }
        const ws = emptyKediri();
        const outcome = await importInventory({ files: files.map(f => join(out, f.name)), workspace: ws, opds: 'all', locale: 'en' });
        expect(outcome.problems).toEqual([]);
        expect(outcome.files).toHaveLength(37);
        const imported = await loadWorkspace(ws);
        expect(meaning(imported.model())).toEqual(meaning(original.model()));
        expect(imported.diagnostics.map(d => d.code).sort()).toEqual(original.diagnostics.map(d => d.code).sort());
    });
});

describe('hostile cell contents', () => {
    const nasty = `${HostileTitle}\nbaris kedua\t"kutip" \\ garis miring`;

    test('import keeps them as text; the export writes no formula, in XLSX or CSV', async () => {
        const ws = workspaceCopy();
        const long = 'x'.repeat(20_000);
        const file = await filledWorkbook({
            'Aplikasi': [
                { 'ID': 'APP_NASTY', 'Nama': nasty, 'Tipe Lisensi': '=1+1', 'URL': '@SUM(A1)', 'Uraian/Deskripsi': long, 'Catatan': 'akhir */ bukan kode' },
                { 'ID': 'APP_PLUS', 'Nama': '+62 811', 'Basis Data': '-postgres' }
            ]
        });
        const outcome = await importInventory({ files: [file], workspace: ws, opds: ['DISDUKCAPIL'], locale: 'en' });
        expect(outcome.problems).toEqual([]);
        const model = (await loadWorkspace(ws)).model();
        const app = model.elements.find(e => e.id === 'DISDUKCAPIL.APP_NASTY')!;
        expect(app.title).toBe(nasty);
        expect(app.attributes.lisensi).toBe('=1+1');
        expect(app.attributes.url).toBe('@SUM(A1)');
        expect(app.deskripsi).toBe(long);
        expect(readFileSync(join(ws, 'opd/disdukcapil.spbe'), 'utf-8')).toContain(`aplikasi APP_NASTY "${escapeString(nasty)}"`);

        const [xlsx] = await exportInventory(model, 'xlsx');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(xlsx.content as Uint8Array) as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet('Aplikasi')!;
        const cells: ExcelJS.Cell[] = [];
        sheet.eachRow(row => row.eachCell(cell => cells.push(cell)));
        expect(cells.filter(c => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
        expect(cells.map(c => c.value)).toEqual(expect.arrayContaining([nasty, '=1+1', '@SUM(A1)', '+62 811', '-postgres']));

        const csv = (await exportInventory(model, 'csv')).find(f => f.name === 'inventaris-aplikasi.csv')!;
        const text = String(csv.content);
        expect(text).toContain(";'=1+1;");
        expect(text).toContain(";'@SUM(A1);");
        expect(text).toContain(";'+62 811;");
        expect(text).not.toMatch(/;[=+\-@][^;]/);
    });
});
