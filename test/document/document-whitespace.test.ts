import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDocument } from 'spbe-generators';
import { diskWorkspace } from 'spbe-server';
import { cleanDocumentText } from '../../packages/generators/src/document/document-text.js';
import { copyExample } from '../helpers/copy-sources.mjs';

/** Every string of `value` with whether it is a table cell's text. */
function strings(value: unknown, inCells = false): Array<{ text: string; cell: boolean }> {
    if (typeof value === 'string') {
        return [{ text: value, cell: inCells }];
    }
    if (Array.isArray(value)) {
        return value.flatMap(v => strings(v, inCells));
    }
    if (value !== null && typeof value === 'object') {
        return Object.entries(value).flatMap(([k, v]) => strings(v, inCells || k === 'cells'));
    }
    return [];
}

/** Issue 19: titles written over several lines or with tabs are shown on one line in the documents. */
describe('line breaks and tabs in titles', () => {
    test('become single spaces: no blank line in Ruang Lingkup, no tab, cells keep only the breaks between values', async () => {
        const dir = copyExample('minimal');
        const file = join(dir, 'minimal.spbe');
        writeFileSync(file, readFileSync(file, 'utf-8')
            .replace('"Dinas Komunikasi dan Informatika"', '"Dinas Komunikasi\\n\\n\\tdan Informatika"')
            .replace('"Manajemen Data"', '"Manajemen\\tData\\n\\nTerpadu"'));
        const workspace = await diskWorkspace(dir).validated();
        expect(workspace.counts.errors).toBe(0);
        const model = workspace.model;
        expect(model.opds.some(o => o.title?.includes('\t'))).toBe(true);
        for (const jenis of ['arsitektur', 'peta-rencana'] as const) {
            const all = strings(cleanDocumentText(buildDocument(model, jenis, { locale: 'id' })));
            expect(all.filter(s => !s.cell && /\s/.test(s.text.replace(/ /g, ''))).map(s => s.text)).toEqual([]);
            expect(all.filter(s => s.cell && (/[^\S\n ]/.test(s.text) || /\n\s*\n|^\s|\s$/.test(s.text))).map(s => s.text)).toEqual([]);
            expect(all.some(s => s.text.includes('Dinas Komunikasi dan Informatika'))).toBe(true);
        }
        const plan = strings(cleanDocumentText(buildDocument(model, 'peta-rencana', { locale: 'id' })));
        expect(plan.some(s => s.text.includes('Manajemen Data Terpadu'))).toBe(true);
    }, 60_000);
});
