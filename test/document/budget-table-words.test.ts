import { afterEach, expect, test } from 'vitest';
import { buildDocument } from 'spbe-generators';
import { projectIndex } from 'spbe-model';
import { indexHtmlSection } from '../../packages/generators/src/index-report/index-report.js';
import { createTestServices } from '../helpers/test-services.js';

/** The Peta Rencana's budget tables name each item as its plan table does and say when it has no budget. */

const t = createTestServices();
afterEach(() => t.clear());

const files = {
    'ws.spbe': `pemda P "Pemerintah Kota Uji" { periode 2026..2027 evaluasi spbe2020 }
opd A "Dinas A" { }
petaRencana {
    rencana R1 "Bangun Aplikasi" { muatan aplikasi penanggungJawab A tahun 2026 anggaran 2026 100000000 sumberDana APBD indikator spbe2020.I15 -> 3 }
    rencana R2 "Reviu Arsitektur" { muatan aplikasi penanggungJawab A tahun 2027 indikator spbe2020.I16 -> 3 }
}
penilaian 2025 spbe2020 { I15 2 I16 2 }`
};

const texts = (block: { kind: string }) => block.kind === 'table' ? (block as { rows: Array<{ cells: Array<{ text: string }> }> }).rows.map(r => r.cells.map(c => c.text)) : [];

test('a budget row shows kode and title; an unfunded item says "tanpa anggaran" and "—", not Rp0 and nothing', async () => {
    await t.load(files);
    const document = buildDocument(t.services.spbe.Model.get(), 'peta-rencana', { locale: 'id' } as Parameters<typeof buildDocument>[2]);
    const tables = document.chapters.flatMap(c => c.blocks).map(texts).filter(rows => rows.some(r => r[0]?.startsWith('AP.02')));
    const budget = tables.find(rows => rows.some(r => r.includes('tanpa anggaran')))!;
    expect(budget, 'a budget table with the unfunded item').toBeDefined();
    expect(budget.find(r => r[0]!.startsWith('AP.01'))).toEqual(['AP.01 · Bangun Aplikasi', 'Rp100.000.000', '', 'Rp100.000.000', 'APBD']);
    expect(budget.find(r => r[0]!.startsWith('AP.02'))).toEqual(['AP.02 · Reviu Arsitektur', '', '', 'tanpa anggaran', '—']);
});

test('Beranda\'s item contributions say "tanpa anggaran" for an unfunded item', async () => {
    await t.load(files);
    const html = indexHtmlSection(projectIndex(t.services.spbe.Model.get(), 'spbe2020')!, 'id');
    const row = /<tr><td>[^<]*R(?:eviu|2)[^]*?<\/tr>/.exec(html)![0];
    expect(row).toContain('tanpa anggaran');
    expect(row).not.toContain('Rp0');
});

test('the Peta Rencana writes the predikat as every other output does (predicateText: "Cukup – Membangun")', async () => {
    await t.load({ 'ws.spbe': `pemda P "Pemerintah Kota Uji" { periode 2026..2027 evaluasi pemdi2026 }
penilaian 2025 pemdi2026 { I01 2 }` });
    const model = t.services.spbe.Model.get();
    const document = buildDocument(model, 'peta-rencana', { locale: 'id' } as Parameters<typeof buildDocument>[2]);
    const words = JSON.stringify(document.chapters);
    expect(words).toContain('Cukup – Membangun');
    expect(words).not.toContain('Cukup · Membangun');
});
