import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diskWorkspace, generateDocumentFiles } from 'spbe-server';
import { copyExample } from '../helpers/copy-sources.mjs';
import { hasPdfToText, pdfText } from '../helpers/pdf-text.js';

/**
 * Issue 19, hostile tester: the PDF's lampiran header broke "TAHUN 2026–2030" after its dash on page 1
 * ("2026–" / "2030"). The header keeps a number range on one line, as the paragraphs do.
 */
describe.skipIf(!hasPdfToText)('the lampiran header of the PDF', () => {
    test('keeps the periode "2026–2030" on one line', async () => {
        const out = mkdtempSync(join(tmpdir(), 'spbe-header-range-'));
        await generateDocumentFiles(diskWorkspace(copyExample('minimal')), { dir: out }, { jenis: 'peta-rencana,arsitektur', formats: 'pdf' }, 'id');
        for (const name of ['peta-rencana-spbe.pdf', 'arsitektur-spbe.pdf']) {
            const page1 = pdfText(join(out, name), { first: 1, last: 1 });
            expect(page1).toContain('KABUPATEN CONTOH TAHUN 2026–2030');
            expect(page1).not.toContain('2026– 2030');
        }
    }, 120_000);
});
