import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { generateRoadmap } from 'spbe-generators';
import { loadWorkspace } from 'spbe-server';

/** Issue 18 #16: the Gantt sheet names items by kode and title; the Gap sheet's kinds are words of the workbook's language. */
const source = `pemda P "Pemerintah Kota X" { periode 2026..2030 }
opd D "Dinas" { pic "p" aplikasi BARU "Aplikasi Baru" { fungsi lainnya status rencana } }
petaRencana { rencana R1 "Bangun aplikasi" { muatan aplikasi penanggungJawab D tahun 2026 anggaran 2026 1 mewujudkan D.BARU } }
`;

async function sheet(name: string, locale: 'id' | 'en'): Promise<string[][]> {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-xlsx-labels-'));
    writeFileSync(join(dir, 'ws.spbe'), source);
    const [file] = await generateRoadmap((await loadWorkspace(dir)).model(), 'xlsx', { locale });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.getWorksheet(name)!.eachRow(row => rows.push((row.values as unknown[]).slice(1).map(v => v === null || v === undefined ? '' : String(v))));
    return rows;
}

describe('roadmap workbook labels', () => {
    test('Gantt: the item column shows kode · title', async () => {
        const rows = await sheet('Gantt', 'id');
        expect(rows[1].slice(0, 3)).toEqual(['1', 'R1', 'AP.01 · Bangun aplikasi']);
    });

    test.each([['id', 'Elemen to-be dan rencana yang mewujudkannya'], ['en', 'To-be elements and the items that realize them']] as const)(
        'Gap (%s): the kind of row is a label, not the identifier to-be', async (locale, label) => {
            const rows = await sheet('Gap', locale);
            expect(rows[1][0]).toBe(label);
            expect(rows[1][2]).toBe('D.BARU');
        });
});
