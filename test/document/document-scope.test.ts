import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diskWorkspace, generateDocumentFiles } from 'spbe-server';
import { copyExample } from '../helpers/copy-sources.mjs';
import { readDocx } from '../helpers/docx-text.js';

/** What the server puts around the built document: the findings appendix's words, the OPD scope, an empty workspace. */

async function arsitekturDocx(params: Record<string, unknown>) {
    const dir = copyExample('kota-kediri', 'spbe-scope-');
    const out = mkdtempSync(join(tmpdir(), 'spbe-scope-out-'));
    await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'arsitektur', formats: 'docx', ...params }, 'id');
    return readDocx(readFileSync(join(out, 'arsitektur-spbe.docx')));
}

describe('the findings appendix in English', () => {
    test('counts agree with their noun and the findings quote no Indonesian keyword', async () => {
        const docx = await arsitekturDocx({ locale: 'en' });
        const intro = docx.paragraphs.find(p => p.text.startsWith('Checking the workspace gave'))!.text;
        expect(intro).toMatch(/ and 1 note\.$/);
        const findings = docx.tables.at(-1)!.map(row => row[1]!);
        expect(findings[0]).toBe('Finding');
        expect(findings.join('\n')).not.toMatch(/\b(fungsi|pribadi|tertutup|terbuka|terbatas|kesehatan|kependudukan|rencana|pengguna|layanan|aplikasi|integrasi)\b/);
        expect(findings.join('\n')).toContain('the same function');
    }, 120_000);
});
