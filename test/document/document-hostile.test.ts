import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { buildSite, diskSiteSource, diskWorkspace, generateDocumentFiles } from 'spbe-server';
import { fakeAssets } from '../site/site-fixture.js';
import { identifiersInWords, IssueCatalog, withoutKeywordNotes } from 'spbe-model';
import { documentText } from '../../packages/generators/src/document/document-text.js';
import { copyExample } from '../helpers/copy-sources.mjs';
import { readDocx } from '../helpers/docx-text.js';
import { hasPdfToText, pdfText } from '../helpers/pdf-text.js';

/**
 * Hostile titles in the submittable documents (issue 19): a copy of examples/minimal with one change
 * each, generated to DOCX and PDF through the same use case as `spbe generate dokumen`.
 */
function minimalWith(edit: (source: string) => string): string {
    const dir = copyExample('minimal');
    const file = join(dir, 'minimal.spbe');
    writeFileSync(file, edit(readFileSync(file, 'utf-8')));
    return dir;
}

async function generate(dir: string, formats: string, options: { allowErrors?: boolean; locale?: string } = {}): Promise<string> {
    const out = mkdtempSync(join(tmpdir(), 'spbe-hostile-'));
    await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'peta-rencana,arsitektur', formats, ...options }, 'id');
    return out;
}

describe.skipIf(!hasPdfToText)('a table row taller than a page', () => {
    test('still appears in the PDF, and so do the rows naming it', async () => {
        const long = (end: string) => `${'pengembangan layanan data terpadu '.repeat(75)}${end}`;
        const dir = minimalWith(s => s
            .replace('"Manajemen Data"', `"Manajemen Data ${long('AKHIRJUDUL')}"`)
            .replace('"Pusat Data Kabupaten"', `"Pusat Data Kabupaten ${long('AKHIRDC')}"`));
        const out = await generate(dir, 'pdf');
        const plan = pdfText(join(out, 'peta-rencana-spbe.pdf'));
        expect(plan).toContain('AKHIRJUDUL');
        const arsitektur = pdfText(join(out, 'arsitektur-spbe.pdf'));
        expect(arsitektur).toContain('AKHIRDC');
        // Counted on the pages without a diagram: the layered view names it too (vector text in the PDF).
        const tablePages = arsitektur.split('\f').filter(page => !page.includes('Arsitektur berlapis') && !page.includes('Peta integrasi lintas OPD'));
        expect(tablePages.join('\f').split('Portal PPID').length - 1).toBe(4);
    }, 120_000);
});

/** Parses `xml` with a strict XML 1.0 parser (saxes throws on a character XML cannot carry). */
function parseStrict(xml: string): void {
    new SaxesParser().write(xml).close();
}

describe('XML-illegal code points and open bidi controls in a title', () => {
    test('the DOCX parses, keeps the title and leaves no override open', async () => {
        const dir = minimalWith(s => s.replace('"Pemerintah Kabupaten Contoh"', '"Pemerintah Kabupaten Contoh\uFFFE\uFFFF \u202EBalik"'));
        const out = await generate(dir, 'docx');
        for (const name of ['peta-rencana-spbe.docx', 'arsitektur-spbe.docx']) {
            const bytes = readFileSync(join(out, name));
            const zip = await JSZip.loadAsync(bytes);
            parseStrict(await zip.file('docProps/core.xml')!.async('string'));
            const docx = await readDocx(bytes);
            expect(docx.xml).toContain('Pemerintah Kabupaten Contoh Balik');
            expect(docx.xml).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        }
    }, 120_000);

    test('documentText drops what XML cannot carry and unbalanced bidi controls, and keeps balanced ones', () => {
        expect(documentText('a\uFFFEb\uFFFFc\uD800d\u0001e\n\tf')).toBe('abcde\n\tf');
        expect(documentText('😀 \uDE00')).toBe('😀 ');
        expect(documentText('Kabupaten \u202EContoh 2026')).toBe('Kabupaten Contoh 2026');
        expect(documentText('x \u202C y \u2069 z')).toBe('x  y  z');
        const hebrew = 'תוכנית \u2067שלום\u2069 and \u202Bمرحبا\u202C';
        expect(documentText(hebrew)).toBe(hebrew);
        // A PDI closes its isolate and drops the override left open inside it.
        expect(documentText('\u2068a \u202Eb\u2069 c')).toBe('\u2068a b\u2069 c');
        // A line break ends every embedding (Unicode bidi rule P1), so each line is balanced on its own.
        expect(documentText('\u202Ba\nb\u202C')).toBe('a\nb');
        // DEL, the C1 controls and the Arabic letter mark print as boxes: gone; a vertical tab, form feed or next line separates words.
        expect(documentText('a\u007Fb\u0080c\u009Fd\u061Ce')).toBe('abcde');
        expect(documentText('Kota\u000BKediri\u0085Jawa\u000CTimur')).toBe('Kota Kediri Jawa Timur');
    });
});

