// `npm run bench` (import part): cold `spbe import` of one OPD's inventory with N data rows, as CSV
// and as XLSX, into a copy of examples/minimal (the OPD's block is replaced in the shared file). The
// rows are open data with a walidata, so the checks report nothing per row and the time is the import's.
// Each run is its own process. Usage: node bench/import-bench.mjs [5000 20000 …]; with
// SPBE_SERVER_ENTRY=<other checkout>/packages/server/out/index.js it measures that build instead.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const here = fileURLToPath(new URL('.', import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const ns = sizes.length > 0 ? sizes : [10_000, 50_000];
const root = mkdtempSync(join(tmpdir(), 'spbe-import-bench-'));
const header = ['OPD', 'ID', 'Nama', 'Sifat Data', 'Wali Data'];
// The sheet replaces DISKOMINFO's data, so its first row keeps the workspace's own DT_INFO, which the
// kept aplikasi and layanan use; without it the import is refused and nothing would be timed but the refusal.
const row = i => i === 0
    ? ['DISKOMINFO', 'DT_INFO', 'Informasi Publik', 'terbuka', 'DISKOMINFO']
    : ['DISKOMINFO', `DT_${i}`, `Data ${i}`, 'terbuka', 'DISKOMINFO'];

async function inputs(n) {
    const dir = join(root, `in${n}`);
    cpSync(join(here, '..', 'examples/minimal'), join(dir, 'ws'), { recursive: true });
    cpSync(join(here, '..', 'examples/minimal'), join(dir, 'ws-xlsx'), { recursive: true });
    const csv = join(dir, 'inventaris-data.csv');
    writeFileSync(csv, [header, ...Array.from({ length: n }, (_, i) => row(i))].map(r => r.join(',')).join('\r\n') + '\r\n');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(header);
    for (let i = 0; i < n; i++) {
        sheet.addRow(row(i));
    }
    const xlsx = join(dir, 'inventaris.xlsx');
    writeFileSync(xlsx, Buffer.from(await workbook.xlsx.writeBuffer()));
    return { dir, csv, xlsx };
}

const runChild = args => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', join(here, 'import-once.mjs'), ...args], { encoding: 'utf-8' }));
console.log(`spbe import benchmark — Node ${process.version}, ${cpus().length} cores; CPU time is the steadier figure on a busy machine`);
console.log('| rows | input | wall (s) | CPU (s) | CPU µs / row | peak RSS (MB) | written |');
console.log('|---:|---|---:|---:|---:|---:|---|');
const results = [];
for (const n of ns) {
    const { dir, csv, xlsx } = await inputs(n);
    for (const [input, file, ws] of [['csv', csv, 'ws'], ['xlsx', xlsx, 'ws-xlsx']]) {
        const r = runChild([join(dir, ws), file]);
        results.push({ n, input, ...r });
        const written = r.written ? `yes (${r.elements} elements)` : r.failure ? `no: ${r.failure}` : `no (${r.problems} problems)`;
        console.log(`| ${n} | ${input} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${(r.cpuSeconds * 1e6 / n).toFixed(0)} | ${r.maxRssMb.toFixed(0)} | ${written} |`);
    }
}
for (const input of ['csv', 'xlsx']) {
    const runs = results.filter(r => r.input === input);
    if (runs.length > 1) {
        const [first, last] = [runs[0], runs[runs.length - 1]];
        console.log(`import (${input}) CPU per row, ${last.n} vs ${first.n}: ${((last.cpuSeconds / last.n) / (first.cpuSeconds / first.n)).toFixed(2)}× (1.00× is linear)`);
    }
}
