// Hostile workbooks of a few KB whose ranges exceljs would expand cell by cell (a merge over the
// rest of the sheet, a column format a billion columns wide, a data validation over the whole
// sheet, each on an ignored sheet), plus an honest workbook with a merged title and a whole-column
// validation: cold `spbe import` of each (into a temporary copy of examples/minimal) in its own process (bench/import-once.mjs),
// printing file size, wall time, peak RSS and how it ended. Usage: node bench/workbook-ranges-bench.mjs
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'spbe-ranges-bench-'));
const ws = join(root, 'ws');
cpSync(join(here, '..', 'examples/minimal'), ws, { recursive: true });

const shapes = {
    'merge A1000:XFD1048576': x => x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1000:XFD1048576"/></mergeCells>'),
    'col max=1000000000': x => x.replace('<sheetData', '<cols><col min="1" max="1000000000" width="10"/></cols><sheetData'),
    'dataValidation A1:XFD1048576': x => x.replace('</sheetData>', '</sheetData><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>'),
    'honest: merge A1:D1, validation A2:A1048576': x => x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells><dataValidations count="1"><dataValidation type="whole" sqref="A2:A1048576"><formula1>0</formula1></dataValidation></dataValidations>')
};

for (const [name, edit] of Object.entries(shapes)) {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Data').addRows([['OPD', 'ID', 'Nama', 'Sifat Data', 'Wali Data'], ['DISKOMINFO', 'DT_1', 'Data 1', 'terbuka', 'DISKOMINFO']]);
    book.addWorksheet('Catatan').addRow(['bebas']);
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    zip.file('xl/worksheets/sheet2.xml', edit(await zip.file('xl/worksheets/sheet2.xml').async('string')));
    const file = join(root, `${name.replace(/\W+/g, '-')}.xlsx`);
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const result = JSON.parse(execFileSync(process.execPath, [join(here, 'import-once.mjs'), ws, file], { encoding: 'utf-8' }));
    console.log(`${name}: ${statSync(file).size} bytes, ${result.seconds.toFixed(2)} s, peak RSS ${Math.round(result.maxRssMb)} MB, ${result.failure ? `refused: ${result.failure.slice(0, 90)}…` : `read (${result.problems} problems)`}`);
}
