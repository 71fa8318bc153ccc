import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { documentDiagramSvgs } from 'spbe-generators';
import { diskWorkspace, generateDocumentFiles } from 'spbe-server';
import { copyExample } from '../helpers/copy-sources.mjs';

/** The text an SVG draws: every element's content, tags left out, entities decoded. */
function drawnText(svg: string): string {
    return svg.replace(/<[^>]*>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Issue 19: the Gantt (BAB V) and the diagrams (BAB IX) get the same text cleaning as the DOCX and PDF text:
 * control characters are left out (not drawn as �), an unclosed RLO does not reverse the rest of a label.
 */
describe('hostile titles in the document diagrams', () => {
    test('no control character, no replacement mark, no open override in the Gantt and the diagrams', async () => {
        const dir = copyExample('minimal');
        const file = join(dir, 'minimal.spbe');
        writeFileSync(file, readFileSync(file, 'utf-8')
            .replace('"Kebijakan Internal SPBE" {', '"kata\u0000 kata\u0007" { kode "\u202Eabc"')
            .replace('"Portal PPID"', '"Portal\u0001 \u202EPPID"'));
        const workspace = await diskWorkspace(dir).validated();
        const svgs = [
            ...Object.values(await documentDiagramSvgs(workspace.model, 'peta-rencana', { locale: 'id' })),
            ...Object.values(await documentDiagramSvgs(workspace.model, 'arsitektur', { locale: 'id' }))
        ].join('\n');
        const text = drawnText(svgs);
        expect(text).toContain('kata kata');
        expect(text).toContain('abc');
        expect(text).toContain('PPID');
        // eslint-disable-next-line no-control-regex
        expect(svgs).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD\u202E]/);
    }, 60_000);
});

describe('an emoji in a diagram', () => {
    test('is named in a warning: the PNG draws it as an empty box', async () => {
        const dir = copyExample('minimal');
        const file = join(dir, 'minimal.spbe');
        writeFileSync(file, readFileSync(file, 'utf-8').replace('"Jaringan Intra"', '"Jaringan Intra \u{1F680}"'));
        const out = mkdtempSync(join(tmpdir(), 'spbe-emoji-'));
        const result = await generateDocumentFiles(diskWorkspace(dir), { dir: out }, { jenis: 'peta-rencana', formats: 'docx' }, 'id');
        expect(result.warnings).toEqual([expect.stringMatching(/^Diagram: .*kotak kosong: \u{1F680} \(U\+1F680\)$/u)]);
    }, 60_000);
});
