import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { diskWorkspace, generateDocumentFiles } from 'spbe-server';
import { documentText } from '../../packages/generators/src/document/document-text.js';
import { MaxStackedMarks } from '../../packages/generators/src/output/drawable-text.js';
import { copyExample } from '../helpers/copy-sources.mjs';
import { readDocx } from '../helpers/docx-text.js';
import { hasPdfToText, pdfPages, pdfText } from '../helpers/pdf-text.js';

/**
 * Issue 19, hostile tester: titles of only combining marks, right-to-left scripts, zero-width joiners, and a budget
 * beyond what outputs carry exactly, in both formats. Every file must open (strict XML, poppler) and keep the rows.
 */
const hostileTitles = {
    marks: '\u0301'.repeat(3_000),
    rtl: 'إدارة البيانات الحكومية מערכת נתונים',
    joiners: Array.from('abc'.repeat(400)).join('\u200D'),
    zeroWidth: `${'\u200D'.repeat(500)}Jaringan${'\u200B'.repeat(300)}`
};

function hostileWorkspace(): string {
    const dir = copyExample('minimal');
    const file = join(dir, 'minimal.spbe');
    writeFileSync(file, readFileSync(file, 'utf-8')
        .replace('"Kebijakan Internal SPBE"', `"${hostileTitles.marks}"`)
        .replace('"Manajemen Data"', `"${hostileTitles.rtl}"`)
        .replace('"Layanan Informasi Daring"', `"${hostileTitles.joiners}"`)
        .replace('"Jaringan Intra"', `"${hostileTitles.zeroWidth}"`)
        .replace('anggaran 2029 50_000_000', 'anggaran 2029 999_999_999_999_999_999_999_999'));
    return dir;
}

describe('combining marks', () => {
    test(`stack at most ${MaxStackedMarks} on one letter; letters with their usual accents keep them`, () => {
        expect(documentText(`e${'\u0301'.repeat(3_000)}`)).toBe(`e${'\u0301'.repeat(MaxStackedMarks)}`);
        expect(documentText('Việt Nam, café, ཀྲྀ')).toBe('Việt Nam, café, ཀྲྀ');
    });
});

describe('hostile scripts in both formats', () => {
    test('every DOCX part parses strictly, every PDF opens, the rows stay, and no tower of marks is drawn', async () => {
        const out = mkdtempSync(join(tmpdir(), 'spbe-hostile-scripts-'));
        const result = await generateDocumentFiles(diskWorkspace(hostileWorkspace()), { dir: out }, { jenis: 'peta-rencana,arsitektur', formats: 'docx,pdf', allowErrors: true }, 'id');
        // The budget beyond Rp9.007.199.254.740.991 is an error (page 1 says so), never a wrong figure.
        expect(result.errors).toBe(1);
        const plan = readFileSync(join(out, 'peta-rencana-spbe.docx'));
        const zip = await JSZip.loadAsync(plan);
        for (const name of Object.keys(zip.files).filter(n => n.endsWith('.xml'))) {
            new SaxesParser().write(await zip.file(name)!.async('string')).close();
        }
        const docx = await readDocx(plan);
        expect(docx.xml).not.toMatch(new RegExp(`\\p{M}{${MaxStackedMarks + 1}}`, 'u'));
        expect(docx.xml).toContain(hostileTitles.rtl);
        expect(docx.xml).not.toContain('999.999.999');
        const codes = docx.tables.flat().map(row => row[0] ?? '');
        for (const code of ['TK.01', 'MN.01', 'LY.01', 'IN.01', 'AU.01']) {
            expect(codes).toContain(code);
        }
        if (hasPdfToText) {
            for (const name of ['peta-rencana-spbe.pdf', 'arsitektur-spbe.pdf']) {
                expect(pdfPages(join(out, name))).toBeGreaterThan(3);
            }
            const text = pdfText(join(out, 'peta-rencana-spbe.pdf'));
            for (const code of ['TK.01', 'MN.01', 'LY.01', 'IN.01', 'AU.01']) {
                expect(text).toContain(`${code} ·`);
            }
        }
    }, 120_000);
});
