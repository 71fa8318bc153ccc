import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diskWorkspace, generateDocumentFiles } from 'spbe-server';
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

async function generate(dir: string, formats: string, options: { allowErrors?: boolean } = {}): Promise<string> {
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
        expect(arsitektur.split('Portal PPID').length - 1).toBe(4);
    }, 120_000);
});
