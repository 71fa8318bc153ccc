import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { buildDocument, documentDiagramSvgs } from 'spbe-generators';
import { loadWorkspace } from 'spbe-server';
import { bundledFontFiles } from '../../packages/server/src/workspace/render-png.js';
import { docxThreadFile, renderDocxInThread, type DocxJob } from '../../packages/server/src/workspace/docx-thread.js';
import { copyExample } from '../helpers/copy-sources.mjs';

/** tsc's build of the thread module (the CLI tests need the build too). */
const builtThread = join(import.meta.dirname, '../../packages/server/out/workspace/docx-thread-main.js');

async function documentXml(bytes: string | Uint8Array): Promise<string> {
    return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

describe('the DOCX thread of generate dokumen', () => {
    test('finds its module in the folder of the running module or the one above (a bundle\'s chunks), else there is none', () => {
        const dist = mkdtempSync(join(tmpdir(), 'spbe-docx-thread-'));
        mkdirSync(join(dist, 'chunks'));
        const chunk = pathToFileURL(join(dist, 'chunks', 'chunk-x.js')).href;
        expect(docxThreadFile(chunk)).toBeUndefined();
        writeFileSync(join(dist, 'docx-thread-main.js'), '');
        expect(docxThreadFile(chunk)).toBe(join(dist, 'docx-thread-main.js'));
        expect(docxThreadFile(pathToFileURL(join(dist, 'server.js')).href)).toBe(join(dist, 'docx-thread-main.js'));
    });

    test.skipIf(!existsSync(builtThread))('makes on its thread the same document as in this thread, diagrams included', async () => {
        const model = (await loadWorkspace(copyExample('kota-kediri', 'spbe-docx-thread-'))).model();
        const document = buildDocument(model, 'peta-rencana', { locale: 'id' });
        const svgs = Object.entries(await documentDiagramSvgs(model, 'peta-rencana', { locale: 'id' }));
        const job: DocxJob = { document, jenis: 'peta-rencana', fontFiles: bundledFontFiles(), diagrams: svgs.map(([key, svg]) => ({ key, svg: svg!, scale: 1, width: 800, height: 600 })) };
        const [threaded, here] = await Promise.all([renderDocxInThread(job, { threadFile: builtThread }), renderDocxInThread(job, { threadFile: null })]);
        expect(threaded.name).toBe('peta-rencana-spbe.docx');
        const xml = await documentXml(threaded.content);
        expect(xml).toContain('<w:drawing>');
        expect(xml).toBe(await documentXml(here.content));
    }, 120_000);

    test.skipIf(!existsSync(builtThread))('rejects with the thread\'s error', async () => {
        const model = (await loadWorkspace(copyExample('kota-kediri', 'spbe-docx-thread-'))).model();
        const job: DocxJob = { document: buildDocument(model, 'peta-rencana', { locale: 'id' }), jenis: 'peta-rencana', fontFiles: bundledFontFiles(), diagrams: [{ key: 'gantt', svg: 'not an svg', scale: 1, width: 10, height: 10 }] };
        await expect(renderDocxInThread(job, { threadFile: builtThread })).rejects.toThrow(/./);
    }, 120_000);

    test.skipIf(!existsSync(builtThread))('ends the thread when its signal aborts, rejecting with the reason', async () => {
        const model = (await loadWorkspace(copyExample('kota-kediri', 'spbe-docx-thread-'))).model();
        const svgs = Object.entries(await documentDiagramSvgs(model, 'peta-rencana', { locale: 'id' }));
        const job: DocxJob = { document: buildDocument(model, 'peta-rencana', { locale: 'id' }), jenis: 'peta-rencana', fontFiles: bundledFontFiles(), diagrams: svgs.map(([key, svg]) => ({ key, svg: svg!, scale: 1, width: 800, height: 600 })) };
        const abort = new AbortController();
        const reason = new Error('the caller failed');
        const docx = renderDocxInThread(job, { threadFile: builtThread, signal: abort.signal });
        abort.abort(reason);
        await expect(docx).rejects.toBe(reason);
    }, 120_000);
});
