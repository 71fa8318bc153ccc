import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diskWorkspace, generateDocumentFiles } from 'spbe-server';
import { hasPdfToText, pdfText } from '../helpers/pdf-text.js';

/** Characters the PDF's font (DejaVu Sans) has no glyph for: replaced visibly and reported once, never dropped without a word. */
describe.skipIf(!hasPdfToText)('characters DejaVu Sans lacks', () => {
    test('are replaced by a visible mark in the PDF and named once in a warning', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'spbe-glyphs-'));
        writeFileSync(join(dir, 'ws.spbe'), `pemda KotaContoh "Pemerintah Kota Contoh 🚀" { jenis kota periode 2026..2027 }
opd DISKOMINFO "Dinas Komunikasi dan Informatika" { pic "P" aplikasi APP "Aplikasi 🚀 Cepat 🦀" { } }
`);
        const out = mkdtempSync(join(tmpdir(), 'spbe-glyphs-out-'));
        const result = await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'arsitektur', formats: 'pdf' }, 'id');
        const text = pdfText(join(out, 'arsitektur-spbe.pdf'));
        expect(text).toContain('Aplikasi \uFFFD Cepat \uFFFD');
        // One for the PDF's text, one for the diagrams (the application's box in the layered view).
        expect(result.warnings).toHaveLength(2);
        expect(result.warnings![0]).toContain('🚀 (U+1F680)');
        expect(result.warnings![0]).toContain('🦀 (U+1F980)');
        expect(result.warnings![1]).toMatch(/^Diagram: .*🦀 \(U\+1F980\)/u);
    }, 120_000);
});