describe('an unreadable amount with --allow-errors', () => {
    const unreadable = () => minimalWith(s => s
        .replace('anggaran 2026 50_000_000 }\n    rencana PR_2', 'anggaran 2026 1.5000.000 }\n    rencana PR_2')
        .replace('anggaran 2027 50_000_000 }\n    rencana PR_4', 'anggaran 2027 5O_000_000 }\n    rencana PR_4'));

    test('is "tak terbaca" in its row, and every sum that includes it says "tidak lengkap", never a figure', async () => {
        const out = await generate(unreadable(), 'docx', { allowErrors: true });
        const docx = await readDocx(readFileSync(join(out, 'peta-rencana-spbe.docx')));
        const rows = docx.tables.flat();
        const tk = rows.find(r => r[0]?.startsWith('TK.01 · ') && r.length === 8)!;
        expect(tk.slice(1, 7)).toEqual(['tak terbaca', '', '', '', '', 'tidak lengkap: 1 nilai tak terbaca']);
        expect(rows.find(r => r[0] === 'Jumlah Tata Kelola SPBE')![6]).toBe('tidak lengkap: 1 nilai tak terbaca');
        const grand = rows.find(r => r[0] === 'Jumlah Seluruhnya')!;
        expect(grand[1]).toBe('tidak lengkap: 1 nilai tak terbaca');
        expect(grand[6]).toBe('tidak lengkap: 2 nilai tak terbaca');
        expect(docx.xml).not.toContain('Rp250.000.000');
        expect(docx.paragraphs.some(p => p.text.includes('anggaran indikatif tidak lengkap: 2 nilai tak terbaca'))).toBe(true);
    }, 120_000);

    test('the site\'s Peta Rencana page does not show it as Rp0', async () => {
        const out = join(mkdtempSync(join(tmpdir(), 'spbe-hostile-site-')), 'site');
        await buildSite(diskSiteSource(unreadable(), 'id'), { dir: out }, { allowErrors: true }, 'id', fakeAssets);
        const html = readFileSync(join(out, 'peta-rencana.html'), 'utf-8');
        const tk = /<tr id="rencana-PR_1"[^]*?<\/tr>/.exec(html)![0];
        expect(tk).toContain('tidak lengkap: 1 nilai tak terbaca');
        expect(tk).not.toContain('Rp0');
        expect(/<tr class="total">[^]*?<\/tr>/.exec(html)![0]).toContain('tidak lengkap: 2 nilai tak terbaca');
    }, 120_000);
});

describe('the Arsitektur SPBE in English', () => {
    test('takes its domain table headers from the locale\'s labels', async () => {
        const out = await generate(copyExample('minimal'), 'docx', { locale: 'en' });
        const docx = await readDocx(readFileSync(join(out, 'arsitektur-spbe.docx')));
        const headers = docx.tables.map(t => t[0]!.join(' | '));
        expect(headers).toContain('No. | Name | Reference | Function | Platform | Licence | Database | URL | Hosting | Data | Users | Status');
        expect(headers).toContain('No. | Name | Reference | Type | Location | Tier | Ownership | Connected to | Status');
        for (const word of ['Jenis', 'Kode Referensi', 'Sifat Data', 'Terhubung Dengan', 'Basis Aplikasi']) {
            expect(headers.join('\n')).not.toContain(word);
        }
    }, 120_000);
});

describe('Lampiran B (findings) in words', () => {
    const camelCase = /\b[a-z]+[A-Z][A-Za-z]*\b/;

    test('every catalog summary reads without language identifiers, in both locales', () => {
        for (const entry of Object.values(IssueCatalog)) {
            expect(identifiersInWords(withoutKeywordNotes(entry.summaryId), 'id')).not.toMatch(camelCase);
            expect(identifiersInWords(withoutKeywordNotes(entry.summary), 'en')).not.toMatch(camelCase);
        }
        expect(identifiersInWords('tanpa bagiPakai, via sistemPenghubung', 'id')).toBe('tanpa bagi pakai, via Sistem Penghubung Layanan');
    });

    test('the Arsitektur of kota-kediri names no identifier in its findings table', async () => {
        const out = await generate(copyExample('kota-kediri'), 'docx', { allowErrors: true });
        const docx = await readDocx(readFileSync(join(out, 'arsitektur-spbe.docx')));
        const findings = docx.tables.find(t => t[0]![1] === 'Temuan')!;
        expect(findings.length).toBeGreaterThan(1);
        for (const row of findings) {
            expect(row[1]).not.toMatch(camelCase);
        }
    }, 180_000);
});
