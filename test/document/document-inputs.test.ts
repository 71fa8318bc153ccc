import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allowErrorsNotice } from 'spbe-model';
import { buildDocument, renderDocument } from 'spbe-generators';
import { diskWorkspace, generateDocumentFiles, loadWorkspace, WorkspaceHasErrorsError } from 'spbe-server';
import { HostileTitle, hostileWorkspace } from '../generator/hostile-fixture.js';
import { readDocx } from '../helpers/docx-text.js';
import { hasPdfToText, pdfText } from '../helpers/pdf-text.js';

/** Spec §6 (v2) on small workspaces: the errors notice, the frame's blanks and words, hostile titles in both formats. */

function workspace(source: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-doc-in-'));
    writeFileSync(join(dir, 'ws.spbe'), source);
    return dir;
}

const enacted = `pemda KabContoh "Pemerintah Kabupaten Contoh" {
    periode 2026..2027
    ditetapkan "Peraturan Bupati Contoh No. 7 Tahun 2026" 2026-01-05
    kepalaDaerah "Drs. H. Nama Bupati, M.Si."
}
opd DISKOMINFO "Dinas Komunikasi dan Informatika" { pic "P" aplikasi APP_SURAT "Aplikasi Persuratan" { } }
petaRencana {
    rencana PR_SURAT "Pengembangan Persuratan" {
        muatan aplikasi
        penanggungJawab DISKOMINFO
        tahun 2026..2027
        anggaran 2026 1_500_000_000
    }
}
`;

async function generate(dir: string, params: Record<string, unknown>) {
    const out = mkdtempSync(join(tmpdir(), 'spbe-doc-in-out-'));
    const result = await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'peta-rencana', formats: 'docx,pdf', ...params }, 'id');
    return { out, result };
}

describe('the frame from the pemda header', () => {
    test('a kabupaten enacted by number: BUPATI, the number and year, the date in Indonesian, the signer; Rp with dots', async () => {
        const { out } = await generate(workspace(enacted), {});
        const d = await readDocx(readFileSync(join(out, 'peta-rencana-spbe.docx')));
        const texts = d.paragraphs.map(p => p.text);
        expect(texts.slice(0, 4)).toEqual([
            'LAMPIRAN PERATURAN BUPATI CONTOH', 'NOMOR 7 TAHUN 2026', 'TENTANG',
            'PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN CONTOH TAHUN 2026–2027'
        ]);
        expect(texts.slice(-4)).toEqual(['Ditetapkan di Contoh', 'pada tanggal 5 Januari 2026', 'BUPATI CONTOH,', 'Drs. H. Nama Bupati, M.Si.']);
        // Not an example: no banner anywhere.
        expect(d.headers.join('')).toBe('');
        expect(d.tables.flatMap(t => t).some(r => r[0] === 'Jumlah Seluruhnya' && r.includes('Rp1.500.000.000'))).toBe(true);
    });

    test('English headings; the regulation text stays Indonesian', async () => {
        const { out } = await generate(workspace(enacted), { locale: 'en' });
        const d = await readDocx(readFileSync(join(out, 'peta-rencana-spbe.docx')));
        expect(d.paragraphs[0].text).toBe('LAMPIRAN PERATURAN BUPATI CONTOH');
        expect(d.paragraphs.filter(p => p.style === 'Heading1').map(p => p.text)[0]).toBe('CHAPTER I INTRODUCTION');
        expect(d.tables.flatMap(t => t).some(r => r[0] === 'Grand Total' && r.includes('Rp1,500,000,000'))).toBe(true);
    });
});

describe('a workspace without a pemda header', () => {
    // The use case refuses it (document-scope.test.ts); the generators still draw KEPALA DAERAH and blanks, never "undefined".
    test('the generators still give both documents: KEPALA DAERAH and blanks, no "undefined" anywhere', async () => {
        const model = (await loadWorkspace(workspace('opd DISKOMINFO "Dinas Komunikasi dan Informatika" { pic "P" aplikasi APP "Aplikasi Satu" { } }\n'))).model();
        for (const jenis of ['peta-rencana', 'arsitektur'] as const) {
            const file = await renderDocument(buildDocument(model, jenis, { locale: 'id' }), jenis, 'docx', {});
            const d = await readDocx(file.content as Uint8Array);
            expect(d.paragraphs[0].text).toBe('LAMPIRAN PERATURAN KEPALA DAERAH');
            expect(d.paragraphs.at(-1)!.text).toBe('…………');
            expect(d.xml).not.toMatch(/undefined|NaN/);
        }
    }, 120_000);
});

