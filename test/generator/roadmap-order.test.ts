import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildRoadmapReport } from 'spbe-generators';
import type { SpbeModel } from 'spbe-model';
import { loadWorkspace } from 'spbe-server';
import { repoRoot } from '../helpers/run-cli.js';

/**
 * Issue 18: within a muatan the rows follow the kode rincian in natural order (`AP.2` before `AP.10`),
 * so the No column and the kode agree — not the start year, which put MN.03 before MN.02.
 */
const item = (name: string, start: number, kode?: string) => `    rencana ${name} "Rencana ${name}" {
        muatan aplikasi${kode ? `\n        kode "${kode}"` : ''}
        penanggungJawab DISKOMINFO
        tahun ${start}..2029
    }
`;
const source = `pemda KotaContoh "Pemerintah Kota Contoh" { periode 2026..2029 jenis kota }
opd DISKOMINFO "Dinas Komunikasi dan Informatika" { pic "PIC" }
petaRencana {
${item('R_SEPULUH', 2026, 'AP.10')}${item('R_DUA', 2029, 'AP.2')}${item('R_KEDUA', 2027)}${item('R_PERTAMA', 2028, 'AP.1')}}
`;

let small: SpbeModel;
let kediri: SpbeModel;

beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-order-'));
    writeFileSync(join(dir, 'ws.spbe'), source);
    small = (await loadWorkspace(dir)).model();
    kediri = (await loadWorkspace(join(repoRoot, 'examples/kota-kediri'))).model();
});

describe('roadmap row order', () => {
    test('by kode in natural order within a muatan, whatever the start year', () => {
        const rows = buildRoadmapReport(small, { locale: 'id' }).rows;
        // R_KEDUA is the third aplikasi item in the file: its derived kode is AP.03.
        expect(rows.map(r => `${r.no} ${r.kode}`)).toEqual(['1 AP.1', '2 AP.2', '3 AP.03', '4 AP.10']);
    });

    test('Kota Kediri: No and kode agree in every muatan', () => {
        const report = buildRoadmapReport(kediri, { locale: 'id' });
        for (const group of report.groups) {
            const numbers = group.rows.map(r => Number(r.kode.split('.')[1]));
            expect(numbers, group.muatan).toEqual([...numbers].sort((a, b) => a - b));
        }
        const mn = report.rows.filter(r => r.kode.startsWith('MN.'));
        expect(mn.map(r => r.kode).slice(0, 3)).toEqual(['MN.01', 'MN.02', 'MN.03']);
    });
});