describe('a diagram that could not be rendered', () => {
    test('leaves its caption and says so, instead of an empty space', async () => {
        const model = (await loadWorkspace(workspace(enacted))).model();
        const file = await renderDocument(buildDocument(model, 'peta-rencana', { locale: 'id' }), 'peta-rencana', 'docx', {});
        const texts = (await readDocx(file.content as Uint8Array)).paragraphs.map(p => p.text);
        const at = texts.indexOf('Diagram tidak dapat dibuat pada mesin ini.');
        expect(at).toBeGreaterThan(0);
        expect(texts[at + 1]).toBe('Jadwal pelaksanaan Peta Rencana SPBE per tahun');
    });
});

describe('a workspace with errors', () => {
    const broken = enacted.replace('muatan aplikasi', 'muatan aplikasi\n        penanggungJawab TIDAK_ADA');

    test('is refused unless allowed; nothing is written', async () => {
        const out = mkdtempSync(join(tmpdir(), 'spbe-doc-in-out-'));
        await expect(generateDocumentFiles(diskWorkspace(workspace(broken)), { dir: out }, { jenis: 'arsitektur', formats: 'docx' }, 'id'))
            .rejects.toBeInstanceOf(WorkspaceHasErrorsError);
    });

    test('with allowErrors, page 1 says so first, in both formats', async () => {
        const { out, result } = await generate(workspace(broken), { allowErrors: true });
        expect(result.errors).toBeGreaterThan(0);
        const notice = allowErrorsNotice(result.errors, 'id');
        const d = await readDocx(readFileSync(join(out, 'peta-rencana-spbe.docx')));
        expect(d.paragraphs[0].text).toBe(notice);
        if (hasPdfToText) {
            expect(pdfText(join(out, 'peta-rencana-spbe.pdf'), { first: 1, last: 1 }).trim().startsWith(notice)).toBe(true);
        }
    });
});

describe('unknown parameters are refused before loading', () => {
    test('jenis, format and OPD', async () => {
        const dir = workspace(enacted);
        const out = mkdtempSync(join(tmpdir(), 'spbe-doc-in-out-'));
        const run = (params: Record<string, unknown>) => generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'peta-rencana', formats: 'docx', ...params }, 'id');
        // UserError's message is the English text; the CLI prints `in(locale)` (see the CLI test).
        await expect(run({ jenis: 'rencana-induk' })).rejects.toThrow(/unknown document kind "rencana-induk"; choose from peta-rencana, arsitektur/);
        await expect(run({ formats: 'odt' })).rejects.toThrow(/unknown dokumen format odt/);
        await expect(run({ opd: 'BAPPEDA' })).rejects.toThrow(/no OPD "BAPPEDA" in the workspace/);
    });
});

describe('hostile titles', () => {
    test('survive both documents of both formats as written', async () => {
        const { out, result } = await generate(hostileWorkspace(), { jenis: 'peta-rencana,arsitektur' });
        expect(result.files).toHaveLength(4);
        for (const jenis of ['peta-rencana', 'arsitektur']) {
            // readDocx parses strictly: markup in a title that broke the XML would throw here.
            const d = await readDocx(readFileSync(join(out, `${jenis}-spbe.docx`)));
            expect(d.tables.flatMap(t => t.flatMap(r => r)).some(c => c.includes(HostileTitle)), jenis).toBe(true);
            if (hasPdfToText) {
                const text = pdfText(join(out, `${jenis}-spbe.pdf`));
                expect(text).toContain('=HYPERLINK("http://evil.example","x") </td></svg><script>alert(1)</script> ]]>');
            }
        }
    }, 120_000);
});
